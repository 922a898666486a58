import {
  awarenessArgsSchema,
  ClientEvent,
  type ClientToServerEvents,
  claimArgsSchema,
  DryRunError,
  type ErrorPayload,
  type GuideReply,
  guideArgsSchema,
  joinRequestSchema,
  LIMITS,
  noteArgsSchema,
  PROTOCOL_VERSION,
  type Reply,
  type RunReply,
  revealHintArgsSchema,
  runArgsSchema,
  ServerEvent,
  type ServerToClientEvents,
  setPadTestsArgsSchema,
  setProblemArgsSchema,
  submitScorecardArgsSchema,
  syncArgsSchema,
} from '@dryrun/shared';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import type { Annotations } from '../interview/Annotations.ts';
import type { Feedback } from '../interview/Feedback.ts';
import type { Hints } from '../interview/Hints.ts';
import type { RoomProblems } from '../problems/RoomProblems.ts';
import type { RoomSession } from '../rooms/LiveRoom.ts';
import type { Admission, RoomService } from '../rooms/RoomService.ts';
import type { PadTests } from '../runs/PadTests.ts';
import type { RunRequester, RunService } from '../runs/RunService.ts';
import { TokenBucket } from './TokenBucket.ts';

interface SocketData {
  admission: Admission;
}

type DryRunServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type DryRunSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** An Error whose `data` socket.io hands to the client's `connect_error`. */
function refusal(payload: ErrorPayload): Error & { data: ErrorPayload } {
  return Object.assign(new Error(payload.message), { data: payload });
}

/**
 * The socket.io transport: authenticates the handshake, validates every inbound frame
 * (schema, size, rate), hands it to the room, and turns refusals into `rejected` events.
 * Holds no room logic of its own.
 */
export interface GatewayServices {
  rooms: RoomService;
  runs: RunService;
  problems: RoomProblems;
  padTests: PadTests;
  annotations: Annotations;
  hints: Hints;
  feedback: Feedback;
}

export function attachGateway(io: DryRunServer, services: GatewayServices, log: Logger): void {
  const { rooms, runs, problems, hints, feedback } = services;
  io.use((socket, next) => {
    const parsed = joinRequestSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      const version = (socket.handshake.auth as { protocolVersion?: unknown } | undefined)?.protocolVersion;
      const reason = typeof version === 'number' && version < PROTOCOL_VERSION ? 'CLIENT_TOO_OLD' : 'MALFORMED';
      log.info({ reason, issues: parsed.error.issues.length }, 'join refused');
      next(refusal({ reason, message: `Bad join request: ${parsed.error.issues[0]?.message ?? 'invalid'}` }));
      return;
    }
    rooms.admit(parsed.data).then(
      (admission) => {
        socket.data.admission = admission;
        next();
      },
      (error: unknown) => {
        const payload = toPayload(error, log);
        log.info({ reason: payload.reason, roomId: parsed.data.roomId }, 'join refused');
        next(refusal(payload));
      },
    );
  });

  io.on('connection', (socket) => {
    const { admission } = socket.data;
    const session = admission.enter(socket.id, {
      sync: (doc, frame) => socket.emit(ServerEvent.sync, doc, frame),
      awareness: (frame) => socket.emit(ServerEvent.awareness, frame),
      participants: (list) => socket.emit(ServerEvent.participants, list),
      run: (phase, record) =>
        socket.emit(phase === 'started' ? ServerEvent.runStarted : ServerEvent.runFinished, record),
      problem: (problem) => socket.emit(ServerEvent.problem, problem),
      hint: (record) => socket.emit(ServerEvent.hintRevealed, record),
      feedback: (status) => socket.emit(ServerEvent.feedback, status),
      padTests: (view) => socket.emit(ServerEvent.padTests, view),
      runOutput: (output) => socket.emit(ServerEvent.runOutput, output),
    });
    socket.emit(ServerEvent.welcome, {
      protocolVersion: PROTOCOL_VERSION,
      roomId: admission.roomId,
      title: admission.title,
      problemSlug: admission.problemSlug,
      role: admission.role,
      self: session.participant,
    });
    log.info({ roomId: admission.roomId, role: admission.role, socket: socket.id }, 'joined');
    problems.current(admission.roomId).then(
      (problem) => socket.emit(ServerEvent.problem, problem),
      (error: unknown) => log.error({ err: error, roomId: admission.roomId }, 'could not read the room problem'),
    );
    runs.history(admission.roomId).then(
      (history) => socket.emit(ServerEvent.runHistory, history),
      (error: unknown) => log.error({ err: error, roomId: admission.roomId }, 'could not read the run history'),
    );
    hints.history(admission.roomId).then(
      (history) => socket.emit(ServerEvent.hintHistory, history),
      (error: unknown) => log.error({ err: error, roomId: admission.roomId }, 'could not read the hints'),
    );
    services.padTests.view(admission.roomId, admission.role).then(
      (view) => socket.emit(ServerEvent.padTests, view),
      (error: unknown) => log.error({ err: error, roomId: admission.roomId }, 'could not read the pad tests'),
    );
    feedback.status(admission.roomId).then(
      (status) => socket.emit(ServerEvent.feedback, status),
      (error: unknown) => log.error({ err: error, roomId: admission.roomId }, 'could not read the feedback status'),
    );
    serveFrames(socket, session, log);
    const who = { roomId: admission.roomId, name: session.participant.name, role: admission.role };
    serveRequests(socket, services, who, log);
    socket.on('disconnect', (why) => {
      session.leave();
      log.info({ roomId: admission.roomId, socket: socket.id, why }, 'left');
    });
  });
}

