import {
  canReadDoc,
  canWriteDoc,
  codeText,
  DOC_NAMES,
  type DocName,
  DryRunError,
  type ErrorReason,
  interviewerNotes,
  LIMITS,
  ownStep2Of,
  type PadTest,
  PROTOCOL_VERSION,
  padQuestion,
  type Role,
  type RoomProblem,
  type RunRecord,
  readSyncFrame,
  SCRATCH_PROBLEM,
  ServerEvent,
  type ServerToClientEvents,
  step1Of,
  step2Of,
  type TimelineEvent,
  updateFrameOf,
  writeAwarenessFrame,
  writeSyncFrame,
} from '@dryrun/shared';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { StoredUpdate } from '../store/Store.ts';
import {
  capacityOf,
  LiveRoom,
  type PeerSink,
  type RoomCapacity,
  type RoomFacts,
  type RoomSession,
} from './LiveRoom.ts';

type ServerEventName = keyof ServerToClientEvents;
type Args<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>;
/** One event a peer received, its arguments typed by its name. */
type Received = { [E in ServerEventName]: { event: E; args: Args<E> } }[ServerEventName];
type Outgoing = { kind: 'sync'; doc: DocName; frame: Uint8Array } | { kind: 'awareness'; frame: Uint8Array };

const REMOTE = Symbol('remote');

/**
 * An in-memory participant, and the {@link PeerSink} the room talks to for it: it records
 * everything the room sends, applies sync frames to its own three docs (answering the
 * server's step 1 with what it may write, as the real client does), and queues what it
 * would send back. Nothing reaches the room until {@link pump} runs, like a socket that
 * needs a tick.
 */
class MemoryPeer implements PeerSink {
  readonly docs: Record<DocName, Y.Doc> = { shared: new Y.Doc(), question: new Y.Doc(), private: new Y.Doc() };
  readonly awareness: awarenessProtocol.Awareness;
  readonly received: Received[] = [];
  readonly outbox: Outgoing[] = [];
  readonly refusals: DryRunError[] = [];
  /** Why the room closed this connection, if it did. */
  /** Set to make every send to this peer throw (a broken socket). */
  failing: Error | null = null;
  /** The connection has ended (left, or closed by the room): nothing it queues is delivered. */
  gone = false;
  /** The client ids the snapshot says this connection may write with. */
  owned: ReadonlySet<number> = new Set();
  session!: RoomSession;

  constructor(
    readonly name: string,
    readonly role: Role,
    clientId = new Y.Doc().clientID,
  ) {
    // One client id for all three docs, as the real client has.
    for (const doc of Object.values(this.docs)) doc.clientID = clientId;
    this.awareness = new awarenessProtocol.Awareness(this.docs.shared);
    for (const name of DOC_NAMES) {
      this.docs[name].on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) this.outbox.push({ kind: 'sync', doc: name, frame: updateFrameOf(update) });
      });
    }
    type Changes = { added: number[]; updated: number[]; removed: number[] };
    this.awareness.on('update', ({ added, updated, removed }: Changes, origin: unknown) => {
      if (origin === 'local' && [...added, ...updated, ...removed].includes(this.clientId)) {
        this.outbox.push({
          kind: 'awareness',
          frame: awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.clientId]),
        });
      }
    });
  }

  get clientId(): number {
    return this.docs.shared.clientID;
  }

  get id(): string {
    return this.session.participant.id;
  }

  get code(): Y.Text {
    return codeText(this.docs.shared, SCRATCH_PROBLEM, 'javascript');
  }

  get question(): Y.Text {
    return padQuestion(this.docs.question);
  }

  get notes(): Y.Text {
    return interviewerNotes(this.docs.private);
  }

  send<E extends ServerEventName>(event: E, ...args: Args<E>): void {
    if (this.failing) throw this.failing;
    const message = { event, args } as Received;
    this.received.push(message);
    if (message.event === ServerEvent.snapshot) this.owned = new Set(message.args[0].clientIds);
    if (message.event === ServerEvent.sync) this.receiveSync(...message.args);
    if (message.event === ServerEvent.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, message.args[0], REMOTE);
    }
  }

  /** The connection ends, as the gateway reports a disconnect. */
  leave(): void {
    this.gone = true;
    this.session.leave();
  }

  private receiveSync(doc: DocName, frame: Uint8Array): void {
    const message = readSyncFrame(frame);
    if (message.type === 'step1') {
      // What the server lacks, under this connection's own ids only (observers do not answer).
      if (canWriteDoc(this.role, doc)) {
        this.outbox.push({ kind: 'sync', doc, frame: ownStep2Of(this.docs[doc], message.stateVector, this.owned) });
      }
      return;
    }
    Y.applyUpdate(this.docs[doc], message.update, REMOTE);
  }

  /** Queues step 1 for a doc, as a client does once it has the snapshot. */
  sendStep1(doc: DocName): void {
    this.outbox.push({ kind: 'sync', doc, frame: step1Of(this.docs[doc]) });
  }

  /** The arguments of every `event` received, in order. */
  argsOf<E extends ServerEventName>(event: E): Array<Args<E>> {
    return this.received.filter((r) => r.event === event).map((r) => r.args as Args<E>);
  }

  events(): ServerEventName[] {
    return this.received.map((r) => r.event);
  }

  syncFramesOf(doc: DocName): number {
    return this.argsOf(ServerEvent.sync).filter(([name]) => name === doc).length;
  }

  destroy(): void {
    this.awareness.destroy();
    for (const doc of Object.values(this.docs)) doc.destroy();
  }
}

const AT = '2025-01-06T10:00:00.000Z';

function eventAt(seq: number): TimelineEvent {
  return { kind: 'seeded', problemSlug: 'two-sum', seq, at: AT, by: null };
}

function runOf(id: string, status: RunRecord['status'] = 'running'): RunRecord {
  return {
    id,
    mode: 'run',
    status,
    problemSlug: 'two-sum',
    language: 'javascript',
    by: { name: 'Alice', role: 'candidate' },
    createdAt: AT,
    finishedAt: status === 'running' ? null : AT,
    customInput: null,
    report: null,
    complexity: null,
    follows: null,
    target: 'problem',
    error: null,
  };
}

