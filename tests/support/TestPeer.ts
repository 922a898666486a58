import {
  assertNever,
  ClientEvent,
  type ClientToServerEvents,
  type ComplexityClaim,
  canWriteDoc,
  claimsOf,
  codeText,
  DOC_NAMES,
  type DocName,
  type ErrorPayload,
  type FeedbackStatus,
  feedbackOf,
  type HintRecord,
  hintsOf,
  interviewerNotes,
  isErrorPayload,
  notesOf,
  ownStep2Of,
  type PadTestsView,
  type Participant,
  PROTOCOL_VERSION,
  padQuestion,
  type Rejection,
  type RoomProblem,
  type RoomSnapshot,
  type RunOutput,
  type RunRecord,
  type RunReply,
  type RunRequest,
  readSyncFrame,
  SCRATCH_PROBLEM,
  ServerEvent,
  type ServerToClientEvents,
  SOCKET_PATH,
  step1Of,
  type ThinkAloudNote,
  type TimelineEvent,
  updateFrameOf,
} from '@dryrun/shared';
import { io, type Socket } from 'socket.io-client';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';

export interface PeerOptions {
  roomId: string;
  token: string;
  name?: string;
  protocolVersion?: number;
  /** Also sync the private doc (interviewers). */
  openPrivate?: boolean;
  /** Answer the server's step 1 (off for observers, as the real client does). */
  answerStep1?: boolean;
  /** Join with this Yjs client id (every doc uses it) instead of a random one. */
  clientId?: number;
  /** Client ids of earlier page loads to name at join. */
  priorClientIds?: number[];
  /** Extra HTTP headers of the handshake (e.g. `X-Forwarded-For` behind a trusted proxy). */
  headers?: Record<string, string>;
}

const REMOTE = Symbol('remote');

/** The error a refused join rejects with. */
export class JoinRefused extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(`${payload.reason}: ${payload.message}`);
  }
}

/** The client events answered through an acknowledgement, and their replies. */
type RequestEvent = Exclude<keyof ClientToServerEvents, typeof ClientEvent.sync | typeof ClientEvent.awareness>;
type ReplyOf<E extends RequestEvent> = ClientToServerEvents[E] extends (
  request: never,
  ack: (reply: infer R) => void,
) => void
  ? R
  : never;

/**
 * A protocol-level client written from shared/PROTOCOL.md, independent of the browser
 * app: integration tests and the benchmarks use it to talk to a real server. Its docs all
 * carry one client id, as the protocol asks.
 */
