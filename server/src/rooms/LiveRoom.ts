import {
  type AssessmentState,
  assertNever,
  assessmentStateOf,
  assessmentViewOf,
  canReadDoc,
  canWriteDoc,
  codeText,
  DOC_NAMES,
  type DocName,
  DryRunError,
  FrameError,
  halfIsOver,
  isRootOf,
  LANGUAGES,
  type Language,
  LIMITS,
  type PadTest,
  type Participant,
  PROTOCOL_VERSION,
  padTestsView,
  type Role,
  type RoomProblem,
  type RoomSnapshot,
  type RunOutput,
  type RunRecord,
  readSyncFrame,
  ServerEvent,
  type ServerToClientEvents,
  type SyncFrame,
  selectedLanguage,
  sessionViewOf,
  step1Of,
  step2Of,
  type TimelineEvent,
  updateFrameOf,
} from '@dryrun/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DocBase, RoomRecord, StoredUpdate } from '../store/Store.ts';
import { vouchAwareness } from './awarenessVouch.ts';
import { ClientIds } from './ClientIds.ts';
import { checkUpdate } from './updateGuard.ts';

type ServerEventName = keyof ServerToClientEvents;

/** Where a room sends things for one participant. The transport adapter implements it. */
export interface PeerSink {
  send<E extends ServerEventName>(event: E, ...args: Parameters<ServerToClientEvents[E]>): void;
}

/** One participant's handle on a room, returned by {@link LiveRoom.join}. */
export interface RoomSession {
  /** The participant as the room shows them now (their name may change). */
  readonly participant: Participant;
  /** Handles a y-protocols sync frame; throws {@link DryRunError} on refusal. */
  sync(doc: DocName, frame: Uint8Array): void;
  /** Handles an awareness frame; throws {@link DryRunError} on refusal. */
  awareness(frame: Uint8Array): void;
  /** Shows the participant under a new (already cleaned) name, to everyone; returns them so. */
  rename(name: string): Participant;
  leave(): void;
}

/** What a room is made of when it loads: its record and everything stored about it. */
export interface RoomFacts {
  record: RoomRecord;
  /** Each doc's compacted state, where it has one: `updates` come after it. */
  bases?: Partial<Record<DocName, DocBase>>;
  updates: readonly StoredUpdate[];
  timeline: TimelineEvent[];
  /** The latest runs, oldest first. */
  runs: RunRecord[];
  problem: RoomProblem | null;
  padTests: PadTest[];
  clientIds: Map<number, Role>;
}

export interface LiveRoomHooks {
  /** Called with every update applied to a doc (to persist it). */
  onUpdate(update: StoredUpdate): void;
  /** Nobody is in the room and nothing is being written for it. */
  onIdle(room: LiveRoom): void;
  /** A hook or a sink failed; the room carries on (one broken peer must not stop the rest). */
  onError(error: unknown): void;
  /** Stores client ids as a link's (see {@link ClientIds}). */
  claimClientIds(ids: readonly number[], link: Role): Promise<void>;
  /**
   * Writes out the updates received so far (before an event is stored, so that the edits it
   * counts are stored first: a crash then cannot keep the event and lose them).
   */
  storeUpdates?(): Promise<void>;
  /** The server's clock (an assessment's deadline is kept by it); the machine's by default. */
  now?(): Date;
}

interface Peer {
  participant: Participant;
  sink: PeerSink;
  /** The Yjs client ids this connection may write with. */
  owned: ReadonlySet<number>;
}

/** A place in the room kept for an admitted connection until it joins (or gives it back). */
export interface Seat {
  readonly link: Role;
  readonly clientId: number;
  /** The Yjs client ids it may write with: its own, and the earlier ones it was granted. */
  readonly owned: ReadonlySet<number>;
}

export interface CommitOptions {
  /**
   * The fact is work on the half's code (a run, a note, a hint, …): refused with FORBIDDEN
   * if the pair swapped roles before its turn to be written came.
   */
  inOpenHalf?: boolean;
}

/** Connections a room takes at once, per link: no link can crowd the others out. */
export type RoomCapacity = Record<Role, number>;