const PROBLEM: RoomProblem = {
  slug: 'two-sum',
  title: 'Two Sum',
  difficulty: 'easy',
  topics: ['arrays-and-hashing'],
  kind: 'function',
  entry: 'twoSum',
  statement: 'Find two numbers that add up to the target.',
  starter: {
    javascript: 'function twoSum(nums, target) {}',
    typescript: 'function twoSum(nums: number[], target: number) {}',
  },
  examples: [{ name: 'example 1', input: 'twoSum([2, 7, 11, 15], 9)', expected: '[0, 1]' }],
};

const VISIBLE_TEST: PadTest = { id: 'pt-1', call: 'add(1, 2)', expected: '3', hidden: false };
const HIDDEN_TEST: PadTest = { id: 'pt-2', call: 'add(2, 2)', expected: '4', hidden: true };

/** A Yjs update written by a fresh doc under `clientId`. */
function writtenAs(clientId: number, write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  write(doc);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

const scratch = (doc: Y.Doc) => codeText(doc, SCRATCH_PROBLEM, 'javascript');

function stored(doc: DocName, update: Uint8Array): StoredUpdate {
  return { roomId: 'room-1', doc, update, at: new Date(AT) };
}

function reasonOf(action: () => void): ErrorReason | 'no error' {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DryRunError);
    return (error as DryRunError).reason;
  }
  return 'no error';
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Lets every promise callback that is ready run (no time passes). */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('LiveRoom', () => {
  let hooks: {
    onUpdate: ReturnType<typeof vi.fn<(update: StoredUpdate) => void>>;
    onIdle: ReturnType<typeof vi.fn<(room: LiveRoom) => void>>;
    onError: ReturnType<typeof vi.fn<(error: unknown) => void>>;
    claimClientIds: ReturnType<typeof vi.fn<(ids: readonly number[], link: Role) => Promise<void>>>;
    now: () => Date;
  };
  let room: LiveRoom;
  let rooms: LiveRoom[];
  let peers: MemoryPeer[];
  let connections: number;

  /** Loads the room from these facts (an empty room otherwise). */
  function open(facts: Partial<RoomFacts> = {}, capacity?: RoomCapacity): LiveRoom {
    room = new LiveRoom(
      {
        record: {
          id: 'room-1',
          title: 'Mock interview',
          problemSlug: null,
          tokenHashes: { interviewer: 'hash-i', candidate: 'hash-c', observer: 'hash-o' },
          createdAt: new Date(AT),
          assessment: null,
          session: null,
        },
        updates: [],
        timeline: [],
        runs: [],
        problem: null,
        padTests: [],
        clientIds: new Map(),
        ...facts,
      },
      hooks,
      capacity,
    );
    rooms.push(room);
    return room;
  }

  beforeEach(() => {
    hooks = {
      onUpdate: vi.fn<(update: StoredUpdate) => void>(),
      onIdle: vi.fn<(room: LiveRoom) => void>(),
      onError: vi.fn<(error: unknown) => void>(),
      claimClientIds: vi.fn(async (_ids: readonly number[], _link: Role) => {}),
      now: () => new Date(AT),
    };
    rooms = [];
    peers = [];
    connections = 0;
    open();
  });

  afterEach(() => {
    for (const peer of peers) peer.destroy();
    for (const r of rooms) r.destroy();
  });

  /**
   * Admits a participant and puts them in the room, as RoomService and the gateway do (a
   * reservation keeps the room loaded meanwhile); then queues their step 1 for every doc
   * they may read.
   */
  async function join(
    name: string,
    role: Role,
    options: { clientId?: number; prior?: number[]; peer?: MemoryPeer; step1?: boolean } = {},
  ): Promise<MemoryPeer> {
    const peer = options.peer ?? new MemoryPeer(name, role, options.clientId);
    peers.push(peer);
    const seat = await room.admit(role, peer.clientId, options.prior ?? []);
    connections++;
    peer.session = room.join(seat, { id: `conn-${connections}`, name }, peer);
    if (options.step1 ?? true) {
      for (const doc of DOC_NAMES) if (canReadDoc(role, doc)) peer.sendStep1(doc);
    }
    return peer;
  }

  /** Delivers every queued frame of every peer until all is quiet; refusals are recorded. */
  function pump(): void {
    for (let round = 0; round < 1000; round++) {
      const busy = peers.filter((p) => !p.gone && p.outbox.length > 0);
      if (busy.length === 0) return;
      for (const peer of busy) {
        const out = peer.outbox.shift();
        if (!out) continue;
        try {
          if (out.kind === 'sync') peer.session.sync(out.doc, out.frame);
          else peer.session.awareness(out.frame);
        } catch (error) {
          if (!(error instanceof DryRunError)) throw error;
          peer.refusals.push(error);
        }
      }
    }
    throw new Error('pump did not settle');
  }

  const roomCode = () => scratch(room.docs.shared).toString();
  const seqsHeardBy = (peer: MemoryPeer) => peer.argsOf(ServerEvent.event).map(([event]) => event.seq);

  describe('joining', () => {
    it("sends the joiner its snapshot first: who it is, who is here, and the room's facts", async () => {
      open({
        timeline: [eventAt(1), eventAt(2)],
        runs: [runOf('run-1', 'done')],
        problem: PROBLEM,
        padTests: [VISIBLE_TEST, HIDDEN_TEST],
      });
      const alice = await join('Alice', 'candidate', { clientId: 11 });
      const ivy = await join('Ivy', 'interviewer', { clientId: 22 });
      expect(ivy.received[0]?.event).toBe(ServerEvent.snapshot);
      expect(ivy.argsOf(ServerEvent.snapshot)).toEqual([
        [
          {
            protocolVersion: PROTOCOL_VERSION,
            roomId: 'room-1',
            title: 'Mock interview',
            role: 'interviewer',
            self: { id: 'conn-2', name: 'Ivy', role: 'interviewer', clientId: 22, color: expect.any(String) },
            clientIds: [22],
            participants: [alice.session.participant, ivy.session.participant],
            problem: PROBLEM,
            timeline: [eventAt(1), eventAt(2)],
            runs: [runOf('run-1', 'done')],
            padTests: { tests: [VISIBLE_TEST, HIDDEN_TEST], hiddenCount: 1 },
            assessment: null,
            session: null,
            now: new Date(AT).toISOString(),
          },
        ],
      ]);
    });

    it('keeps hidden pad tests out of the snapshots of candidates and observers', async () => {
      open({ padTests: [VISIBLE_TEST, HIDDEN_TEST] });
      for (const role of ['candidate', 'observer'] as const) {
        const peer = await join(role, role);
        const [[snapshot] = []] = peer.argsOf(ServerEvent.snapshot);
        expect(snapshot?.padTests, role).toEqual({ tests: [VISIBLE_TEST], hiddenCount: 1 });
      }
    });

    it('tells the others who joined, never sending a full list again', async () => {
      const alice = await join('Alice', 'candidate');
      await settle();
      const bob = await join('Bob', 'interviewer');
      await settle();
      const olga = await join('Olga', 'observer');
      await settle();
      expect(alice.events()).toEqual([ServerEvent.snapshot, ServerEvent.joined, ServerEvent.joined]);
      expect(alice.argsOf(ServerEvent.joined)).toEqual([[[bob.session.participant]], [[olga.session.participant]]]);
      expect(bob.argsOf(ServerEvent.joined)).toEqual([[[olga.session.participant]]]);
      expect(olga.events()).toEqual([ServerEvent.snapshot]);
    });

    it('tells of the joins and leaves of one turn together, one message each', async () => {
      const alice = await join('Alice', 'candidate');
      await settle();
      const storm = [];
      for (let i = 0; i < 5; i++) storm.push(await join(`Watcher ${i}`, 'observer'));
      storm[0]?.leave();
      storm[1]?.leave();
      expect(alice.events()).toEqual([ServerEvent.snapshot]);
      await settle();
      expect(alice.argsOf(ServerEvent.joined)).toEqual([[storm.map((p) => p.session.participant)]]);
      expect(alice.argsOf(ServerEvent.left)).toEqual([[{ ids: [storm[0]?.id, storm[1]?.id] }]]);
    });

    it('tells the others who left', async () => {
      const alice = await join('Alice', 'candidate');
      const bob = await join('Bob', 'interviewer');
      await settle();
      bob.leave();
      await settle();
      expect(alice.argsOf(ServerEvent.left)).toEqual([[{ ids: [bob.id] }]]);
      expect(room.participants()).toEqual([alice.session.participant]);
      expect(bob.argsOf(ServerEvent.left)).toEqual([]);
    });

    it('gives participants distinct colours and reuses a freed one', async () => {
      const joined: MemoryPeer[] = [];
      for (let i = 0; i < 8; i++) joined.push(await join(`P${i}`, i === 0 ? 'interviewer' : 'candidate'));
      const colors = joined.map((p) => p.session.participant.color);
      expect(new Set(colors).size).toBe(8);
      for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/i);

      const freed = joined[3]?.session.participant.color;
      joined[3]?.leave();
      expect((await join('Next', 'candidate')).session.participant.color).toBe(freed);
      // A ninth still gets a colour.
      expect((await join('Ninth', 'observer')).session.participant.color).toMatch(/^#[0-9a-f]{6}$/i);
    });
  });

  describe('client ids', () => {
    it("stores a first join's id as its link's before it joins", async () => {
      const alice = await join('Alice', 'candidate', { clientId: 11 });
      expect(hooks.claimClientIds).toHaveBeenCalledWith([11], 'candidate');
      expect(alice.owned).toEqual(new Set([11]));
    });

    it('refuses an id a connection in the room uses, of any link, until that one leaves', async () => {
      const first = await join('Alice', 'candidate', { clientId: 11 });
      for (const link of ['candidate', 'observer'] as const) {
        await expect(room.admit(link, 11, [])).rejects.toMatchObject({ reason: 'CLIENT_ID_TAKEN' });
      }
      // So is an id a connection was admitted with and has not joined under yet.
      const seat = await room.admit('candidate', 12, []);
      await expect(room.admit('candidate', 12, [])).rejects.toMatchObject({ reason: 'CLIENT_ID_TAKEN' });
      room.release(seat);
      first.leave();
      const again = await join('Alice', 'candidate', { clientId: 11 });
      expect(room.participants()).toEqual([again.session.participant]);
    });

    it('grants a reconnecting page its earlier id while the old connection still seems to be there', async () => {
      await join('Alice', 'candidate', { clientId: 11 });
      // The server has not noticed the old connection end; the page joins with a new id.
      const again = await join('Alice', 'candidate', { clientId: 21, prior: [11] });
      expect(again.owned).toEqual(new Set([21, 11]));
    });

    it('keeps observers from claiming or writing with any id', async () => {
      const olga = await join('Olga', 'observer', { clientId: 31, prior: [32] });
      expect(olga.owned).toEqual(new Set());
      expect(hooks.claimClientIds).not.toHaveBeenCalledWith(expect.anything(), 'observer');
    });

    it("takes no more than a link's share of the room", async () => {
      open({}, capacityOf(8));
      const watchers = [];
      for (let i = 0; i < 4; i++) watchers.push(await join(`W${i}`, 'observer'));
      await expect(room.admit('observer', 99, [])).rejects.toMatchObject({ reason: 'ROOM_FULL' });
      // The observers have their share; the interviewer and the candidate still get in.
      await join('Ivy', 'interviewer');
      await join('Cara', 'candidate');
      watchers[0]?.leave();
      await join('W4', 'observer');
    });

    it('refuses that id to another link (CLIENT_ID_TAKEN)', async () => {
      await join('Alice', 'candidate', { clientId: 11 });
      hooks.claimClientIds.mockClear();
      const refused = room.admit('interviewer', 11, []);
      await expect(refused).rejects.toBeInstanceOf(DryRunError);
      await expect(refused).rejects.toMatchObject({ reason: 'CLIENT_ID_TAKEN' });
      expect(hooks.claimClientIds).not.toHaveBeenCalled();
    });

    it('refuses an id the stored docs have items of that nobody claimed, and leaves it out of prior ids', async () => {
      const old = writtenAs(55, (d) => scratch(d).insert(0, 'old'));
      open({ updates: [stored('shared', old)] });
      await expect(room.admit('candidate', 55, [])).rejects.toMatchObject({ reason: 'CLIENT_ID_TAKEN' });
      const alice = await join('Alice', 'candidate', { clientId: 11, prior: [55, 12] });
      expect(alice.owned).toEqual(new Set([11, 12]));
    });

    it('admits nobody under an id whose claim could not be stored, and leaves the id free', async () => {
      const storeDown = new Error('store unavailable');
      hooks.claimClientIds.mockRejectedValueOnce(storeDown);
      await expect(room.admit('candidate', 11, [])).rejects.toBe(storeDown);
      await expect(room.admit('interviewer', 11, [])).resolves.toMatchObject({ owned: new Set([11]) });
    });

    it('grants a reload its earlier id, and takes what was typed offline under it', async () => {
      const ivy = await join('Ivy', 'interviewer');
      const before = await join('Alice', 'candidate', { clientId: 11 });
      pump();
      before.code.insert(0, 'a');
      pump();
      before.leave();
      before.code.insert(1, 'b'); // offline, under 11

      // The reloaded page has the same content (from its local copy) and a new id.
      const after = new MemoryPeer('Alice', 'candidate', 12);
      Y.applyUpdate(after.docs.shared, Y.encodeStateAsUpdate(before.docs.shared), REMOTE);
      after.code.insert(2, 'c');
      after.outbox.length = 0;
      await join('Alice', 'candidate', { peer: after, prior: [11] });
      pump();
      expect(after.owned).toEqual(new Set([12, 11]));
      expect(after.refusals).toEqual([]);
      expect(roomCode()).toBe('abc');
      expect(ivy.code.toString()).toBe('abc');
    });

    it('refuses what a reload typed offline under an earlier id it did not name (FORBIDDEN)', async () => {
      const before = await join('Alice', 'candidate', { clientId: 11 });
      pump();
      before.leave();
      before.code.insert(0, 'offline');

      const after = new MemoryPeer('Alice', 'candidate', 12);
      Y.applyUpdate(after.docs.shared, Y.encodeStateAsUpdate(before.docs.shared), REMOTE);
      await join('Alice', 'candidate', { peer: after });
      // Its step 2 holds only its own id's items (none): it tries the earlier id's by hand.
      pump();
      const offline = step2Of(after.docs.shared, Y.encodeStateVector(room.docs.shared));
      expect(reasonOf(() => after.session.sync('shared', offline))).toBe('FORBIDDEN');
      expect(roomCode()).toBe('');
    });
  });

  describe('sync', () => {
    it('makes two peers converge, concurrent edits included', async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      alice.code.insert(0, 'function add(a, b) {}');
      pump();
      expect(ivy.code.toString()).toBe('function add(a, b) {}');

      // Both type before either hears of the other.
      alice.code.insert(20, ' return a + b; ');
      ivy.code.insert(0, '// sum\n');
      pump();
      expect(alice.code.toString()).toBe('// sum\nfunction add(a, b) { return a + b; }');
      expect(ivy.code.toString()).toBe(alice.code.toString());
      expect(roomCode()).toBe(alice.code.toString());
      expect([...alice.refusals, ...ivy.refusals]).toEqual([]);
    });

    it('gives a late joiner the current docs and takes what it typed before joining', async () => {
      const alice = await join('Alice', 'candidate');
      pump();
      alice.code.insert(0, 'already here');
      pump();

      const bob = new MemoryPeer('Bob', 'interviewer');
      bob.code.insert(0, 'offline; '); // typed before joining
      bob.outbox.length = 0;
      await join('Bob', 'interviewer', { peer: bob });
      pump();
      expect(bob.code.toString()).toContain('already here');
      expect(bob.code.toString()).toContain('offline; ');
      expect(roomCode()).toBe(bob.code.toString());
      expect(alice.code.toString()).toBe(bob.code.toString());
    });

    it('does not echo an update back to its sender', async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      const [aliceFrames, ivyFrames] = [alice.syncFramesOf('shared'), ivy.syncFramesOf('shared')];
      alice.code.insert(0, 'x');
      pump();
      expect(alice.syncFramesOf('shared')).toBe(aliceFrames);
      expect(ivy.syncFramesOf('shared')).toBe(ivyFrames + 1);
    });

    it("carries an interviewer's pad question to everyone", async () => {
      const ivy = await join('Ivy', 'interviewer');
      const alice = await join('Alice', 'candidate');
      const olga = await join('Olga', 'observer');
      pump();
      ivy.question.insert(0, '# Reverse a list');
      pump();
      expect(alice.question.toString()).toBe('# Reverse a list');
      expect(olga.question.toString()).toBe('# Reverse a list');
      expect(padQuestion(room.docs.question).toString()).toBe('# Reverse a list');
    });

    it('keeps going when a peer or a hook fails: the sender is not refused, the others still hear', async () => {
      const alice = await join('Alice', 'candidate');
      const broken = await join('Broken', 'interviewer');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      const socketGone = new Error('socket buffer gone');
      // Broken joined before Ivy, so Ivy comes after the failing one.
      broken.failing = socketGone;
      hooks.onUpdate.mockImplementationOnce(() => {
        throw new Error('store hook failed');
      });
      alice.code.insert(0, 'still delivered');
      pump();
      expect(alice.refusals).toEqual([]);
      expect(ivy.code.toString()).toBe('still delivered');
      expect(roomCode()).toBe('still delivered');
      expect(hooks.onError).toHaveBeenCalledWith(socketGone);
      expect(hooks.onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'store hook failed' }));
    });
  });

  describe('access', () => {
    it("refuses an observer's update and step 2 (FORBIDDEN) and nobody hears of them", async () => {
      const alice = await join('Alice', 'candidate');
      const olga = await join('Olga', 'observer');
      pump();
      alice.code.insert(0, 'original');
      pump();
      expect(olga.code.toString()).toBe('original');
      hooks.onUpdate.mockClear();
      const aliceFrames = alice.syncFramesOf('shared');
      const before = Y.encodeStateAsUpdate(room.docs.shared);

      const forged = writtenAs(olga.clientId, (d) => scratch(d).insert(0, 'HACKED'));
      expect(reasonOf(() => olga.session.sync('shared', updateFrameOf(forged)))).toBe('FORBIDDEN');
      expect(reasonOf(() => olga.session.sync('shared', writeSyncFrame({ type: 'step2', update: forged })))).toBe(
        'FORBIDDEN',
      );
      // Through its own doc, too.
      olga.code.insert(0, 'HACKED ');
      pump();
      expect(olga.refusals.map((e) => e.reason)).toEqual(['FORBIDDEN']);

      expect(Y.encodeStateAsUpdate(room.docs.shared)).toEqual(before);
      expect(hooks.onUpdate).not.toHaveBeenCalled();
      expect(alice.syncFramesOf('shared')).toBe(aliceFrames);
      expect(alice.code.toString()).toBe('original');
    });

    it('lets an observer read every doc but the private one', async () => {
      const ivy = await join('Ivy', 'interviewer');
      pump();
      ivy.code.insert(0, 'visible');
      ivy.question.insert(0, 'question');
      pump();
      const olga = await join('Olga', 'observer');
      pump();
      expect(olga.refusals).toEqual([]);
      expect(olga.code.toString()).toBe('visible');
      expect(olga.question.toString()).toBe('question');
      expect(olga.syncFramesOf('private')).toBe(0);
    });

    it("refuses a candidate's update to the question (FORBIDDEN); nobody else gets it", async () => {
      const ivy = await join('Ivy', 'interviewer');
      const alice = await join('Alice', 'candidate');
      const olga = await join('Olga', 'observer');
      pump();
      ivy.question.insert(0, 'Reverse a list');
      pump();
      const heard = [ivy.syncFramesOf('question'), olga.syncFramesOf('question')];
      hooks.onUpdate.mockClear();

      alice.question.insert(0, 'Solved: ');
      pump();
      expect(alice.refusals.map((e) => e.reason)).toEqual(['FORBIDDEN']);
      expect(padQuestion(room.docs.question).toString()).toBe('Reverse a list');
      expect([ivy.syncFramesOf('question'), olga.syncFramesOf('question')]).toEqual(heard);
      expect(hooks.onUpdate).not.toHaveBeenCalled();
    });

    it("refuses a candidate's and an observer's private-doc frames (FORBIDDEN), malformed ones too", async () => {
      const ivy = await join('Ivy', 'interviewer');
      pump();
      ivy.notes.insert(0, 'secret');
      pump();
      for (const role of ['candidate', 'observer'] as const) {
        const nosy = await join(`Nosy ${role}`, role);
        pump();
        const forged = writtenAs(nosy.clientId, (d) => interviewerNotes(d).insert(0, 'forged'));
        expect(reasonOf(() => nosy.session.sync('private', step1Of(nosy.docs.private)))).toBe('FORBIDDEN');
        expect(reasonOf(() => nosy.session.sync('private', updateFrameOf(forged)))).toBe('FORBIDDEN');
        // The role is checked before the frame is read.
        expect(reasonOf(() => nosy.session.sync('private', new Uint8Array(0)))).toBe('FORBIDDEN');
        expect(nosy.syncFramesOf('private')).toBe(0);
      }
      expect(interviewerNotes(room.docs.private).toString()).toBe('secret');
    });

    it('sends private-doc updates to interviewers only', async () => {
      const ivy = await join('Ivy', 'interviewer');
      const ivan = await join('Ivan', 'interviewer');
      const alice = await join('Alice', 'candidate');
      const olga = await join('Olga', 'observer');
      pump();
      ivy.notes.insert(0, 'jumped to code');
      ivy.code.insert(0, 'shared text');
      pump();
      expect(ivan.notes.toString()).toBe('jumped to code');
      expect(interviewerNotes(room.docs.private).toString()).toBe('jumped to code');
      for (const peer of [alice, olga]) {
        expect(peer.syncFramesOf('private'), peer.name).toBe(0);
        expect(peer.notes.toString()).toBe('');
        expect(peer.code.toString()).toBe('shared text');
      }
    });

    it.each([
      ['an interviewer', 'interviewer', 'notes'],
      ['a candidate', 'candidate', 'junk'],
    ] as const)(
      "refuses %s's update to a name outside the doc's layout (FORBIDDEN); nobody else gets it",
      async (_who, role, name) => {
        const writer = await join('Writer', role);
        const ivy = await join('Ivy', 'interviewer');
        pump();
        const heard = ivy.syncFramesOf('shared');
        writer.docs.shared.getText(name).insert(0, 'out of place');
        pump();
        expect(writer.refusals.map((e) => e.reason)).toEqual(['FORBIDDEN']);
        expect(ivy.syncFramesOf('shared')).toBe(heard);
        expect(room.docs.shared.share.has(name)).toBe(false);
        expect(hooks.onUpdate).not.toHaveBeenCalled();
      },
    );

    it("refuses an update under another participant's client id (FORBIDDEN)", async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      const posing = writtenAs(ivy.clientId, (d) => scratch(d).insert(0, 'said Ivy'));
      expect(reasonOf(() => alice.session.sync('shared', updateFrameOf(posing)))).toBe('FORBIDDEN');
      expect(roomCode()).toBe('');
      // Ivy's own first edit, at the clock Alice tried to take, still goes in.
      ivy.code.insert(0, 'Ivy here');
      pump();
      expect(roomCode()).toBe('Ivy here');
      expect(alice.code.toString()).toBe('Ivy here');
    });

    it("refuses an update anchored on another participant's next clock (OUT_OF_SYNC); their edit brings no forgery", async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      ivy.code.insert(0, 'ab');
      pump();
      // Alice writes Ivy's next item in a copy of her doc, and her own after it.
      const forger = new Y.Doc();
      Y.applyUpdate(forger, Y.encodeStateAsUpdate(alice.docs.shared));
      forger.clientID = ivy.clientId;
      scratch(forger).insert(2, '?');
      const withAnchor = Y.encodeStateVector(forger);
      forger.clientID = alice.clientId;
      scratch(forger).insert(3, 'FORGED');
      const forged = Y.encodeStateAsUpdate(forger, withAnchor);
      forger.destroy();

      expect(reasonOf(() => alice.session.sync('shared', updateFrameOf(forged)))).toBe('OUT_OF_SYNC');
      ivy.code.insert(2, 'c');
      pump();
      expect(roomCode()).toBe('abc');
      expect(alice.code.toString()).toBe('abc');
      expect(room.docs.shared.store.pendingStructs).toBeNull();
    });

    // An item of length 0 at the sender's own next clock would leave the server's struct list for
    // Bob's id as [(0,1), (1,0)], which Yjs' findIndexSS cannot search (it divides by zero): every
    // step 2 of the shared doc would throw, and no one could join or resync (updateGuard.test.ts).
    it('keeps serving its shared doc after a writer sends an item of no length', async () => {
      const bob = await join('Bob', 'candidate');
      pump();
      bob.code.insert(0, 'x');
      pump();
      const encoder = new Y.UpdateEncoderV1();
      encoding.writeVarUint(encoder.restEncoder, 1); // one client
      encoding.writeVarUint(encoder.restEncoder, 1); // one struct
      encoder.writeClient(bob.clientId);
      encoding.writeVarUint(encoder.restEncoder, 1); // from clock 1
      const after = Y.createID(bob.clientId, 0);
      const empty = new Y.Item(
        Y.createID(bob.clientId, 1),
        null,
        after,
        null,
        null,
        null,
        null,
        new Y.ContentString(''),
      );
      empty.write(encoder, 0);
      encoding.writeVarUint(encoder.restEncoder, 0); // no deletions
      try {
        bob.session.sync('shared', updateFrameOf(encoder.toUint8Array()));
      } catch {
        // Refused is fine; the room must keep working either way.
      }
      const olga = await join('Olga', 'observer');
      pump();
      expect(olga.refusals).toEqual([]);
      expect(olga.code.toString()).toBe('x');
    });
  });

  describe('malformed input', () => {
    it.each([
      ['no bytes', new Uint8Array(0)],
      ['an unknown message type', Uint8Array.of(99, 0)],
      ['a truncated number', Uint8Array.of(0x80)],
      ['step 1 without a state vector', Uint8Array.of(0)],
      ['a payload shorter than announced', Uint8Array.of(2, 10, 1, 2)],
      ['bytes past the end', Uint8Array.of(...updateFrameOf(Uint8Array.of(0, 0)), 7)],
      ['a state vector that does not read', writeSyncFrame({ type: 'step1', stateVector: Uint8Array.of(1, 2) })],
      ['an update that does not read', updateFrameOf(Uint8Array.of(0xff, 0xff, 0xff, 0xff))],
      ['a step 2 that does not read', writeSyncFrame({ type: 'step2', update: Uint8Array.of(0x05, 0x80, 0x80) })],
    ])('refuses a sync frame with %s (MALFORMED) and keeps working', async (_what, frame) => {
      const alice = await join('Alice', 'candidate');
      pump();
      alice.code.insert(0, 'ok');
      pump();
      hooks.onUpdate.mockClear();
      const before = Y.encodeStateAsUpdate(room.docs.shared);
      const heard = alice.received.length;

      expect(reasonOf(() => alice.session.sync('shared', frame))).toBe('MALFORMED');
      expect(Y.encodeStateAsUpdate(room.docs.shared)).toEqual(before);
      expect(hooks.onUpdate).not.toHaveBeenCalled();
      expect(alice.received.length).toBe(heard);

      alice.code.insert(2, '!');
      pump();
      expect(roomCode()).toBe('ok!');
    });

    it('refuses malformed awareness frames (MALFORMED)', async () => {
      const alice = await join('Alice', 'candidate');
      pump();
      const own = alice.clientId;
      for (const frame of [
        new Uint8Array(0),
        Uint8Array.of(1),
        Uint8Array.of(0),
        writeAwarenessFrame([{ clientId: own, clock: 1, state: '{"user":' }]),
        writeAwarenessFrame([{ clientId: own, clock: 1, state: '{"cursor":4}' }]),
      ]) {
        expect(reasonOf(() => alice.session.awareness(frame))).toBe('MALFORMED');
      }
      expect(room.awareness.getStates().size).toBe(0);
    });
  });

  describe('awareness', () => {
    it('relays a cursor to the others, with the user the server vouches for', async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      alice.awareness.setLocalState({ user: { name: 'Ivy', color: '#000000', role: 'interviewer' }, selection: null });
      pump();
      const vouched = {
        selection: null,
        user: { name: 'Alice', color: alice.session.participant.color, role: 'candidate' },
      };
      expect(alice.refusals).toEqual([]);
      expect(room.awareness.getStates().get(alice.clientId)).toEqual(vouched);
      expect(ivy.awareness.getStates().get(alice.clientId)).toEqual(vouched);
      expect(alice.argsOf(ServerEvent.awareness)).toEqual([]);
    });

    it("refuses an awareness frame of another client's id (FORBIDDEN)", async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      ivy.awareness.setLocalState({ selection: null });
      pump();
      const ivyState = room.awareness.getStates().get(ivy.clientId);

      const forged = writeAwarenessFrame([{ clientId: ivy.clientId, clock: 99, state: 'null' }]);
      expect(reasonOf(() => alice.session.awareness(forged))).toBe('FORBIDDEN');
      // Beside her own entry, it is refused as a whole.
      const mixed = writeAwarenessFrame([
        { clientId: alice.clientId, clock: 1, state: '{}' },
        { clientId: ivy.clientId, clock: 99, state: 'null' },
      ]);
      expect(reasonOf(() => alice.session.awareness(mixed))).toBe('FORBIDDEN');
      expect(room.awareness.getStates().get(ivy.clientId)).toEqual(ivyState);
      expect(room.awareness.getStates().has(alice.clientId)).toBe(false);
    });

    it('sends a newcomer the cursors there are, right after its snapshot', async () => {
      const alice = await join('Alice', 'candidate');
      pump();
      alice.awareness.setLocalState({ selection: null });
      pump();
      const ivy = await join('Ivy', 'interviewer');
      expect(ivy.events()).toEqual([ServerEvent.snapshot, ServerEvent.awareness]);
      expect(ivy.awareness.getStates().get(alice.clientId)).toMatchObject({ user: { name: 'Alice' } });
    });

    it('relays a cursor that goes away (a null state)', async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      alice.awareness.setLocalState({ selection: null });
      pump();
      alice.awareness.setLocalState(null);
      pump();
      expect(alice.refusals).toEqual([]);
      expect(room.awareness.getStates().has(alice.clientId)).toBe(false);
      expect(ivy.awareness.getStates().has(alice.clientId)).toBe(false);
    });
  });

  describe('leaving', () => {
    it("removes the leaver's cursor and tells the others", async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      pump();
      alice.awareness.setLocalState({ selection: null });
      pump();
      expect(ivy.awareness.getStates().has(alice.clientId)).toBe(true);

      alice.leave();
      expect(room.awareness.getStates().has(alice.clientId)).toBe(false);
      expect(ivy.awareness.getStates().has(alice.clientId)).toBe(false);
      expect(room.participants()).toEqual([ivy.session.participant]);
      expect(hooks.onIdle).not.toHaveBeenCalled();
    });

    it('calls onIdle once, when the last participant leaves', async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      alice.leave();
      expect(hooks.onIdle).not.toHaveBeenCalled();
      ivy.leave();
      expect(hooks.onIdle).toHaveBeenCalledTimes(1);
      expect(hooks.onIdle).toHaveBeenCalledWith(room);
      expect(room.isIdle).toBe(true);
      // Leaving twice changes nothing.
      ivy.leave();
      alice.leave();
      expect(hooks.onIdle).toHaveBeenCalledTimes(1);
    });

    it('is not idle while an admission is reserved', async () => {
      expect(room.isIdle).toBe(true);
      const seat = await room.admit('candidate', 41, []);
      expect(room.isIdle).toBe(false);
      room.release(seat);
      expect(room.isIdle).toBe(true);
      const alice = await join('Alice', 'candidate');
      expect(room.isIdle).toBe(false);
      alice.leave();
      expect(room.isIdle).toBe(true);
    });
  });

  describe('timeline facts', () => {
    it('sends events in the order their writes were called, even when the first is written last', async () => {
      const alice = await join('Alice', 'candidate');
      const slow = deferred<TimelineEvent>();
      const writes: number[] = [];
      const first = room.commit(() => {
        writes.push(1);
        return slow.promise;
      });
      const second = room.commit(async () => {
        writes.push(2);
        return eventAt(2);
      });
      await settle();
      // The second write waits for the first to be stored.
      expect(writes).toEqual([1]);
      expect(seqsHeardBy(alice)).toEqual([]);

      slow.resolve(eventAt(1));
      await expect(Promise.all([first, second])).resolves.toEqual([eventAt(1), eventAt(2)]);
      expect(writes).toEqual([1, 2]);
      expect(seqsHeardBy(alice)).toEqual([1, 2]);
      expect(room.timeline).toEqual([eventAt(1), eventAt(2)]);
    });

    it('applies an event just before it goes out; a later joiner finds it in the timeline', async () => {
      const alice = await join('Alice', 'candidate');
      let heardWhenApplied: ServerEventName[] = [];
      await room.commit(
        async () => eventAt(1),
        () => {
          heardWhenApplied = alice.events();
          room.showProblem(PROBLEM);
        },
      );
      expect(heardWhenApplied).toEqual([ServerEvent.snapshot]);
      expect(alice.events()).toEqual([ServerEvent.snapshot, ServerEvent.problem, ServerEvent.event]);
      const bob = await join('Bob', 'interviewer');
      const [[snapshot] = []] = bob.argsOf(ServerEvent.snapshot);
      expect(snapshot?.timeline).toEqual([eventAt(1)]);
      expect(snapshot?.problem).toEqual(PROBLEM);
    });

    it('sends nothing for a write that returns null (it happened already)', async () => {
      const alice = await join('Alice', 'candidate');
      const apply = vi.fn();
      await expect(room.commit(async () => null, apply)).resolves.toBeNull();
      expect(apply).not.toHaveBeenCalled();
      expect(alice.events()).toEqual([ServerEvent.snapshot]);
      expect(room.timeline).toEqual([]);
    });

    it('rejects a commit whose write fails, and later commits still go out', async () => {
      const alice = await join('Alice', 'candidate');
      const failure = new Error('disk full');
      const failed = room.commit(async () => {
        throw failure;
      });
      const next = room.commit(async () => eventAt(1));
      await expect(failed).rejects.toBe(failure);
      await expect(next).resolves.toEqual(eventAt(1));
      expect(seqsHeardBy(alice)).toEqual([1]);
    });

    it('stays loaded while a commit is under way, and calls onIdle once it is done with nobody in', async () => {
      const alice = await join('Alice', 'candidate');
      const slow = deferred<TimelineEvent>();
      const commit = room.commit(() => slow.promise);
      alice.leave();
      expect(room.isIdle).toBe(false);
      expect(hooks.onIdle).not.toHaveBeenCalled();
      slow.resolve(eventAt(1));
      await commit;
      expect(room.isIdle).toBe(true);
      expect(hooks.onIdle).toHaveBeenCalledTimes(1);
    });

    it('stays loaded until the last hold is released', () => {
      const releaseRun = room.hold();
      const releaseOther = room.hold();
      expect(room.isIdle).toBe(false);
      releaseRun();
      releaseRun(); // twice changes nothing
      expect(room.isIdle).toBe(false);
      expect(hooks.onIdle).not.toHaveBeenCalled();
      releaseOther();
      expect(room.isIdle).toBe(true);
      expect(hooks.onIdle).toHaveBeenCalledTimes(1);
      expect(hooks.onIdle).toHaveBeenCalledWith(room);
    });

    it('does not call onIdle when a hold is released with someone in', async () => {
      await join('Alice', 'candidate');
      room.hold()();
      expect(hooks.onIdle).not.toHaveBeenCalled();
    });
  });

  describe('shown state', () => {
    it("gives everyone the room's new problem, and later joiners find it in their snapshot", async () => {
      const alice = await join('Alice', 'candidate');
      const olga = await join('Olga', 'observer');
      room.showProblem(PROBLEM);
      expect(alice.argsOf(ServerEvent.problem)).toEqual([[PROBLEM]]);
      expect(olga.argsOf(ServerEvent.problem)).toEqual([[PROBLEM]]);
      expect(room.problemSlug).toBe('two-sum');
      const bob = await join('Bob', 'interviewer');
      expect(bob.argsOf(ServerEvent.snapshot)[0]?.[0].problem).toEqual(PROBLEM);
      room.showProblem(null);
      expect(alice.argsOf(ServerEvent.problem).at(-1)).toEqual([null]);
      expect(room.problemSlug).toBeNull();
    });

    it('gives each participant the pad tests their role may see', async () => {
      const ivy = await join('Ivy', 'interviewer');
      const alice = await join('Alice', 'candidate');
      const olga = await join('Olga', 'observer');
      room.showPadTests([VISIBLE_TEST, HIDDEN_TEST]);
      expect(ivy.argsOf(ServerEvent.padTests)).toEqual([[{ tests: [VISIBLE_TEST, HIDDEN_TEST], hiddenCount: 1 }]]);
      for (const peer of [alice, olga]) {
        expect(peer.argsOf(ServerEvent.padTests)).toEqual([[{ tests: [VISIBLE_TEST], hiddenCount: 1 }]]);
      }
      expect(room.padTests).toEqual([VISIBLE_TEST, HIDDEN_TEST]);
    });

    it('sends runs as they start and finish, and keeps the latest record of each for joiners', async () => {
      const alice = await join('Alice', 'candidate');
      room.showRun('started', runOf('run-1'));
      room.showRun('finished', runOf('run-1', 'done'));
      expect(alice.argsOf(ServerEvent.runStarted)).toEqual([[runOf('run-1')]]);
      expect(alice.argsOf(ServerEvent.runFinished)).toEqual([[runOf('run-1', 'done')]]);
      const bob = await join('Bob', 'interviewer');
      expect(bob.argsOf(ServerEvent.snapshot)[0]?.[0].runs).toEqual([runOf('run-1', 'done')]);
    });

    it('keeps only the latest runs for joiners', async () => {
      const count = LIMITS.runHistoryLength + 2;
      for (let i = 1; i <= count; i++) room.showRun('started', runOf(`run-${i}`));
      const alice = await join('Alice', 'candidate');
      const runs = alice.argsOf(ServerEvent.snapshot)[0]?.[0].runs ?? [];
      expect(runs.map((r) => r.id)).toEqual(Array.from({ length: LIMITS.runHistoryLength }, (_, i) => `run-${i + 3}`));
    });

    it("relays a running program's output to everyone", async () => {
      const alice = await join('Alice', 'candidate');
      const ivy = await join('Ivy', 'interviewer');
      room.showRunOutput({ runId: 'run-1', lines: ['hello'] });
      for (const peer of [alice, ivy])
        expect(peer.argsOf(ServerEvent.runOutput)).toEqual([[{ runId: 'run-1', lines: ['hello'] }]]);
    });
  });

  describe('starter code', () => {
    it('writes a problem’s starter code into its empty texts once, as an edit everyone gets and the store keeps', async () => {
      const alice = await join('Alice', 'candidate');
      pump();
      room.seedCode('two-sum', PROBLEM.starter);
      expect(codeText(alice.docs.shared, 'two-sum', 'javascript').toString()).toBe(PROBLEM.starter.javascript);
      expect(codeText(alice.docs.shared, 'two-sum', 'typescript').toString()).toBe(PROBLEM.starter.typescript);
      expect(hooks.onUpdate).toHaveBeenCalledTimes(1);
      expect(hooks.onUpdate).toHaveBeenCalledWith(expect.objectContaining({ roomId: 'room-1', doc: 'shared' }));

      room.seedCode('two-sum', { javascript: 'again', typescript: 'again' });
      expect(room.currentCode('two-sum')).toEqual({ language: 'javascript', code: PROBLEM.starter.javascript });
      expect(hooks.onUpdate).toHaveBeenCalledTimes(1);
      // The server's own id has items now: nobody may claim it.
      await expect(room.admit('candidate', room.docs.shared.clientID, [])).rejects.toMatchObject({
        reason: 'CLIENT_ID_TAKEN',
      });
    });
  });

  describe('restore', () => {
    it('loads the stored updates of every doc without storing them again', () => {
      const first = writtenAs(901, (d) => scratch(d).insert(0, 'restored '));
      const then = writtenAs(902, (d) => {
        Y.applyUpdate(d, first);
        scratch(d).insert(9, 'code');
      });
      const question = writtenAs(901, (d) => padQuestion(d).insert(0, 'restored question'));
      const notes = writtenAs(901, (d) => interviewerNotes(d).insert(0, 'restored notes'));
      open({
        updates: [
          stored('shared', first),
          stored('question', question),
          stored('private', notes),
          stored('shared', then),
        ],
      });
      expect(roomCode()).toBe('restored code');
      expect(padQuestion(room.docs.question).toString()).toBe('restored question');
      expect(interviewerNotes(room.docs.private).toString()).toBe('restored notes');
      expect(hooks.onUpdate).not.toHaveBeenCalled();
    });

    it('serves restored content to joiners, and stores later edits as usual', async () => {
      const code = writtenAs(901, (d) => scratch(d).insert(0, 'from the database'));
      open({ updates: [stored('shared', code)] });
      const ivy = await join('Ivy', 'interviewer');
      pump();
      expect(ivy.code.toString()).toBe('from the database');
      expect(hooks.onUpdate).not.toHaveBeenCalled();
      ivy.code.insert(0, '> ');
      pump();
      expect(hooks.onUpdate).toHaveBeenCalledTimes(1);
      expect(roomCode()).toBe('> from the database');
    });
  });

  describe('onUpdate', () => {
    it('is called once per applied update, with the doc it changed', async () => {
      const ivy = await join('Ivy', 'interviewer');
      pump();
      expect(hooks.onUpdate).not.toHaveBeenCalled();

      ivy.code.insert(0, 'a');
      pump();
      ivy.notes.insert(0, 'n');
      pump();
      ivy.question.insert(0, 'q');
      pump();
      ivy.code.insert(1, 'b');
      pump();
      const calls = hooks.onUpdate.mock.calls.map(([u]) => u);
      expect(calls.map((u) => [u.roomId, u.doc])).toEqual([
        ['room-1', 'shared'],
        ['room-1', 'private'],
        ['room-1', 'question'],
        ['room-1', 'shared'],
      ]);
      for (const u of calls) expect(u.at).toBeInstanceOf(Date);

      // The stored updates alone rebuild every doc.
      const rebuilt = open({ updates: calls });
      expect(scratch(rebuilt.docs.shared).toString()).toBe('ab');
      expect(interviewerNotes(rebuilt.docs.private).toString()).toBe('n');
      expect(padQuestion(rebuilt.docs.question).toString()).toBe('q');
    });

    it('is not called for a frame that changes nothing', async () => {
      const alice = await join('Alice', 'candidate');
      pump();
      const update = writtenAs(alice.clientId, (d) => scratch(d).insert(0, 'once'));
      alice.session.sync('shared', updateFrameOf(update));
      expect(hooks.onUpdate).toHaveBeenCalledTimes(1);
      // The same update again, and a step 1: nothing new to store.
      alice.session.sync('shared', updateFrameOf(update));
      alice.sendStep1('shared');
      pump();
      expect(hooks.onUpdate).toHaveBeenCalledTimes(1);
      expect(roomCode()).toBe('once');
    });
  });
});