export class TestPeer {
  readonly docs: Record<DocName, Y.Doc> = { shared: new Y.Doc(), question: new Y.Doc(), private: new Y.Doc() };
  readonly awareness: awarenessProtocol.Awareness;
  readonly rejections: Rejection[] = [];
  readonly receivedPrivateFrames: Uint8Array[] = [];
  /** Every message received, in order, as `[event, ...args]`. */
  readonly received: unknown[][] = [];
  participants: Participant[] = [];
  /** The room's problem as the snapshot gave it, then each `room:problem`, in order. */
  readonly receivedProblems: Array<RoomProblem | null> = [];
  /** The snapshot's runs ('history'), then every run event, in order. */
  readonly runEvents: Array<{ event: 'history' | 'started' | 'finished'; runs: RunRecord[] }> = [];
  /** The snapshot's pad tests, then every `padTests` view, in order. */
  readonly padTestViews: PadTestsView[] = [];
  /** Every `run:output` received, in order, with when it came. */
  readonly runOutputs: Array<RunOutput & { at: number }> = [];
  /** The room's timeline: the snapshot's, then each `room:event`. */
  timeline: TimelineEvent[] = [];
  snapshot!: RoomSnapshot;
  synced = false;
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  private constructor(
    url: string,
    private readonly options: PeerOptions,
  ) {
    const clientId = options.clientId ?? this.docs.shared.clientID;
    for (const doc of Object.values(this.docs)) doc.clientID = clientId;
    this.awareness = new awarenessProtocol.Awareness(this.docs.shared);
    this.socket = io(url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      ...(options.headers ? { extraHeaders: options.headers } : {}),
      auth: {
        protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION,
        roomId: options.roomId,
        token: options.token,
        name: options.name ?? 'Test peer',
        clientId,
        priorClientIds: options.priorClientIds ?? [],
      },
    });
    this.socket.onAny((event: string, ...args: unknown[]) => this.received.push([event, ...args]));
    this.socket.on(ServerEvent.snapshot, (snapshot) => {
      this.snapshot = snapshot;
      this.participants = snapshot.participants;
      this.timeline = [...snapshot.timeline];
      this.receivedProblems.push(snapshot.problem);
      this.runEvents.push({ event: 'history', runs: snapshot.runs });
      this.padTestViews.push(snapshot.padTests);
    });
    this.socket.on(ServerEvent.joined, (joined) => {
      const known = new Set(joined.map((p) => p.id));
      this.participants = [...this.participants.filter((p) => !known.has(p.id)), ...joined];
    });
    this.socket.on(ServerEvent.left, ({ ids }) => {
      this.participants = this.participants.filter((p) => !ids.includes(p.id));
    });
    this.socket.on(ServerEvent.event, (event) => this.timeline.push(event));
    this.socket.on(ServerEvent.rejected, (r) => this.rejections.push(r));
    this.socket.on(ServerEvent.problem, (problem) => this.receivedProblems.push(problem));
    this.socket.on(ServerEvent.runStarted, (run) => this.runEvents.push({ event: 'started', runs: [run] }));
    this.socket.on(ServerEvent.runFinished, (run) => this.runEvents.push({ event: 'finished', runs: [run] }));
    this.socket.on(ServerEvent.padTests, (view) => this.padTestViews.push(view));
    this.socket.on(ServerEvent.runOutput, (output) => this.runOutputs.push({ ...output, at: Date.now() }));
    this.socket.on(ServerEvent.sync, (name, frame) => this.onSync(name, new Uint8Array(frame)));
    this.socket.on(ServerEvent.awareness, (frame) =>
      awarenessProtocol.applyAwarenessUpdate(this.awareness, new Uint8Array(frame), REMOTE),
    );
    for (const name of DOC_NAMES) {
      this.docs[name].on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE || !this.socket.connected) return;
        this.socket.emit(ClientEvent.sync, name, updateFrameOf(update));
      });
    }
    this.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
      if (origin !== 'local' || !this.socket.connected) return;
      const ids = added.concat(updated).filter((id) => id === this.doc.clientID);
      if (ids.length > 0) {
        this.socket.emit(ClientEvent.awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
      }
    });
  }

  /** Connects and resolves once it has the snapshot; rejects with {@link JoinRefused} when refused. */
  static connect(url: string, options: PeerOptions): Promise<TestPeer> {
    const peer = new TestPeer(url, options);
    return new Promise((resolve, reject) => {
      peer.socket.once(ServerEvent.snapshot, () => {
        peer.sendStep1('shared');
        peer.sendStep1('question');
        if (options.openPrivate) peer.sendStep1('private');
        resolve(peer);
      });
      peer.socket.once('connect_error', (error) => {
        const data = (error as Error & { data?: unknown }).data;
        peer.socket.close();
        reject(isErrorPayload(data) ? new JoinRefused(data) : error);
      });
    });
  }

  /** The shared doc (code and settings). */
  get doc(): Y.Doc {
    return this.docs.shared;
  }

  get privateDoc(): Y.Doc {
    return this.docs.private;
  }

  /** Who this peer is in which room, from its snapshot. */
  get welcome(): RoomSnapshot {
    return this.snapshot;
  }

  /** The scratch JavaScript file, where the room's code lives by default. */
  get code(): Y.Text {
    return codeText(this.doc, SCRATCH_PROBLEM, 'javascript');
  }

  /** The code of a problem in one language. */
  codeOf(problem: string, language: 'javascript' | 'typescript' = 'javascript'): Y.Text {
    return codeText(this.doc, problem, language);
  }

  /** A blank pad's question (the `question` doc). */
  get question(): Y.Text {
    return padQuestion(this.docs.question);
  }

  get notes(): Y.Text {
    return interviewerNotes(this.privateDoc);
  }

  /** The think-aloud log as this peer heard it. */
  get thinkAloud(): ThinkAloudNote[] {
    return notesOf(this.timeline);
  }

  get claims(): ComplexityClaim[] {
    return claimsOf(this.timeline);
  }

  get hints(): HintRecord[] {
    return hintsOf(this.timeline);
  }

  get feedback(): FeedbackStatus {
    return feedbackOf(this.timeline);
  }

  /** Sends an acknowledged request and resolves with the acknowledgement. */
  ask<E extends RequestEvent>(event: E, request: Parameters<ClientToServerEvents[E]>[0]): Promise<ReplyOf<E>> {
    return (
      this.socket.timeout(10_000) as unknown as { emitWithAck(e: string, r: unknown): Promise<never> }
    ).emitWithAck(event, request);
  }

  sendStep1(name: DocName): void {
    this.socket.emit(ClientEvent.sync, name, step1Of(this.docs[name]));
  }

  /** Sends a Yjs update as it is, whatever it holds (for hostile tests). */
  sendUpdate(name: DocName, update: Uint8Array): void {
    this.socket.emit(ClientEvent.sync, name, updateFrameOf(update));
  }

  private onSync(name: DocName, frame: Uint8Array): void {
    if (name === 'private') this.receivedPrivateFrames.push(frame);
    const doc = this.docs[name];
    const message = readSyncFrame(frame);
    switch (message.type) {
      case 'step1':
        // Only for a doc this role writes: anything else is refused (FORBIDDEN).
        if ((this.options.answerStep1 ?? true) && canWriteDoc(this.snapshot.role, name)) {
          const own = new Set(this.snapshot.clientIds);
          this.socket.emit(ClientEvent.sync, name, ownStep2Of(doc, message.stateVector, own));
        }
        return;
      case 'step2':
        Y.applyUpdate(doc, message.update, REMOTE);
        if (name === 'shared') this.synced = true;
        return;
      case 'update':
        Y.applyUpdate(doc, message.update, REMOTE);
        return;
      default:
        assertNever(message);
    }
  }

  /** Asks for a run and resolves with the server's acknowledgement. */
  requestRun(request: RunRequest): Promise<RunReply> {
    return this.socket.timeout(10_000).emitWithAck(ClientEvent.run, request);
  }

  /** Asks for a run and resolves with it once judged; rejects if it is refused or does not finish in time. */
  async runToEnd(request: RunRequest, timeoutMs = 30_000): Promise<RunRecord> {
    const reply = await this.requestRun(request);
    if (!reply.ok) throw new Error(`run refused: ${reply.message}`);
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
      const run = this.finishedRun(reply.runId);
      if (run) return run;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`run ${reply.runId} did not finish within ${timeoutMs} ms`);
  }

  /** The complexity check the server runs after an accepted submission, once it has finished. */
  async followUpCheck(submissionId: string, timeoutMs = 30_000): Promise<RunRecord> {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
      const check = this.runEvents.find((e) => e.event === 'finished' && e.runs[0]?.follows === submissionId)?.runs[0];
      if (check) return check;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no complexity check of submission ${submissionId} finished within ${timeoutMs} ms`);
  }

  /** The run with this id once it has finished, as this peer was told. */
  finishedRun(id: string): RunRecord | undefined {
    return this.runEvents.find((e) => e.event === 'finished' && e.runs[0]?.id === id)?.runs[0];
  }

  /** Sends anything, bypassing the typed API (for malformed-input tests). */
  emitRaw(event: string, ...args: unknown[]): void {
    (this.socket as unknown as { emit(e: string, ...a: unknown[]): void }).emit(event, ...args);
  }

  close(): void {
    this.awareness.destroy();
    this.socket.close();
  }
}