/** A room of 32: a quarter for each participant's link, the rest for observers. */
export function capacityOf(connections: number): RoomCapacity {
  const share = Math.max(2, Math.floor(connections / 4));
  return { interviewer: share, candidate: share, observer: Math.max(1, connections - 2 * share) };
}

const COLORS = ['#e5484d', '#0090ff', '#30a46c', '#f76b15', '#8e4ec6', '#d6409f', '#12a594', '#ad7f58'];

/**
 * A room loaded in memory, and the one place its state changes: its Y.Docs (collaborative
 * content), the awareness of the shared doc, the people connected, and the facts the
 * server vouches for (the timeline, the latest runs, the problem, a blank pad's tests).
 * A joiner gets all of it in one snapshot, in order with the events after it.
 * Transport-agnostic: it talks to participants through {@link PeerSink}s and never imports
 * socket.io. Every access check happens here, so every transport gets them.
 */
export class LiveRoom {
  readonly id: string;
  readonly title: string;
  /** The room as stored when it loaded (its title and token hashes do not change). */
  readonly record: RoomRecord;
  readonly docs: Record<DocName, Y.Doc> = { shared: new Y.Doc(), question: new Y.Doc(), private: new Y.Doc() };
  readonly awareness = new awarenessProtocol.Awareness(this.docs.shared);
  private readonly peers = new Set<Peer>();
  private readonly clientIds: ClientIds;
  private readonly events: TimelineEvent[];
  private runs: RunRecord[];
  private problem: RoomProblem | null;
  private tests: PadTest[];
  /** The last write of a fact: the next one waits for it, so events go out in `seq` order. */
  private writing: Promise<unknown> = Promise.resolve();
  /** Work under way for the room (runs being judged, facts being written): it must stay loaded. */
  private holds = 0;
  /** Admitted connections not joined yet: counted as in the room (it must not unload under them). */
  private readonly seats = new Set<Seat>();
  /** Bytes each doc has taken (its stored state, then every update since): it stops at a size. */
  private readonly docBytes: Record<DocName, number> = { shared: 0, question: 0, private: 0 };
  /** Comings and goings not told yet: sent together once this turn of the event loop ends. */
  private presence: { joined: Participant[]; left: string[] } | null = null;
  /** An assessment's state, read from the timeline when it last grew. */
  private assessment: { events: number; state: AssessmentState } | null = null;
  /** Edits of the shared doc so far, stored ones included: the replay's clock. */
  private sharedEdits: number;
  /** The pair swapped roles: this half is over (its code and facts stay as they are). */
  private swapped: boolean;

  constructor(
    facts: RoomFacts,
    private readonly hooks: LiveRoomHooks,
    private readonly capacity: RoomCapacity = capacityOf(32),
  ) {
    this.record = facts.record;
    this.id = facts.record.id;
    this.title = facts.record.title;
    this.events = [...facts.timeline];
    this.runs = [...facts.runs];
    this.problem = facts.problem;
    this.tests = [...facts.padTests];
    this.clientIds = new ClientIds(facts.clientIds);
    this.swapped = halfIsOver(this.events);
    this.sharedEdits = (facts.bases?.shared?.edits ?? 0) + facts.updates.filter((u) => u.doc === 'shared').length;
    for (const name of DOC_NAMES) {
      const base = facts.bases?.[name]?.state;
      const updates = [...(base ? [base] : []), ...facts.updates.filter((u) => u.doc === name).map((u) => u.update)];
      if (updates.length > 0) Y.applyUpdate(this.docs[name], Y.mergeUpdates(updates), RESTORE);
      this.dropPending(name);
      this.docBytes[name] = updates.length > 0 ? Y.encodeStateAsUpdate(this.docs[name]).byteLength : 0;
      this.docs[name].on('update', (update: Uint8Array, origin: unknown) => this.relayUpdate(name, update, origin));
    }
    // The server has no cursor of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.relayAwareness);
  }

  get isIdle(): boolean {
    return this.peers.size === 0 && this.seats.size === 0 && this.holds === 0;
  }

