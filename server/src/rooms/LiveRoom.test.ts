import {
  codeText,
  type DocName,
  DryRunError,
  type ErrorReason,
  interviewerNotes,
  type Participant,
  type Role,
  SCRATCH_PROBLEM,
} from '@dryrun/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { StoredUpdate } from '../store/Store.ts';
import { LiveRoom, type PeerSink, type RoomSession } from './LiveRoom.ts';

const REMOTE = Symbol('remote');

type Outgoing = { kind: 'sync'; doc: DocName; frame: Uint8Array } | { kind: 'awareness'; frame: Uint8Array };

/**
 * An in-memory participant: behind a {@link PeerSink} (see {@link sinkOf}), it records what the room sends, applies
 * sync frames to its own Y.Docs with y-protocols, and queues what it would send back. Nothing
 * is delivered to the room until {@link pump} runs, like a socket that needs a tick.
 */
class MemoryPeer {
  readonly doc = new Y.Doc();
  readonly privateDoc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  readonly syncFrames: { doc: DocName; frame: Uint8Array }[] = [];
  readonly awarenessFrames: Uint8Array[] = [];
  readonly participantLists: Participant[][] = [];
  readonly outbox: Outgoing[] = [];
  readonly refusals: DryRunError[] = [];
  session!: RoomSession;

  constructor(
    readonly name: string,
    readonly role: Role,
    clientId?: number,
  ) {
    if (clientId !== undefined) this.doc.clientID = clientId;
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    for (const [docName, doc] of [
      ['shared', this.doc],
      ['private', this.privateDoc],
    ] as const) {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE) return;
        const encoder = encoding.createEncoder();
        syncProtocol.writeUpdate(encoder, update);
        this.outbox.push({ kind: 'sync', doc: docName, frame: encoding.toUint8Array(encoder) });
      });
    }
    this.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
      if (origin !== 'local') return;
      const mine = added.concat(updated).filter((id) => id === this.doc.clientID);
      if (mine.length > 0) {
        this.outbox.push({ kind: 'awareness', frame: awarenessProtocol.encodeAwarenessUpdate(this.awareness, mine) });
      }
    });
  }

  get code(): Y.Text {
    return codeText(this.doc, SCRATCH_PROBLEM, 'javascript');
  }

  get notes(): Y.Text {
    return interviewerNotes(this.privateDoc);
  }

  receiveSync(doc: DocName, frame: Uint8Array): void {
    this.syncFrames.push({ doc, frame });
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(
      decoding.createDecoder(frame),
      reply,
      doc === 'shared' ? this.doc : this.privateDoc,
      REMOTE,
    );
    // Observers do not answer step 1 (they cannot write), like the real client.
    if (encoding.length(reply) > 0 && this.role !== 'observer') {
      this.outbox.push({ kind: 'sync', doc, frame: encoding.toUint8Array(reply) });
    }
  }

  receiveAwareness(frame: Uint8Array): void {
    this.awarenessFrames.push(frame);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, frame, REMOTE);
  }

  receiveParticipants(list: Participant[]): void {
    this.participantLists.push(list);
  }

  /** Queues sync step 1 for a doc, as a client does right after it is welcomed. */
  sendStep1(doc: DocName): void {
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, doc === 'shared' ? this.doc : this.privateDoc);
    this.outbox.push({ kind: 'sync', doc, frame: encoding.toUint8Array(encoder) });
  }

  privateFramesReceived(): number {
    return this.syncFrames.filter((f) => f.doc === 'private').length;
  }

  lastParticipants(): Participant[] {
    return this.participantLists.at(-1) ?? [];
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
    this.privateDoc.destroy();
  }
}