function serveFrames(socket: DryRunSocket, session: RoomSession, log: Logger): void {
  const bucket = new TokenBucket(LIMITS.frameBurst, LIMITS.framesPerSecond);
  let limited = 0;
  let lastLimitNotice = 0;

  const reject = (event: string, payload: ErrorPayload) => {
    socket.emit(ServerEvent.rejected, { ...payload, event });
  };

  /** Rate and size checks shared by every frame-carrying event; false when refused. */
  const admitFrame = (event: string, args: unknown[]): boolean => {
    if (!bucket.take()) {
      limited++;
      if (limited > LIMITS.maxRateLimitedFrames) {
        log.warn({ socket: socket.id }, 'flood: disconnecting');
        socket.disconnect(true);
        return false;
      }
      const now = Date.now();
      if (now - lastLimitNotice > 1000) {
        lastLimitNotice = now;
        log.info({ socket: socket.id }, 'rate limited');
        reject(event, { reason: 'RATE_LIMITED', message: 'Too many changes at once; slowing down.' });
      }
      return false;
    }
    const bytes = args.reduce<number>((n, a) => n + (a instanceof Uint8Array ? a.byteLength : 0), 0);
    if (bytes > LIMITS.maxFrameBytes) {
      log.info({ socket: socket.id, bytes }, 'frame too large');
      reject(event, {
        reason: 'PAYLOAD_TOO_LARGE',
        message: `A change may be at most ${LIMITS.maxFrameBytes} bytes.`,
      });
      return false;
    }
    return true;
  };

  const handle = (event: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      const payload = toPayload(error, log);
      log.info({ socket: socket.id, event, reason: payload.reason }, 'frame refused');
      reject(event, payload);
    }
  };

  socket.on(ClientEvent.sync, (...args: unknown[]) => {
    if (!admitFrame(ClientEvent.sync, args)) return;
    handle(ClientEvent.sync, () => {
      const [doc, frame] = parseArgs(syncArgsSchema, args);
      session.sync(doc, frame);
    });
  });

  socket.on(ClientEvent.awareness, (...args: unknown[]) => {
    if (!admitFrame(ClientEvent.awareness, args)) return;
    handle(ClientEvent.awareness, () => {
      const [frame] = parseArgs(awarenessArgsSchema, args);
      session.awareness(frame);
    });
  });

  const known = new Set<string>(Object.values(ClientEvent));
  socket.onAny((event: unknown) => {
    if (typeof event === 'string' && known.has(event)) return;
    if (!bucket.take()) return;
    reject(String(event), { reason: 'MALFORMED', message: `Unknown event "${String(event)}".` });
  });
}