  /**
   * How many edits the shared doc has had (each update stored is one): an event made now
   * comes after that many, which is where a replay puts it.
   */
  get edits(): number {
    return this.sharedEdits;
  }

  /** Every fact so far, oldest first. */
  get timeline(): readonly TimelineEvent[] {
    return this.events;
  }

  get problemSlug(): string | null {
    return this.problem?.slug ?? null;
  }

  get padTests(): readonly PadTest[] {
    return this.tests;
  }

  participants(): Participant[] {
    return [...this.peers].map((p) => p.participant);
  }

  /**
   * Keeps a seat for a connection of `link` joining with `clientId` (and `prior` ids of its
   * earlier page loads). Refused with `ROOM_FULL` past the link's share of the room, and
   * with `CLIENT_ID_TAKEN` for an id a connection here uses or is about to (the issue of a
   * second editor with one id), or one not the link's to use ({@link ClientIds}). New claims
   * are stored before the seat is given; links that cannot write claim nothing.
   */
  admit(link: Role, clientId: number, prior: readonly number[]): Promise<Seat> {
    return this.serially(async () => {
      const taken = [...this.peers].filter((p) => p.participant.role === link).length;
      const waiting = [...this.seats].filter((s) => s.link === link).length;
      if (taken + waiting >= this.capacity[link]) {
        throw new DryRunError(
          'ROOM_FULL',
          `This room takes ${this.capacity[link]} connections on the ${link} link at once, and has them.`,
        );
      }
      const inUse = (id: number) =>
        [...this.peers].some((p) => p.participant.clientId === id) || [...this.seats].some((s) => s.clientId === id);
      if (inUse(clientId)) {
        throw new DryRunError(
          'CLIENT_ID_TAKEN',
          'Another connection in this room uses this editor id; join with a new one.',
        );
      }
      const writer = canWriteDoc(link, 'shared');
      const used = (id: number) => DOC_NAMES.some((name) => Y.getState(this.docs[name].store, id) > 0);
      const { granted, claims } = this.clientIds.grant(link, clientId, writer ? prior : [], used);
      if (writer) {
        await this.hooks.claimClientIds(claims, link);
        this.clientIds.record(claims, link);
      }
      const seat: Seat = { link, clientId, owned: new Set(writer ? granted : []) };
      this.seats.add(seat);
      return seat;
    });
  }

  /** Gives back a seat that will not be joined (its connection closed first). */
  release(seat: Seat): void {
    if (this.seats.delete(seat) && this.isIdle) this.hooks.onIdle(this);
  }

