import {
  type AssessmentState,
  assertNever,
  assessmentStateOf,
  type ClaimRequest,
  ClientEvent,
  type ClientToServerEvents,
  type ComplexityClaim,
  canReadDoc,
  canWriteDoc,
  claimsOf,
  DOC_NAMES,
  type DocName,
  type ErrorPayload,
  type FeedbackStatus,
  feedbackOf,
  type GuideReply,
  type HintRecord,
  hintsOf,
  type IntegritySignal,
  type PhasesRequest,
  isErrorPayload,
  type NoteRequest,
  notesOf,
  type PadTestInput,
  type PadTestsView,
  type Participant,
  PROTOCOL_VERSION,
  type Rejection,
  type Reply,
  type RoomProblem,
  type RoomSnapshot,
  type RunReply,
  type RunRequest,
  readSyncFrame,
  type ScorecardInput,
  ServerEvent,
  type ServerToClientEvents,
  type SessionView,
  sessionOf,
  SOCKET_PATH,
  type SwapAction,
  step1Of,
  type ThinkAloudNote,
  type TimelineEvent,
  ownStep2Of,
  updateFrameOf,
} from '@dryrun/shared';
import { io, type Socket } from 'socket.io-client';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { RunLog } from './RunLog.ts';
import { localRoomMemory, NO_MEMORY, type RoomMemory, type Welcome } from './roomMemory.ts';

/**
 * - `connecting`: first contact with the server.
 * - `connected`: in the room and in sync.
 * - `reconnecting`: the connection dropped; edits are kept locally and sent on reconnect.
 * - `offline`: the browser has no network; same promise as above.
 * - `failed`: the server refused us (bad link, unknown room, old page); see `error`.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'failed';

export interface RoomState {
  status: ConnectionStatus;
  /** Shared doc has been exchanged with the server since the last (re)connect. */
  synced: boolean;
  /** The local copy (IndexedDB) has been loaded. */
  localLoaded: boolean;
  welcome: Welcome | null;
  /**
   * The slug of the room's problem (null: a blank pad): the code key of the editor. From the
   * snapshot at first, then from every `room:problem`, since an interviewer may change it.
   */
  problemSlug: string | null;
  /** The room's problem as last sent by the server; null for a blank pad, or until it arrives. */
  problem: RoomProblem | null;
  participants: Participant[];
  /** Why the server refused to let us in (status `failed`). */
  error: ErrorPayload | null;
  /** The last refused frame (e.g. rate limited), for a transient notice. */
  lastRejection: Rejection | null;
  /** Every fact of the room, oldest first: the snapshot's, then each `room:event`. */
  timeline: readonly TimelineEvent[];
  /** The think-aloud log, from the timeline. */
  notes: readonly ThinkAloudNote[];
  /** Every complexity claim, from the timeline. */
  claims: readonly ComplexityClaim[];
  /** Hints the interviewer has revealed, oldest first, from the timeline. */
  hints: readonly HintRecord[];
  /** Whether the feedback report is ready; null until the server says. */
  feedback: FeedbackStatus | null;
  /** A blank pad's own tests as this person may see them; null until the server says. */
  padTests: PadTestsView | null;
  /** An assessment's state, from the timeline; null in a pair room (or until the server says). */
  assessment: AssessmentState | null;
  /**
   * The two-half session this room is a half of (the snapshot's, with the second half's room
   * once the swap is on the timeline); null for a room of one half.
   */
  session: SessionView | null;
  /** The server's clock minus this browser's, as of the last snapshot: a countdown adds it. */
  clockOffsetMs: number;
}

export interface RoomConnectionOptions {
  roomId: string;
  token: string;
  name: string;
  /** Server origin; defaults to the page's. */
  url?: string;
  /** Keep a local copy in IndexedDB (default true). */
  persistLocally?: boolean;
}

/** The state before anything has happened. */
export const INITIAL_ROOM_STATE: RoomState = {
  status: 'connecting',
  synced: false,
  localLoaded: false,
  welcome: null,
  problemSlug: null,
  problem: null,
  participants: [],
  error: null,
  lastRejection: null,
  timeline: [],
  notes: [],
  claims: [],
  hints: [],
  feedback: null,
  padTests: null,
  assessment: null,
  session: null,
  clockOffsetMs: 0,
};