/**
 * A request answered through its acknowledgement: the arguments are validated (a refusal
 * goes to the acknowledgement, or as `rejected` when there is none), then `handle` answers.
 */
function serveRequest<Request, Answer extends object>(
  socket: DryRunSocket,
  event: string,
  schema: { safeParse(v: unknown): ZodSafeParse<[Request, (reply: Answer | RefusedReply) => void]> },
  handle: (request: Request) => Promise<Answer>,
  log: Logger,
): void {
  (socket as unknown as { on(e: string, listener: (...args: unknown[]) => void): void }).on(event, (...args) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      const payload: ErrorPayload = {
        reason: 'MALFORMED',
        message: `Bad ${event}: ${describeIssue(parsed.error.issues[0])}`,
      };
      const ack = args.at(-1);
      if (typeof ack === 'function') (ack as (reply: RefusedReply) => void)({ ok: false, ...payload });
      else socket.emit(ServerEvent.rejected, { ...payload, event });
      return;
    }
    const [request, answer] = parsed.data;
    handle(request).then(answer, (error: unknown) => {
      const payload = toPayload(error, log);
      log.info({ socket: socket.id, event, reason: payload.reason }, 'request refused');
      answer({ ok: false, ...payload });
    });
  });
}

type RefusedReply = { ok: false } & ErrorPayload;
type Issue = { message: string; path: readonly PropertyKey[] };
type ZodSafeParse<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** A schema issue in words, e.g. `scores.coding.score: a score is 1, 2, 3 or 4`. */
function describeIssue(issue: Issue | undefined): string {
  if (!issue) return 'invalid';
  // The first argument is the request itself: its index says nothing to a person.
  const path = issue.path
    .slice(issue.path[0] === 0 ? 1 : 0)
    .map(String)
    .join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Runs, the choice of problem, notes and claims, the guide and its hints, the scorecard. */
function serveRequests(socket: DryRunSocket, services: GatewayServices, who: RunRequester, log: Logger): void {
  serveRequest(
    socket,
    ClientEvent.run,
    runArgsSchema,
    async (request): Promise<RunReply> => {
      const run = await services.runs.start(who, request);
      log.info({ roomId: who.roomId, runId: run.id, mode: run.mode }, 'run started');
      return { ok: true, runId: run.id };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.setProblem,
    setProblemArgsSchema,
    async (request): Promise<Reply> => {
      await services.problems.choose(who, request.slug);
      log.info({ roomId: who.roomId, problem: request.slug }, 'problem chosen');
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.note,
    noteArgsSchema,
    async (request): Promise<Reply> => {
      await services.annotations.addNote(who, request);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.claim,
    claimArgsSchema,
    async (request): Promise<Reply> => {
      await services.annotations.addClaim(who, request);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.guide,
    guideArgsSchema,
    async (): Promise<GuideReply> => ({ ok: true, guide: await services.hints.guide(who) }),
    log,
  );
  serveRequest(
    socket,
    ClientEvent.revealHint,
    revealHintArgsSchema,
    async (request): Promise<Reply> => {
      const { created } = await services.hints.reveal(who, request.index);
      if (created) log.info({ roomId: who.roomId, hint: request.index }, 'hint revealed');
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.setPadTests,
    setPadTestsArgsSchema,
    async (request): Promise<Reply> => {
      const tests = await services.padTests.set(who, request.tests);
      log.info({ roomId: who.roomId, tests: tests.length }, 'pad tests set');
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.submitScorecard,
    submitScorecardArgsSchema,
    async (scorecard): Promise<Reply> => {
      await services.feedback.submit(who, scorecard);
      log.info({ roomId: who.roomId }, 'scorecard submitted');
      return { ok: true };
    },
    log,
  );
}

function parseArgs<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  args: unknown[],
): T {
  const parsed = schema.safeParse(args);
  if (!parsed.success) throw new DryRunError('MALFORMED', 'The frame does not match its event.');
  return parsed.data;
}

function toPayload(error: unknown, log: Logger): ErrorPayload {
  if (error instanceof DryRunError) return error.toPayload();
  log.error({ err: error }, 'unexpected error');
  return { reason: 'INTERNAL', message: 'Something went wrong on the server. Your work is kept.' };
}