/** The PeerSink the room talks to for a MemoryPeer. */
function sinkOf(peer: MemoryPeer): PeerSink {
  return {
    sync: (doc, frame) => peer.receiveSync(doc, frame),
    awareness: (frame) => peer.receiveAwareness(frame),
    participants: (list) => peer.receiveParticipants(list),
    run: () => {},
    problem: () => {},
    hint: () => {},
    feedback: () => {},
    padTests: () => {},
    runOutput: () => {},
  };
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

function step2Frame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A Yjs update that writes `text` into the scratch code of a fresh doc. */
function codeUpdate(text: string, field: (doc: Y.Doc) => Y.Text = (d) => codeText(d, SCRATCH_PROBLEM, 'javascript')) {
  const doc = new Y.Doc();
  field(doc).insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
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

describe('LiveRoom', () => {
  let room: LiveRoom;
  let onUpdate: ReturnType<typeof vi.fn<(update: StoredUpdate) => void>>;
  let onEmpty: ReturnType<typeof vi.fn<(room: LiveRoom) => void>>;
  let onError: ReturnType<typeof vi.fn<(error: unknown) => void>>;
  let peers: MemoryPeer[];
  let nextId: number;

  beforeEach(() => {
    onUpdate = vi.fn<(update: StoredUpdate) => void>();
    onEmpty = vi.fn<(room: LiveRoom) => void>();
    onError = vi.fn<(error: unknown) => void>();
    room = new LiveRoom('room-1', { onUpdate, onEmpty, onError });
    peers = [];
    nextId = 0;
  });

  afterEach(() => {
    for (const p of peers) p.destroy();
    room.destroy();
    vi.restoreAllMocks();
  });

  /** Puts a new in-memory peer in the room, as the gateway does after admission. */
  function join(name: string, role: Role, options: { clientId?: number; step1?: boolean } = {}): MemoryPeer {
    const peer = new MemoryPeer(name, role, options.clientId);
    peers.push(peer);
    nextId++;
    peer.session = room.join({ id: `conn-${nextId}`, name, role, clientId: peer.doc.clientID }, sinkOf(peer));
    if (options.step1 ?? true) {
      peer.sendStep1('shared');
      if (role === 'interviewer') peer.sendStep1('private');
    }
    return peer;
  }

  /** Delivers every queued frame of every peer until all is quiet; refusals are recorded. */
  function pump(): void {
    for (let round = 0; round < 1000; round++) {
      const busy = peers.filter((p) => p.outbox.length > 0);
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

  const roomCode = () => codeText(room.docs.shared, SCRATCH_PROBLEM, 'javascript').toString();
  const roomNotes = () => interviewerNotes(room.docs.private).toString();

  describe('sync', () => {
    it('makes two peers converge, including concurrent edits', () => {
      const alice = join('Alice', 'candidate');
      const ivy = join('Ivy', 'interviewer');
      pump();
      alice.code.insert(0, 'function add(a, b) {}');
      pump();
      expect(ivy.code.toString()).toBe('function add(a, b) {}');

      // Both type before either hears of the other.
      alice.code.insert(20, ' return a + b; ');
      ivy.code.insert(0, '// sum\n');
      pump();
      expect(alice.code.toString()).toBe(ivy.code.toString());
      expect(alice.code.toString()).toBe('// sum\nfunction add(a, b) { return a + b; }');
      expect(roomCode()).toBe(alice.code.toString());
      expect(alice.refusals).toEqual([]);
      expect(ivy.refusals).toEqual([]);
    });

    it('a failing peer or hook neither refuses the sender nor starves the other peers', () => {
      const alice = join('Alice', 'candidate');
      const broken = join('Broken', 'interviewer');
      const ivy = join('Ivy', 'interviewer');
      pump();
      const sinkError = new Error('socket buffer gone');
      // Broken joined before Ivy, so Ivy is among the peers after the failing one.
      broken.receiveSync = () => {
        throw sinkError;
      };
      onUpdate.mockImplementationOnce(() => {
        throw new Error('store hook failed');
      });
      alice.code.insert(0, 'still delivered');
      pump();
      expect(alice.refusals).toEqual([]);
      expect(ivy.code.toString()).toBe('still delivered');
      expect(roomCode()).toBe('still delivered');
      expect(onError).toHaveBeenCalledWith(sinkError);
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'store hook failed' }));
    });

    it('gives a late joiner the current document and takes what it had offline', () => {
      const alice = join('Alice', 'candidate');
      pump();
      alice.code.insert(0, 'already here');
      pump();

      const bob = new MemoryPeer('Bob', 'interviewer');
      // Typed before joining (e.g. while disconnected).
      bob.code.insert(0, 'offline; ');
      bob.outbox.length = 0;
      peers.push(bob);
      bob.session = room.join(
        { id: 'conn-bob', name: 'Bob', role: 'interviewer', clientId: bob.doc.clientID },
        sinkOf(bob),
      );
      bob.sendStep1('shared');
      pump();
      expect(bob.code.toString()).toContain('already here');
      expect(bob.code.toString()).toContain('offline; ');
      expect(roomCode()).toBe(bob.code.toString());
      expect(alice.code.toString()).toBe(bob.code.toString());
    });

    it('does not echo an update back to its sender', () => {
      const alice = join('Alice', 'candidate');
      const ivy = join('Ivy', 'interviewer');
      pump();
      const aliceFrames = alice.syncFrames.length;
      const ivyFrames = ivy.syncFrames.length;
      alice.code.insert(0, 'x');
      pump();
      expect(alice.syncFrames.length).toBe(aliceFrames);
      expect(ivy.syncFrames.length).toBe(ivyFrames + 1);
    });
  });

  describe('roles', () => {
    it("refuses an observer's update (FORBIDDEN) and leaves the room doc untouched", () => {
      const alice = join('Alice', 'candidate');
      const olga = join('Olga', 'observer');
      pump();
      alice.code.insert(0, 'original');
      pump();
      expect(olga.code.toString()).toBe('original');
      onUpdate.mockClear();
      const aliceFrames = alice.syncFrames.length;
      const before = Y.encodeStateVector(room.docs.shared);

      expect(reasonOf(() => olga.session.sync('shared', updateFrame(codeUpdate('HACKED'))))).toBe('FORBIDDEN');
      expect(reasonOf(() => olga.session.sync('shared', step2Frame(codeUpdate('HACKED'))))).toBe('FORBIDDEN');
      // Through the client's own doc, too.
      olga.code.insert(0, 'HACKED ');
      pump();
      expect(olga.refusals.map((e) => e.reason)).toEqual(['FORBIDDEN']);

      expect(roomCode()).toBe('original');
      expect(Y.encodeStateVector(room.docs.shared)).toEqual(before);
      expect(onUpdate).not.toHaveBeenCalled();
      expect(alice.syncFrames.length).toBe(aliceFrames);
      expect(alice.code.toString()).toBe('original');
    });

    it('lets an observer read (sync step 1)', () => {
      const alice = join('Alice', 'candidate');
      pump();
      alice.code.insert(0, 'visible');
      pump();
      const olga = join('Olga', 'observer');
      pump();
      expect(olga.refusals).toEqual([]);
      expect(olga.code.toString()).toBe('visible');
    });

    it("refuses a candidate's and an observer's private-doc frames (FORBIDDEN)", () => {
      const ivy = join('Ivy', 'interviewer');
      pump();
      ivy.notes.insert(0, 'secret');
      pump();
      for (const role of ['candidate', 'observer'] as const) {
        const nosy = join(`Nosy ${role}`, role);
        pump();
        const step1 = encoding.createEncoder();
        syncProtocol.writeSyncStep1(step1, nosy.privateDoc);
        expect(reasonOf(() => nosy.session.sync('private', encoding.toUint8Array(step1)))).toBe('FORBIDDEN');
        expect(reasonOf(() => nosy.session.sync('private', updateFrame(codeUpdate('forged', interviewerNotes))))).toBe(
          'FORBIDDEN',
        );
        // Even a malformed frame is refused for the role first.
        expect(reasonOf(() => nosy.session.sync('private', new Uint8Array(0)))).toBe('FORBIDDEN');
        expect(nosy.privateFramesReceived()).toBe(0);
      }
      expect(roomNotes()).toBe('secret');
    });

    it('sends private-doc updates to interviewers only', () => {
      const ivy = join('Ivy', 'interviewer');
      const ivan = join('Ivan', 'interviewer');
      const alice = join('Alice', 'candidate');
      const olga = join('Olga', 'observer');
      pump();
      ivy.notes.insert(0, 'jumped to code');
      ivy.code.insert(0, 'shared text');
      pump();
      expect(ivan.notes.toString()).toBe('jumped to code');
      expect(ivan.privateFramesReceived()).toBeGreaterThan(0);
      expect(roomNotes()).toBe('jumped to code');
      for (const peer of [alice, olga]) {
        expect(peer.privateFramesReceived(), peer.name).toBe(0);
        expect(peer.notes.toString()).toBe('');
        // The shared doc still reaches them.
        expect(peer.code.toString()).toBe('shared text');
      }
    });
  });

  describe('malformed input', () => {
    it('refuses malformed sync frames (MALFORMED) and keeps working', () => {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const alice = join('Alice', 'candidate');
      pump();
      alice.code.insert(0, 'ok');
      pump();
      onUpdate.mockClear();
      const before = Y.encodeStateAsUpdate(room.docs.shared);

      const bad: [string, Uint8Array][] = [
        ['empty', new Uint8Array(0)],
        ['unknown message type', Uint8Array.of(99, 0)],
        ['truncated varUint', Uint8Array.of(0x80)],
        ['step 1 without a state vector', Uint8Array.of(syncProtocol.messageYjsSyncStep1)],
        ['update without payload', Uint8Array.of(syncProtocol.messageYjsUpdate)],
        ['update shorter than announced', Uint8Array.of(syncProtocol.messageYjsUpdate, 10, 1, 2)],
        ['garbage update', Uint8Array.of(syncProtocol.messageYjsUpdate, 4, 0xff, 0xff, 0xff, 0xff)],
        ['garbage step 2', Uint8Array.of(syncProtocol.messageYjsSyncStep2, 3, 0x05, 0x80, 0x80)],
      ];
      for (const [what, frame] of bad) {
        expect(
          reasonOf(() => alice.session.sync('shared', frame)),
          what,
        ).toBe('MALFORMED');
      }
      expect(Y.encodeStateAsUpdate(room.docs.shared)).toEqual(before);
      expect(onUpdate).not.toHaveBeenCalled();

      alice.code.insert(2, '!');
      pump();
      expect(roomCode()).toBe('ok!');
      consoleError.mockRestore();
    });

    it('refuses malformed awareness frames (MALFORMED)', () => {
      const alice = join('Alice', 'candidate');
      pump();
      for (const frame of [new Uint8Array(0), Uint8Array.of(1), Uint8Array.of(1, 5, 1), Uint8Array.of(0, 0)]) {
        expect(reasonOf(() => alice.session.awareness(frame))).toBe('MALFORMED');
      }
      expect(room.awareness.getStates().size).toBe(0);
    });
  });

  describe('awareness', () => {
    it("accepts a peer's own state and relays it to the others only", () => {
      const alice = join('Alice', 'candidate');
      const ivy = join('Ivy', 'interviewer');
      pump();
      alice.awareness.setLocalState({ user: { name: 'Alice' }, cursor: 4 });
      pump();
      expect(alice.refusals).toEqual([]);
      expect(room.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: 'Alice' }, cursor: 4 });
      expect(ivy.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: 'Alice' }, cursor: 4 });
      expect(alice.awarenessFrames).toEqual([]);
    });

    it("refuses an awareness frame carrying another client's id (FORBIDDEN)", () => {
      const alice = join('Alice', 'candidate');
      const ivy = join('Ivy', 'interviewer');
      pump();
      ivy.awareness.setLocalState({ user: { name: 'Ivy' } });
      pump();

      // Alice forges Ivy's cursor: an awareness of Ivy's client id with a newer clock.
      const forgerDoc = new Y.Doc();
      forgerDoc.clientID = ivy.doc.clientID;
      const forger = new awarenessProtocol.Awareness(forgerDoc);
      forger.setLocalState({ user: { name: 'Ivy (forged)' } });
      forger.setLocalState({ user: { name: 'Ivy (forged)' }, n: 2 });
      forger.setLocalState({ user: { name: 'Ivy (forged)' }, n: 3 });
      const forged = awarenessProtocol.encodeAwarenessUpdate(forger, [ivy.doc.clientID]);
      expect(reasonOf(() => alice.session.awareness(forged))).toBe('FORBIDDEN');

      // Mixed with her own entry, it is refused as a whole.
      alice.awareness.setLocalState({ user: { name: 'Alice' } });
      alice.outbox.length = 0;
      awarenessProtocol.applyAwarenessUpdate(alice.awareness, forged, REMOTE);
      const mixed = awarenessProtocol.encodeAwarenessUpdate(alice.awareness, [alice.doc.clientID, ivy.doc.clientID]);
      expect(reasonOf(() => alice.session.awareness(mixed))).toBe('FORBIDDEN');

      expect(room.awareness.getStates().get(ivy.doc.clientID)).toEqual({ user: { name: 'Ivy' } });
      expect(room.awareness.getStates().has(alice.doc.clientID)).toBe(false);
      forger.destroy();
      forgerDoc.destroy();
    });

    it('sends the current states to a newcomer', () => {
      const alice = join('Alice', 'candidate');
      pump();
      alice.awareness.setLocalState({ user: { name: 'Alice' } });
      pump();
      const ivy = join('Ivy', 'interviewer');
      expect(ivy.awarenessFrames).toHaveLength(1);
      expect(ivy.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: 'Alice' } });
    });
  });

  describe('leaving', () => {
    it('removes the leaver’s awareness state, tells the others and updates the participant list', () => {
      const alice = join('Alice', 'candidate');
      const ivy = join('Ivy', 'interviewer');
      pump();
      alice.awareness.setLocalState({ user: { name: 'Alice' } });
      pump();
      expect(ivy.awareness.getStates().has(alice.doc.clientID)).toBe(true);

      alice.session.leave();
      expect(room.awareness.getStates().has(alice.doc.clientID)).toBe(false);
      expect(ivy.awareness.getStates().has(alice.doc.clientID)).toBe(false);
      expect(ivy.lastParticipants().map((p) => p.name)).toEqual(['Ivy']);
      expect(room.participants().map((p) => p.name)).toEqual(['Ivy']);
      expect(room.participants().length).toBe(1);
      expect(onEmpty).not.toHaveBeenCalled();
    });

    it('keeps the awareness state while another connection of the same client stays', () => {
      const first = join('Alice', 'candidate', { clientId: 4242 });
      const second = join('Alice', 'candidate', { clientId: 4242 });
      pump();
      first.awareness.setLocalState({ user: { name: 'Alice' } });
      pump();
      expect(first.refusals).toEqual([]);
      expect(room.awareness.getStates().get(4242)).toEqual({ user: { name: 'Alice' } });
      first.session.leave();
      expect(room.awareness.getStates().has(4242)).toBe(true);
      second.session.leave();
      expect(room.awareness.getStates().has(4242)).toBe(false);
    });

    it('calls onEmpty once, when the last peer leaves', () => {
      const alice = join('Alice', 'candidate');
      const ivy = join('Ivy', 'interviewer');
      pump();
      alice.session.leave();
      expect(onEmpty).not.toHaveBeenCalled();
      ivy.session.leave();
      expect(onEmpty).toHaveBeenCalledTimes(1);
      expect(onEmpty).toHaveBeenCalledWith(room);
      expect(room.participants().length).toBe(0);
      expect(room.isIdle).toBe(true);
      // Leaving twice changes nothing.
      ivy.session.leave();
      alice.session.leave();
      expect(onEmpty).toHaveBeenCalledTimes(1);
    });

    it('is not idle while an admission is reserved', () => {
      expect(room.isIdle).toBe(true);
      room.reservations++;
      expect(room.isIdle).toBe(false);
      room.reservations--;
      const alice = join('Alice', 'candidate');
      expect(room.isIdle).toBe(false);
      alice.session.leave();
      expect(room.isIdle).toBe(true);
    });
  });

  describe('restore', () => {
    it('applies stored updates without re-persisting or broadcasting them', () => {
      const alice = join('Alice', 'candidate');
      const ivy = join('Ivy', 'interviewer');
      pump();
      const syncBefore = [alice.syncFrames.length, ivy.syncFrames.length];

      const source = new Y.Doc();
      const updates: StoredUpdate[] = [];
      source.on('update', (update: Uint8Array) =>
        updates.push({ roomId: 'room-1', doc: 'shared', update, at: new Date() }),
      );
      codeText(source, SCRATCH_PROBLEM, 'javascript').insert(0, 'restored ');
      codeText(source, SCRATCH_PROBLEM, 'javascript').insert(9, 'code');
      const notesSource = new Y.Doc();
      interviewerNotes(notesSource).insert(0, 'restored notes');
      updates.push({ roomId: 'room-1', doc: 'private', update: Y.encodeStateAsUpdate(notesSource), at: new Date() });

      room.restore(updates);
      expect(roomCode()).toBe('restored code');
      expect(roomNotes()).toBe('restored notes');
      expect(onUpdate).not.toHaveBeenCalled();
      expect([alice.syncFrames.length, ivy.syncFrames.length]).toEqual(syncBefore);

      // Later edits are persisted and broadcast as usual.
      alice.code.insert(0, '> ');
      pump();
      expect(onUpdate).toHaveBeenCalledTimes(1);
      source.destroy();
      notesSource.destroy();
    });

    it('serves restored content to a joining peer', () => {
      const source = new Y.Doc();
      codeText(source, SCRATCH_PROBLEM, 'javascript').insert(0, 'from the database');
      room.restore([{ roomId: 'room-1', doc: 'shared', update: Y.encodeStateAsUpdate(source), at: new Date() }]);
      const bob = join('Bob', 'interviewer');
      pump();
      expect(bob.code.toString()).toBe('from the database');
      expect(onUpdate).not.toHaveBeenCalled();
      source.destroy();
    });

    it('restores nothing from an empty list', () => {
      room.restore([]);
      expect(Y.encodeStateVector(room.docs.shared)).toEqual(Y.encodeStateVector(new Y.Doc()));
      expect(onUpdate).not.toHaveBeenCalled();
    });
  });

  describe('participants', () => {
    it('gives participants distinct colours and reuses a freed one', () => {
      const joined = Array.from({ length: 8 }, (_, i) => join(`P${i}`, i === 0 ? 'interviewer' : 'candidate'));
      const colors = joined.map((p) => p.session.participant.color);
      expect(new Set(colors).size).toBe(8);
      for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/i);

      const freed = joined[3]?.session.participant.color;
      joined[3]?.session.leave();
      const next = join('Next', 'candidate');
      expect(next.session.participant.color).toBe(freed);
      // A ninth still gets a colour.
      expect(join('Ninth', 'observer').session.participant.color).toMatch(/^#[0-9a-f]{6}$/i);
    });

    it('tells everyone the full list on each join', () => {
      const alice = join('Alice', 'candidate', { clientId: 11 });
      const ivy = join('Ivy', 'interviewer', { clientId: 22 });
      expect(alice.participantLists).toHaveLength(2);
      expect(ivy.participantLists).toHaveLength(1);
      expect(alice.lastParticipants()).toEqual([
        expect.objectContaining({ id: 'conn-1', name: 'Alice', role: 'candidate', clientId: 11 }),
        expect.objectContaining({ id: 'conn-2', name: 'Ivy', role: 'interviewer', clientId: 22 }),
      ]);
      expect(ivy.lastParticipants()).toEqual(alice.lastParticipants());
      expect(room.participants()).toEqual(alice.lastParticipants());
    });
  });

  describe('onUpdate', () => {
    it('is called once per applied update with the doc it changed', () => {
      const ivy = join('Ivy', 'interviewer');
      pump();
      expect(onUpdate).not.toHaveBeenCalled();

      ivy.code.insert(0, 'a');
      pump();
      ivy.notes.insert(0, 'n');
      pump();
      ivy.code.insert(1, 'b');
      pump();
      expect(onUpdate.mock.calls.map(([u]) => [u.roomId, u.doc])).toEqual([
        ['room-1', 'shared'],
        ['room-1', 'private'],
        ['room-1', 'shared'],
      ]);
      for (const [u] of onUpdate.mock.calls) expect(u.at).toBeInstanceOf(Date);

      // The persisted updates alone rebuild both docs.
      const shared = new Y.Doc();
      const priv = new Y.Doc();
      for (const [u] of onUpdate.mock.calls) Y.applyUpdate(u.doc === 'shared' ? shared : priv, u.update);
      expect(codeText(shared, SCRATCH_PROBLEM, 'javascript').toString()).toBe('ab');
      expect(interviewerNotes(priv).toString()).toBe('n');
      shared.destroy();
      priv.destroy();
    });

    it('is not called for a frame that changes nothing', () => {
      const alice = join('Alice', 'candidate');
      pump();
      const update = codeUpdate('once');
      alice.session.sync('shared', updateFrame(update));
      expect(onUpdate).toHaveBeenCalledTimes(1);
      // The same update again, and a step 1: nothing new to persist.
      alice.session.sync('shared', updateFrame(update));
      alice.sendStep1('shared');
      pump();
      expect(onUpdate).toHaveBeenCalledTimes(1);
      expect(roomCode()).toBe('once');
    });
  });
});