  /**
   * Puts an admitted connection in its seat: it gets the snapshot, then everyone else hears
   * it joined.
   */
  join(seat: Seat, who: { id: string; name: string }, sink: PeerSink): RoomSession {
    this.seats.delete(seat);
    const participant: Participant = { ...who, role: seat.link, clientId: seat.clientId, color: this.freeColor() };
    const peer: Peer = { participant, sink, owned: seat.owned };
    this.peers.add(peer);
    this.guard(() => sink.send(ServerEvent.snapshot, this.snapshotFor(peer)));
    const cursors = [...this.awareness.getStates().keys()];
    if (cursors.length > 0) {
      this.guard(() =>
        sink.send(ServerEvent.awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, cursors)),
      );
    }
    this.announce({ joined: participant });
    return {
      get participant() {
        return peer.participant;
      },
      sync: (doc, frame) => this.handleSync(peer, doc, frame),
      awareness: (frame) => this.handleAwareness(peer, frame),
      rename: (name) => this.rename(peer, name),
      leave: () => this.leave(peer),
    };
  }

  /**
   * A participant's new name, for everyone (the renamer too, whose own entry it is). Their
   * cursor takes it with their next awareness frame, which is vouched with the new name.
   */
  private rename(peer: Peer, name: string): Participant {
    peer.participant = { ...peer.participant, name };
    this.broadcast(ServerEvent.joined, [[peer.participant]]);
    return peer.participant;
  }

  private snapshotFor({ participant, owned }: Peer): RoomSnapshot {
    return {
      protocolVersion: PROTOCOL_VERSION,
      roomId: this.id,
      title: this.title,
      role: participant.role,
      self: participant,
      clientIds: [...owned],
      participants: this.participants(),
      problem: this.problem,
      timeline: [...this.events],
      runs: [...this.runs],
      padTests: padTestsView(this.tests, participant.role),
      assessment: this.record.assessment ? assessmentViewOf(this.record.assessment) : null,
      session: sessionViewOf(this.record.session, this.events),
      now: this.now().toISOString(),
    };
  }

  private now(): Date {
    return this.hooks.now?.() ?? new Date();
  }

  /** Where the room's assessment stands; null for a pair room. */
  get assessmentState(): AssessmentState | null {
    if (!this.record.assessment) return null;
    if (this.assessment?.events !== this.events.length) {
      this.assessment = { events: this.events.length, state: assessmentStateOf(this.events) };
    }
    return this.assessment.state;
  }

  private assertHalfOpen(): void {
    if (this.swapped) {
      throw new DryRunError('FORBIDDEN', 'The roles were swapped: this half is over, and its code is kept as it was.');
    }
  }

  /** Whether the pair swapped roles: this half is over, and the session goes on in the next room. */
  get halfIsOver(): boolean {
    return this.swapped;
  }

  /**
   * Refuses work on the room's code (edits, runs, notes, claims, hints) while it is closed:
   * an assessment before its start, and from its deadline (or its end) on; a half of a pair
   * session once its pair swapped roles. A pair room is otherwise always open.
   */
  assertOpen(): void {
    this.assertHalfOpen();
    const state = this.assessmentState;
    if (state === null || (state.phase === 'running' && this.now() < new Date(state.deadline))) return;
    throw new DryRunError(
      'FORBIDDEN',
      state.phase === 'ready'
        ? 'The assessment has not started yet: press Start first.'
        : 'The assessment has ended: its code is kept as it was judged.',
    );
  }

  private handleSync(peer: Peer, doc: DocName, frame: Uint8Array): void {
    const { role } = peer.participant;
    if (!canReadDoc(role, doc)) throw new DryRunError('FORBIDDEN', `Your role cannot open the ${doc} document.`);
    let message: SyncFrame;
    try {
      message = readSyncFrame(frame);
    } catch (error) {
      if (error instanceof FrameError) throw new DryRunError('MALFORMED', error.message);
      throw error;
    }
    const target = this.docs[doc];
    switch (message.type) {
      case 'step1': {
        try {
          Y.decodeStateVector(message.stateVector);
        } catch {
          throw new DryRunError('MALFORMED', 'The state vector could not be decoded.');
        }
        // Past the client's bytes: a failure from here on is the server's.
        peer.sink.send(ServerEvent.sync, doc, step2Of(target, message.stateVector));
        // Ask back for what the client has and we lack (edits made offline).
        peer.sink.send(ServerEvent.sync, doc, step1Of(target));
        return;
      }
      case 'step2':
      case 'update': {
        if (!canWriteDoc(role, doc)) throw new DryRunError('FORBIDDEN', `Your role cannot edit the ${doc} document.`);
        if ((doc === 'shared' && this.record.assessment) || (doc !== 'private' && this.swapped)) {
          // Nothing new (a joining client answering the server's step 1): nothing to refuse.
          if (addsNothing(target, message.update)) return;
          this.assertOpen();
        }
        if (this.docBytes[doc] + message.update.byteLength > LIMITS.maxDocBytes) {
          throw new DryRunError('PAYLOAD_TOO_LARGE', `The ${doc} document is full; the room takes no more of it.`);
        }
        const check = checkUpdate(target, message.update, peer.owned, (name) => isRootOf(doc, name));
        if (!check.ok) throw new DryRunError(check.reason, check.message);
        this.docBytes[doc] += message.update.byteLength;
        // Past the guard, a throw or anything left pending is the guard's miss: a server fault.
        Y.applyUpdate(target, message.update, peer);
        if (this.dropPending(doc)) throw new Error(`an update the guard passed left ${doc} with pending items`);
        return;
      }
      default:
        assertNever(message);
    }
  }

  /**
   * Forgets what Yjs holds back in a doc, waiting for an anchor: never to be applied later,
   * unchecked. (Protocol 2 let such updates in; the guard keeps new ones out.) True if any.
   */
  private dropPending(name: DocName): boolean {
    const { store } = this.docs[name];
    if (store.pendingStructs === null && store.pendingDs === null) return false;
    store.pendingStructs = null;
    store.pendingDs = null;
    this.hooks.onError(new Error(`dropped pending items of the ${name} doc of room ${this.id}`));
    return true;
  }

  private handleAwareness(peer: Peer, frame: Uint8Array): void {
    // Observers watch: nobody is shown a cursor of theirs.
    if (peer.participant.role === 'observer') {
      throw new DryRunError('FORBIDDEN', 'An observer has no cursor to share.');
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, vouchAwareness(frame, peer.participant), peer);
  }

  private leave(peer: Peer): void {
    if (this.drop(peer) && this.isIdle) this.hooks.onIdle(this);
  }

  /** Takes a peer out and tells everyone; false if it had left already. */
  private drop(peer: Peer): boolean {
    if (!this.peers.delete(peer)) return false;
    const { clientId, id } = peer.participant;
    const stillHere = [...this.peers].some((p) => p.participant.clientId === clientId);
    if (!stillHere && this.awareness.getStates().has(clientId)) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], LEAVE);
    }
    this.announce({ left: id });
    return true;
  }

  /**
   * Tells everyone who came and went, together for one turn of the event loop: a storm of
   * joins costs each peer one message a turn, not one per join. A joiner's snapshot may
   * already have someone it then hears of: a client keeps participants by id.
   */
  private announce(change: { joined: Participant } | { left: string }): void {
    if (!this.presence) {
      const presence = { joined: [] as Participant[], left: [] as string[] };
      this.presence = presence;
      setImmediate(() => {
        this.presence = null;
        for (const peer of this.peers) {
          // A joiner's snapshot has everyone up to itself; it does not hear of itself.
          const joined = presence.joined.filter((p) => p !== peer.participant);
          if (joined.length > 0) this.guard(() => peer.sink.send(ServerEvent.joined, joined));
        }
        if (presence.left.length > 0) this.broadcast(ServerEvent.left, [{ ids: presence.left }]);
      });
    }
    if ('joined' in change) this.presence.joined.push(change.joined);
    else this.presence.left.push(change.left);
  }

  /**
   * Puts a fact on the room's timeline. `write` stores it (with whatever goes with it) and
   * returns the numbered event, or null when it happened already. Writes run one at a time,
   * so everyone hears events in `seq` order: `apply` updates the room's state (and tells
   * those who need to know) just before the event goes out. The room stays loaded meanwhile.
   * `write` gets the shared doc's {@link edits} as they were when `commit` was called: the
   * event's place among the edits (for a run, the moment its code was taken).
   */
  commit(
    write: (edits: number) => Promise<TimelineEvent | null>,
    apply?: (event: TimelineEvent) => void,
    { inOpenHalf = false }: CommitOptions = {},
  ): Promise<TimelineEvent | null> {
    const edits = this.sharedEdits;
    return this.serially(async () => {
      // Checked in turn with the writes: a request that came in as the swap was being written follows it.
      if (inOpenHalf) this.assertHalfOpen();
      await this.hooks.storeUpdates?.();
      const event = await write(edits);
      if (!event) return null;
      this.events.push(event);
      if (event.kind === 'swapped') this.swapped = true;
      if (apply) this.guard(() => apply(event));
      this.broadcast(ServerEvent.event, [event]);
      return event;
    });
  }

  /** Keeps the room loaded until the returned function is called (a run being judged). */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      if (this.isIdle) this.hooks.onIdle(this);
    };
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const release = this.hold();
    const done = this.writing.then(work).finally(release);
    this.writing = done.catch(() => {});
    return done;
  }

  /** The room's problem changed (a `problem` event is on its way): everyone gets the new one. */
  showProblem(problem: RoomProblem | null): void {
    this.problem = problem;
    this.broadcast(ServerEvent.problem, [problem]);
  }

  /** The blank pad's tests changed: each participant gets them as their role may see them. */
  showPadTests(tests: readonly PadTest[]): void {
    this.tests = [...tests];
    for (const peer of this.peers) {
      this.guard(() => peer.sink.send(ServerEvent.padTests, padTestsView(this.tests, peer.participant.role)));
    }
  }

  /** A run started or finished: kept among the latest, and everyone gets its record. */
  showRun(phase: 'started' | 'finished', record: RunRecord): void {
    const index = this.runs.findIndex((r) => r.id === record.id);
    if (index === -1) this.runs = [...this.runs, record].slice(-LIMITS.runHistoryLength);
    else this.runs = this.runs.with(index, record);
    this.broadcast(phase === 'started' ? ServerEvent.runStarted : ServerEvent.runFinished, [record]);
  }

  /** A running program wrote these lines (not a fact: `run:finished` will have them all). */
  showRunOutput(output: RunOutput): void {
    this.broadcast(ServerEvent.runOutput, [output]);
  }

  /** The code of a problem in the language the room has selected, as it is right now. */
  currentCode(problem: string): { language: Language; code: string } {
    const language = selectedLanguage(this.docs.shared, problem);
    return { language, code: codeText(this.docs.shared, problem, language).toString() };
  }

  /**
   * Writes a problem's starter code into the shared doc, in each language whose code is
   * still empty (the server writes it, so two people opening a problem never get it twice).
   * Persisted and relayed like any edit; whether it was done before is on the timeline.
   */
  seedCode(problem: string, starter: Record<Language, string>): void {
    this.docs.shared.transact(() => {
      for (const language of LANGUAGES) {
        const text = codeText(this.docs.shared, problem, language);
        if (text.length === 0 && starter[language]) text.insert(0, starter[language]);
      }
    }, SEED);
  }

  /** Runs a hook or a sink call; its failure is reported, never thrown into Yjs. */
  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.hooks.onError(error);
    }
  }

  private broadcast<E extends ServerEventName>(
    event: E,
    args: Parameters<ServerToClientEvents[E]>,
    to: (peer: Peer) => boolean = () => true,
  ): void {
    for (const peer of this.peers) if (to(peer)) this.guard(() => peer.sink.send(event, ...args));
  }

  private relayUpdate(doc: DocName, update: Uint8Array, origin: unknown): void {
    if (origin === RESTORE) return;
    if (doc === 'shared') this.sharedEdits++;
    // These run inside Yjs' update event: a throw here would surface in handleSync as a
    // decoding error and skip the peers after the failing one.
    this.guard(() => this.hooks.onUpdate({ roomId: this.id, doc, update, at: new Date() }));
    const frame = updateFrameOf(update);
    this.broadcast(ServerEvent.sync, [doc, frame], (peer) => peer !== origin && canReadDoc(peer.participant.role, doc));
  }

  private readonly relayAwareness = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = changes.added.concat(changes.updated, changes.removed);
    if (changed.length === 0) return;
    const frame = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    this.broadcast(ServerEvent.awareness, [frame], (peer) => peer !== origin);
  };

  private freeColor(): string {
    const used = new Set([...this.peers].map((p) => p.participant.color));
    return COLORS.find((c) => !used.has(c)) ?? COLORS[this.peers.size % COLORS.length] ?? '#888';
  }

  destroy(): void {
    this.awareness.destroy();
    for (const name of DOC_NAMES) this.docs[name].destroy();
  }
}

/**
 * Whether an update holds nothing `doc` lacks: no item it has not got, no deletion it has not
 * made (a client answering the server's step 1 sends its whole delete set, known or not).
 */
function addsNothing(doc: Y.Doc, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  const { structs, ds } = decoded;
  if (structs.some((struct) => struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client))) return false;
  if (ds.clients.size === 0) return true;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (let at = clock; at < clock + len; at++) if (!Y.isDeleted(deleted, Y.createID(client, at))) return false;
    }
  }
  return true;
}

/** Transaction origins of the server's own changes. */
const RESTORE = Symbol('restore');
const SEED = Symbol('seed');
const LEAVE = Symbol('leave');