/** What the room state reads off a timeline. */
function fromTimeline(
  timeline: readonly TimelineEvent[],
  welcome: Welcome | null,
): Pick<RoomState, 'timeline' | 'notes' | 'claims' | 'hints' | 'feedback' | 'assessment' | 'session'> {
  return {
    timeline,
    notes: notesOf(timeline),
    claims: claimsOf(timeline),
    hints: hintsOf(timeline),
    feedback: feedbackOf(timeline),
    assessment: welcome?.assessment ? assessmentStateOf(timeline) : null,
    // A welcome remembered by an older page has no session: a room of one half until the server says.
    session: sessionOf(welcome?.session ?? null, timeline),
  };
}

/**
 * Why a request got no answer from the server: `NOT_CONNECTED` (not in the room, or for a
 * run not in sync, so the server would judge stale code) or `NO_REPLY` (the acknowledgement
 * timed out).
 */
export type Unanswered = { ok: false; reason: 'NOT_CONNECTED' | 'NO_REPLY'; message: string };

/** What became of a run request: the server's reply, or why none came. */
export type RunRequestResult = RunReply | Unanswered;

/** What became of a request: the server's reply, or why none came. */
export type RequestResult<R = Reply> = R | Unanswered;

/** What became of a problem choice. */
export type ProblemChoiceResult = RequestResult;

/** How long a request waits to be in sync (runs), and then for the server's acknowledgement. */
const REPLY_TIMEOUT_MS = 10_000;

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Transaction origin of changes that came from the server. */
const REMOTE = Symbol('remote');

/** How long to wait before resyncing after a refused update, doubling up to the last. */
const RESYNC_DELAYS_MS = [250, 1000, 4000, 15_000];

/**
 * One participant's live connection to a room: the Y.Docs, their local IndexedDB copies,
 * awareness, and the socket that syncs them. UI code subscribes to {@link RoomState};
 * editors bind to {@link RoomConnection.shared} and {@link RoomConnection.question}. Edits
 * are never dropped: while disconnected they stay in the doc and in IndexedDB, and the
 * state-vector exchange on every (re)connect sends whatever the server lacks.
 */
