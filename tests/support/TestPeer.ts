import {
  ClientEvent,
  type ClientToServerEvents,
  type ComplexityClaim,
  claimLog,
  codeText,
  type DocName,
  type ErrorPayload,
  type FeedbackStatus,
  type HintRecord,
  interviewerNotes,
  isErrorPayload,
  type PadTestsView,
  type Participant,
  PROTOCOL_VERSION,
  type Rejection,
  type RoomProblem,
  type RunOutput,
  type RunRecord,
  type RunReply,
  type RunRequest,
  SCRATCH_PROBLEM,
  ServerEvent,
  type ServerToClientEvents,
  SOCKET_PATH,
  type ThinkAloudNote,
  thinkAloudLog,
  type Welcome,
} from '@dryrun/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { io, type Socket } from 'socket.io-client';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
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
}

const REMOTE = Symbol('remote');

/** The error a refused join rejects with. */
export class JoinRefused extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(`${payload.reason}: ${payload.message}`);
  }
}

/**
 * A protocol-level client written from shared/PROTOCOL.md, independent of the browser
 * app: integration tests and the sync benchmark use it to talk to a real server.
 */
/** The client events answered through an acknowledgement, and their replies. */
type RequestEvent = Exclude<keyof ClientToServerEvents, typeof ClientEvent.sync | typeof ClientEvent.awareness>;
type ReplyOf<E extends RequestEvent> = ClientToServerEvents[E] extends (
  request: never,
  ack: (reply: infer R) => void,
) => void
  ? R
  : never;

export class TestPeer {
  readonly doc = new Y.Doc();
  readonly privateDoc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly rejections: Rejection[] = [];
  readonly receivedPrivateFrames: Uint8Array[] = [];
  participants: Participant[] = [];
  /** Every `room:problem` received, in order. */
  readonly receivedProblems: Array<RoomProblem | null> = [];
  /** Every run event received, in order. */
  readonly runEvents: Array<{ event: 'history' | 'started' | 'finished'; runs: RunRecord[] }> = [];
  /** Every hint event received, in order. */
  readonly hintEvents: Array<{ event: 'history' | 'revealed'; hints: HintRecord[] }> = [];
  /** Every `feedback:status` received, in order. */
  readonly feedbackEvents: FeedbackStatus[] = [];
  /** Every `padTests` view received, in order. */
  readonly padTestViews: PadTestsView[] = [];
  /** Every `run:output` received, in order, with when it came. */
  readonly runOutputs: Array<RunOutput & { at: number }> = [];
  welcome!: Welcome;
  synced = false;
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  private constructor(
    url: string,
    private readonly options: PeerOptions,
  ) {
    this.socket = io(url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: {
        protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION,
        roomId: options.roomId,
        token: options.token,
        name: options.name ?? 'Test peer',
        clientId: this.doc.clientID,
      },
    });
    this.socket.on(ServerEvent.participants, (list) => {
      this.participants = list;
    });
    this.socket.on(ServerEvent.rejected, (r) => this.rejections.push(r));
    this.socket.on(ServerEvent.problem, (problem) => this.receivedProblems.push(problem));
    this.socket.on(ServerEvent.runHistory, (runs) => this.runEvents.push({ event: 'history', runs }));
    this.socket.on(ServerEvent.runStarted, (run) => this.runEvents.push({ event: 'started', runs: [run] }));
    this.socket.on(ServerEvent.runFinished, (run) => this.runEvents.push({ event: 'finished', runs: [run] }));
    this.socket.on(ServerEvent.hintHistory, (hints) => this.hintEvents.push({ event: 'history', hints }));
    this.socket.on(ServerEvent.hintRevealed, (hint) => this.hintEvents.push({ event: 'revealed', hints: [hint] }));
    this.socket.on(ServerEvent.feedback, (status) => this.feedbackEvents.push(status));
    this.socket.on(ServerEvent.padTests, (view) => this.padTestViews.push(view));
    this.socket.on(ServerEvent.runOutput, (output) => this.runOutputs.push({ ...output, at: Date.now() }));
    this.socket.on(ServerEvent.sync, (name, frame) => this.onSync(name, new Uint8Array(frame)));
    this.socket.on(ServerEvent.awareness, (frame) =>
      awarenessProtocol.applyAwarenessUpdate(this.awareness, new Uint8Array(frame), REMOTE),
    );
    for (const [name, doc] of [
      ['shared', this.doc],
      ['private', this.privateDoc],
    ] as const) {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE || !this.socket.connected) return;
        const encoder = encoding.createEncoder();
        syncProtocol.writeUpdate(encoder, update);
        this.socket.emit(ClientEvent.sync, name, encoding.toUint8Array(encoder));
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

  /** Connects and resolves once welcomed; rejects with {@link JoinRefused} when refused. */
  static connect(url: string, options: PeerOptions): Promise<TestPeer> {
    const peer = new TestPeer(url, options);
    return new Promise((resolve, reject) => {
      peer.socket.once(ServerEvent.welcome, (welcome) => {
        peer.welcome = welcome;
        peer.sendStep1('shared');
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

  /** The scratch JavaScript file, where the room's code lives by default. */
  get code(): Y.Text {
    return codeText(this.doc, SCRATCH_PROBLEM, 'javascript');
  }

  /** The code of a problem in one language. */
  codeOf(problem: string, language: 'javascript' | 'typescript' = 'javascript'): Y.Text {
    return codeText(this.doc, problem, language);
  }

  get notes(): Y.Text {
    return interviewerNotes(this.privateDoc);
  }

  /** The think-aloud log as this peer's copy of the shared doc has it. */
  get thinkAloud(): ThinkAloudNote[] {
    return thinkAloudLog(this.doc).toArray();
  }

  get claims(): ComplexityClaim[] {
    return claimLog(this.doc).toArray();
  }

  /** Sends an acknowledged request and resolves with the acknowledgement. */
  ask<E extends RequestEvent>(event: E, request: Parameters<ClientToServerEvents[E]>[0]): Promise<ReplyOf<E>> {
    return (
      this.socket.timeout(10_000) as unknown as { emitWithAck(e: string, r: unknown): Promise<never> }
    ).emitWithAck(event, request);
  }

  sendStep1(name: DocName): void {
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, name === 'shared' ? this.doc : this.privateDoc);
    this.socket.emit(ClientEvent.sync, name, encoding.toUint8Array(encoder));
  }

  private onSync(name: DocName, frame: Uint8Array): void {
    if (name === 'private') this.receivedPrivateFrames.push(frame);
    const doc = name === 'shared' ? this.doc : this.privateDoc;
    const reply = encoding.createEncoder();
    const type = syncProtocol.readSyncMessage(decoding.createDecoder(frame), reply, doc, REMOTE);
    if (type === syncProtocol.messageYjsSyncStep2 && name === 'shared') this.synced = true;
    if (encoding.length(reply) > 0 && (this.options.answerStep1 ?? true)) {
      this.socket.emit(ClientEvent.sync, name, encoding.toUint8Array(reply));
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