export class RoomConnection {
  readonly shared = new Y.Doc();
  /** A blank pad's question: everyone reads it, interviewers write it. */
  readonly question = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.shared);
  /** The interviewers' private doc; created once the server says we are an interviewer. */
  privateDoc: Y.Doc | null = null;
  /** The room's runs: the snapshot's, then every run as it starts and finishes. */
  readonly runs = new RunLog();

  private state: RoomState = INITIAL_ROOM_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly eventListeners = new Set<(event: TimelineEvent) => void>();
  private readonly socket: ClientSocket;
  private readonly memory: RoomMemory;
  private readonly local: IndexeddbPersistence[] = [];
  private readonly cleanups: Array<() => void> = [];
  private resyncTimer: ReturnType<typeof setTimeout> | undefined;
  /** The timeline is written to local storage a moment after it last changed, not per event. */
  private rememberTimer: ReturnType<typeof setTimeout> | undefined;
  /** Refused updates since the last one the server took: how long the next resync waits. */
  private resyncTries = 0;
  private lastResyncAt = 0;
  /** The client ids our edits may carry, as the server granted them (see `RoomSnapshot`). */
  private ownClientIds: ReadonlySet<number> = new Set();
  /** The name this person goes by: joined with, changed by {@link rename}. */
  private name: string;

  constructor(private readonly options: RoomConnectionOptions) {
    this.name = options.name;
    const persist = options.persistLocally ?? true;
    this.memory = persist ? localRoomMemory(options.roomId, options.token) : NO_MEMORY;
    this.memory.rememberClientId(this.shared.clientID);
    // One client id for every doc: the server knows this connection by it.
    this.question.clientID = this.shared.clientID;
    // Who we were last time, so the editor is usable offline before the server answers.
    const remembered = this.memory.welcome();
    if (remembered) {
      this.state = {
        ...this.state,
        welcome: remembered,
        problemSlug: this.memory.problem()?.slug ?? null,
        problem: this.memory.problem(),
        padTests: this.memory.padTests(),
        ...fromTimeline(this.memory.timeline(), remembered),
      };
      if (canReadDoc(remembered.role, 'private')) this.openPrivateDoc();
    }
    if (persist) {
      const idb = new IndexeddbPersistence(`dryrun:${options.roomId}:shared`, this.shared);
      idb.whenSynced.then(() => this.update({ localLoaded: true }));
      this.local.push(idb, new IndexeddbPersistence(`dryrun:${options.roomId}:question`, this.question));
    } else {
      this.state = { ...this.state, localLoaded: true };
    }

    this.socket = io(options.url ?? '', {
      path: SOCKET_PATH,
      transports: ['websocket'],
      // Read at every (re)connect: the client id may have changed since (CLIENT_ID_TAKEN).
      auth: (give) =>
        give({
          protocolVersion: PROTOCOL_VERSION,
          roomId: options.roomId,
          token: options.token,
          name: this.name,
          clientId: this.shared.clientID,
          priorClientIds: this.memory.clientIds().filter((id) => id !== this.shared.clientID),
        }),
    });
    this.wireSocket();
    this.wireDoc('shared', this.shared);
    this.wireDoc('question', this.question);
    this.awareness.on('update', this.onLocalAwareness);

    const onNetwork = () => {
      if (!navigator.onLine) this.update({ status: 'offline', synced: false });
      else if (!this.socket.connected && this.state.status !== 'failed') this.update({ status: 'reconnecting' });
    };
    window.addEventListener('online', onNetwork);
    window.addEventListener('offline', onNetwork);
    this.cleanups.push(() => {
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
    });
  }

  getState = (): RoomState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Each timeline event as it happens, once the state has it: never those of a snapshot or of
   * this browser's memory, which happened before this page heard of them.
   */
  onLiveEvent = (listener: (event: TimelineEvent) => void): (() => void) => {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  };

  /** Whether this participant may type into the shared doc. */
  get canEdit(): boolean {
    return this.canWrite('shared');
  }

  private canWrite(doc: DocName): boolean {
    const role = this.state.welcome?.role;
    return role !== undefined && canWriteDoc(role, doc);
  }

  /**
   * Asks the server to judge the room's code as it is now. Waits until this client is in
   * sync first, so that whatever was typed offline is on the server before the run reads it.
   * The run itself reaches {@link RoomConnection.runs} like anyone else's.
   */
  async requestRun(request: RunRequest): Promise<RunRequestResult> {
    if (!(await this.whenSynced(REPLY_TIMEOUT_MS))) {
      return {
        ok: false,
        reason: 'NOT_CONNECTED',
        message: 'Not connected to the room; run again once the connection is back.',
      };
    }
    try {
      const reply: RunReply = await this.socket.timeout(REPLY_TIMEOUT_MS).emitWithAck(ClientEvent.run, request);
      return reply;
    } catch {
      return { ok: false, reason: 'NO_REPLY', message: 'The server did not answer the run request; try again.' };
    }
  }

  /**
   * Interviewers: puts a problem of the set (or a blank pad, `null`) in front of the room.
   * The change itself arrives like everyone else's, as `room:problem`.
   */
  setProblem(slug: string | null): Promise<ProblemChoiceResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.setProblem, { slug }));
  }

  /**
   * Adds a note to the think-aloud log. The server stamps it and puts it on the timeline,
   * where it reaches everyone (this client too). Waits to be in sync, so a pinned line means
   * the code the server has.
   */
  addNote(request: NoteRequest): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.note, request), { inSync: true });
  }

  /** States the time and space complexity of the current problem's solution. */
  addClaim(request: ClaimRequest): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.claim, request), { inSync: true });
  }

  /** Interviewers: the current problem's guide (null on a blank pad). */
  getGuide(): Promise<RequestResult<GuideReply>> {
    return this.ask((s) => s.emitWithAck(ClientEvent.guide, {}));
  }

  /** Interviewers: shows hint `index` of the ladder to the room; it arrives as `hint:revealed`. */
  revealHint(index: number): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.revealHint, { index }));
  }

  /** An assessment's candidate: starts the clock. */
  startAssessment(): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.startAssessment, {}));
  }

  /** An assessment's candidate: finishes before the deadline (what is typed is sent first). */
  finishAssessment(): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.finishAssessment, {}), { inSync: true });
  }

  /** An assessment's candidate: what this browser saw (a paste, leaving the page), for the record. */
  recordIntegrity(signal: IntegritySignal): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.integrity, signal));
  }

  /** Interviewers: plans the phase timer (it starts at once), goes to a phase, or stops it. */
  setPhases(request: PhasesRequest): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.phases, request));
  }

  /**
   * The interviewer or the candidate of a pair room: proposes to swap roles, accepts or
   * declines the other's proposal, or withdraws one's own. At acceptance the timeline says
   * `swapped`, with the second half's room.
   */
  swap(action: SwapAction): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.swap, { action }));
  }

  /** Interviewers: submits the scorecard, which then locks. */
  submitScorecard(scorecard: ScorecardInput): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.submitScorecard, scorecard), { inSync: true });
  }

  /** Interviewers: replaces the blank pad's own tests. */
  setPadTests(tests: PadTestInput[]): Promise<RequestResult> {
    return this.ask((s) => s.emitWithAck(ClientEvent.setPadTests, { tests }));
  }

  /**
   * Shows this person under a new name, without leaving the room: everyone (this client too)
   * hears it as `room:joined`. Offline, the next join carries it instead.
   */
  rename(name: string): Promise<RequestResult> {
    this.name = name;
    if (!this.socket.connected) return Promise.resolve({ ok: true });
    return this.ask((s) => s.emitWithAck(ClientEvent.rename, { name }));
  }

  /** Sends an acknowledged request once connected (and in sync when asked); explains a missing answer. */
  private async ask<R>(
    send: (socket: ReturnType<ClientSocket['timeout']>) => Promise<R>,
    { inSync = false }: { inSync?: boolean } = {},
  ): Promise<R | Unanswered> {
    const ready = inSync
      ? await this.whenSynced(REPLY_TIMEOUT_MS)
      : this.socket.connected && this.state.status === 'connected';
    if (!ready) {
      return { ok: false, reason: 'NOT_CONNECTED', message: 'Not connected to the room; try again once it is back.' };
    }
    try {
      return await send(this.socket.timeout(REPLY_TIMEOUT_MS));
    } catch {
      return { ok: false, reason: 'NO_REPLY', message: 'The server did not answer; try again.' };
    }
  }

  /** Resolves true once connected and in sync, false if that does not happen in time. */
  private whenSynced(timeoutMs: number): Promise<boolean> {
    const ready = () => this.state.status === 'connected' && this.state.synced;
    const hopeless = () => this.state.status !== 'connected' && this.state.status !== 'connecting';
    if (ready()) return Promise.resolve(true);
    if (hopeless()) return Promise.resolve(false);
    return new Promise((resolve) => {
      const settle = (ok: boolean) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(ok);
      };
      const timer = setTimeout(() => settle(false), timeoutMs);
      const unsubscribe = this.subscribe(() => {
        if (ready()) settle(true);
        else if (hopeless()) settle(false);
      });
    });
  }

  private update(patch: Partial<RoomState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private wireSocket(): void {
    const s = this.socket;
    s.on(ServerEvent.snapshot, (snapshot) => this.onSnapshot(snapshot));
    s.on(ServerEvent.joined, (joined) => {
      // A participant already listed who "joins" again changed their name: in place.
      const byId = new Map(joined.map((p) => [p.id, p]));
      const kept = this.state.participants.map((p) => byId.get(p.id) ?? p);
      const known = new Set(kept.map((p) => p.id));
      const welcome = this.state.welcome;
      const self = welcome && byId.get(welcome.self.id);
      this.update({
        participants: [...kept, ...joined.filter((p) => !known.has(p.id))],
        ...(welcome && self ? { welcome: { ...welcome, self } } : {}),
      });
    });
    s.on(ServerEvent.left, ({ ids }) => {
      const gone = new Set(ids);
      this.update({ participants: this.state.participants.filter((p) => !gone.has(p.id)) });
    });
    s.on(ServerEvent.problem, (problem) => {
      this.memory.rememberProblem(problem);
      this.update({ problem, problemSlug: problem?.slug ?? null });
    });
    s.on(ServerEvent.event, (event) => {
      const last = this.state.timeline.at(-1)?.seq ?? 0;
      // Events come in order, one past the last; anything else is one heard already.
      if (event.seq <= last) return;
      const timeline = [...this.state.timeline, event];
      this.rememberTimelineSoon();
      this.update(fromTimeline(timeline, this.state.welcome));
      for (const listener of this.eventListeners) listener(event);
    });
    s.on(ServerEvent.runStarted, (run) => this.runs.upsert(run));
    s.on(ServerEvent.runFinished, (run) => this.runs.upsert(run));
    s.on(ServerEvent.runOutput, (output) => this.runs.appendOutput(output));
    s.on(ServerEvent.padTests, (padTests) => {
      this.memory.rememberPadTests(padTests);
      this.update({ padTests });
    });
    s.on(ServerEvent.sync, (docName, frame) => this.onSyncFrame(docName, new Uint8Array(frame)));
    s.on(ServerEvent.awareness, (frame) => {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, new Uint8Array(frame), REMOTE);
    });
    s.on(ServerEvent.rejected, (rejection) => {
      this.update({ lastRejection: rejection });
      // A dropped update is not lost: it is still in our doc. Exchange state vectors again
      // once the server is willing, and it will ask for what it is missing.
      if (rejection.reason === 'RATE_LIMITED' || rejection.reason === 'OUT_OF_SYNC') this.resyncLater();
    });
    s.on('connect_error', (error) => {
      const data = (error as Error & { data?: unknown }).data;
      if (isErrorPayload(data) && data.reason === 'CLIENT_ID_TAKEN') {
        // Another editor uses our id: write under a new one (what we wrote stays ours).
        this.newClientId();
        s.connect();
      } else if (isErrorPayload(data) && (data.reason === 'ROOM_FULL' || data.reason === 'TOO_MANY_CONNECTIONS')) {
        this.update({ status: 'failed', error: data });
      } else if (isErrorPayload(data)) {
        // Refused by the server: what we remembered about this link no longer holds.
        this.memory.forget();
        this.update({ status: 'failed', error: data, welcome: null, problemSlug: null, problem: null });
      } else if (this.state.status !== 'failed') {
        this.update({ status: navigator.onLine ? 'reconnecting' : 'offline', synced: false });
      }
    });
    s.on('disconnect', () => {
      this.update({ status: navigator.onLine ? 'reconnecting' : 'offline', synced: false, participants: [] });
      const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.shared.clientID);
      awarenessProtocol.removeAwarenessStates(this.awareness, others, REMOTE);
    });
  }

  /** The join snapshot: the room as it is now; what follows is what happens after. */
  private onSnapshot(snapshot: RoomSnapshot): void {
    const { protocolVersion, roomId, title, role, self, assessment, session } = snapshot;
    const welcome: Welcome = { protocolVersion, roomId, title, role, self, assessment, session };
    this.memory.rememberWelcome(welcome);
    this.memory.rememberProblem(snapshot.problem);
    this.memory.rememberTimeline(snapshot.timeline);
    this.memory.rememberPadTests(snapshot.padTests);
    this.runs.replace(snapshot.runs);
    this.ownClientIds = new Set(snapshot.clientIds);
    this.update({
      welcome,
      problem: snapshot.problem,
      problemSlug: snapshot.problem?.slug ?? null,
      participants: snapshot.participants,
      padTests: snapshot.padTests,
      ...fromTimeline(snapshot.timeline, welcome),
      clockOffsetMs: Date.parse(snapshot.now) - Date.now(),
      status: 'connected',
      error: null,
      synced: false,
    });
    if (canReadDoc(role, 'private') && !this.privateDoc) this.openPrivateDoc();
    this.resync();
    const local = this.awareness.getLocalState();
    if (local) this.sendAwareness([this.shared.clientID]);
  }

  /** A fresh Yjs client id for every doc (the server refused ours as someone else's). */
  private newClientId(): void {
    const id = new Y.Doc().clientID;
    for (const doc of [this.shared, this.question, this.privateDoc]) if (doc) doc.clientID = id;
    this.memory.rememberClientId(id);
  }

  private rememberTimelineSoon(): void {
    clearTimeout(this.rememberTimer);
    this.rememberTimer = setTimeout(() => this.memory.rememberTimeline(this.state.timeline), 1000);
  }

  private resyncLater(): void {
    clearTimeout(this.resyncTimer);
    // A refusal long after the last one starts the backoff over.
    if (Date.now() - this.lastResyncAt > 60_000) this.resyncTries = 0;
    this.lastResyncAt = Date.now();
    const delay = RESYNC_DELAYS_MS[Math.min(this.resyncTries, RESYNC_DELAYS_MS.length - 1)];
    this.resyncTries++;
    this.resyncTimer = setTimeout(() => this.resync(), delay);
  }

  private openPrivateDoc(): void {
    const doc = new Y.Doc();
    doc.clientID = this.shared.clientID;
    this.privateDoc = doc;
    if (this.options.persistLocally ?? true) {
      this.local.push(new IndexeddbPersistence(`dryrun:${this.options.roomId}:private`, doc));
    }
    this.wireDoc('private', doc);
  }

  private docFor(name: DocName): Y.Doc | null {
    switch (name) {
      case 'shared':
        return this.shared;
      case 'question':
        return this.question;
      case 'private':
        return this.privateDoc;
      default:
        return assertNever(name);
    }
  }

  /** Sends our state vector for each doc; the server answers with what we lack and asks for what it lacks. */
  private resync(): void {
    if (!this.socket.connected) return;
    for (const name of DOC_NAMES) {
      const doc = this.docFor(name);
      if (doc) this.socket.emit(ClientEvent.sync, name, step1Of(doc));
    }
  }

  private onSyncFrame(name: DocName, frame: Uint8Array): void {
    const doc = this.docFor(name);
    if (!doc) return;
    const message = readSyncFrame(frame);
    switch (message.type) {
      case 'step1':
        // What the server lacks of our edits (made offline, or refused before). Only what this
        // connection may write, under our own ids: the server takes nothing else.
        if (this.canWrite(name)) {
          this.socket.emit(ClientEvent.sync, name, ownStep2Of(doc, message.stateVector, this.ownClientIds));
        }
        return;
      case 'step2':
        Y.applyUpdate(doc, message.update, REMOTE);
        if (name === 'shared' && !this.state.synced) this.update({ synced: true });
        return;
      case 'update':
        Y.applyUpdate(doc, message.update, REMOTE);
        return;
      default:
        assertNever(message);
    }
  }

  private wireDoc(name: DocName, doc: Y.Doc): void {
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || !this.socket.connected || !this.canWrite(name)) return;
      this.socket.emit(ClientEvent.sync, name, updateFrameOf(update));
    };
    doc.on('update', onUpdate);
    this.cleanups.push(() => doc.off('update', onUpdate));
  }

  private readonly onLocalAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin !== 'local') return;
    const mine = added.concat(updated, removed).filter((id) => id === this.shared.clientID);
    if (mine.length > 0) this.sendAwareness(mine);
  };

  private sendAwareness(ids: number[]): void {
    // Observers watch: they share no cursor (the server would refuse it).
    if (!this.socket.connected || !this.state.welcome || this.state.welcome.role === 'observer') return;
    this.socket.emit(ClientEvent.awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }

  destroy(): void {
    clearTimeout(this.resyncTimer);
    if (this.rememberTimer !== undefined) {
      clearTimeout(this.rememberTimer);
      this.memory.rememberTimeline(this.state.timeline);
    }
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.shared.clientID], 'local');
    this.awareness.off('update', this.onLocalAwareness);
    for (const cleanup of this.cleanups) cleanup();
    this.socket.disconnect();
    for (const idb of this.local) void idb.destroy();
    this.awareness.destroy();
    this.shared.destroy();
    this.question.destroy();
    this.privateDoc?.destroy();
    this.listeners.clear();
    this.eventListeners.clear();
  }
}
