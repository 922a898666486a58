import {
  assessmentControlArgsSchema,
  awarenessArgsSchema,
  ClientEvent,
  type ClientToServerEvents,
  claimArgsSchema,
  DryRunError,
  type ErrorPayload,
  type GuideReply,
  guideArgsSchema,
  integrityArgsSchema,
  phasesArgsSchema,
  swapArgsSchema,
  joinRequestSchema,
  noteArgsSchema,
  PROTOCOL_VERSION,
  type Reply,
  type RunReply,
  revealHintArgsSchema,
  runArgsSchema,
  ServerEvent,
  type ServerToClientEvents,
  renameArgsSchema,
  setPadTestsArgsSchema,
  setProblemArgsSchema,
  submitScorecardArgsSchema,
  syncArgsSchema,
} from '@dryrun/shared';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import type { Assessments } from '../assessment/Assessments.ts';
import type { Annotations } from '../interview/Annotations.ts';
import type { Feedback } from '../interview/Feedback.ts';
import type { Hints } from '../interview/Hints.ts';
import type { Integrity } from '../interview/Integrity.ts';
import type { Phases } from '../interview/Phases.ts';
import type { Swaps } from '../interview/Swaps.ts';
import type { RoomProblems } from '../problems/RoomProblems.ts';
import type { Caller } from '../rooms/Caller.ts';
import type { RoomSession } from '../rooms/LiveRoom.ts';
import type { Admission, RoomService } from '../rooms/RoomService.ts';
import type { PadTests } from '../runs/PadTests.ts';
import type { RunService } from '../runs/RunService.ts';
import { clientAddress } from './clientAddress.ts';
import { EventBudget } from './EventBudget.ts';
import { Turns } from './Turns.ts';
import { Tally } from '../limits/Tally.ts';

interface SocketData {
  admission: Admission;
  address: string;
}

type DryRunServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type DryRunSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** An Error whose `data` socket.io hands to the client's `connect_error`. */
function refusal(payload: ErrorPayload): Error & { data: ErrorPayload } {
  return Object.assign(new Error(payload.message), { data: payload });
}

export interface GatewayServices {
  rooms: RoomService;
  runs: RunService;
  problems: RoomProblems;
  padTests: PadTests;
  annotations: Annotations;
  hints: Hints;
  feedback: Feedback;
  assessments: Assessments;
  integrity: Integrity;
  phases: Phases;
  swaps: Swaps;
}

export interface GatewayOptions {
  maxConnectionsPerAddress: number;
  trustProxy: boolean;
}

/**
 * The socket.io transport: authenticates the handshake (a few joins per turn of the
 * event loop, see {@link Turns}), caps connections per address, counts every inbound event
 * against the socket's budget, validates it (schema, size), hands it to the room or a
 * service, and turns refusals into `rejected` events or replies. Holds no room logic of
 * its own.
 */
export function attachGateway(io: DryRunServer, services: GatewayServices, options: GatewayOptions, log: Logger): void {
  const { rooms } = services;
  const connections = new Tally();
  // Joins, a few per turn of the event loop (see Turns).
  const turns = new Turns(4);

  // Engine connections that have asked to join once: a raw client could send several
  // handshakes over one, and each would be admitted on its own.
  const joining = new WeakSet<object>();

  io.use((socket, next) => {
    if (joining.has(socket.conn)) {
      next(refusal({ reason: 'MALFORMED', message: 'A connection joins a room once.' }));
      return;
    }
    joining.add(socket.conn);
    const address = clientAddress(socket.request, options.trustProxy);
    const parsed = joinRequestSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      const version = (socket.handshake.auth as { protocolVersion?: unknown } | undefined)?.protocolVersion;
      const reason = typeof version === 'number' && version < PROTOCOL_VERSION ? 'CLIENT_TOO_OLD' : 'MALFORMED';
      log.warn({ reason, address, issue: parsed.error.issues[0]?.message }, 'join refused');
      next(refusal({ reason, message: `Bad join request: ${describeIssue(parsed.error.issues[0])}` }));
      return;
    }
    if (connections.of(address) >= options.maxConnectionsPerAddress) {
      log.warn({ address }, 'join refused: too many connections from one address');
      next(
        refusal({
          reason: 'TOO_MANY_CONNECTIONS',
          message: `Your network has ${options.maxConnectionsPerAddress} connections open already; close some tabs.`,
        }),
      );
      return;
    }
    // Counted from the handshake on, so that a burst of joins cannot all slip under the cap.
    connections.add(address);
    let counted = true;
    const uncount = () => {
      if (counted) connections.remove(address);
      counted = false;
    };
    let granted: Admission | undefined;
    // Closed before it entered (while the room loaded, or right after): its place is given back.
    socket.conn.once('close', () => {
      uncount();
      granted?.cancel();
    });
    turns
      .next()
      .then(() => rooms.admit(parsed.data))
      .then(
        (admission) => {
          granted = admission;
          if (socket.conn.readyState !== 'open') {
            admission.cancel();
            return;
          }
          socket.data.admission = admission;
          socket.data.address = address;
          next();
        },
        (error: unknown) => {
          uncount();
          const payload = toPayload(error, log);
          log.info({ reason: payload.reason, roomId: parsed.data.roomId, address }, 'join refused');
          next(refusal(payload));
        },
      );
  });

  io.on('connection', (socket) => {
    const { admission, address } = socket.data;
    let session: RoomSession | undefined;
    // Listened to before entering: a connection that ends while it enters still leaves.
    socket.on('disconnect', (why) => {
      session?.leave();
      log.info({ roomId: admission.room.id, socket: socket.id, why }, 'left');
    });
    session = admission.enter(socket.id, {
      send: (event, ...args) => (socket.emit as (e: string, ...a: unknown[]) => void)(event, ...args),
    });
    if (!socket.connected) {
      session.leave();
      return;
    }
    const { participant } = session;
    log.info({ roomId: admission.room.id, role: admission.role, socket: socket.id, address }, 'joined');
    const budget = budgetEvents(socket, log);
    serveFrames(socket, session, budget, log);
    const caller: Caller = {
      room: admission.room,
      participantId: participant.id,
      name: participant.name,
      role: participant.role,
      address,
    };
    serveRequests(socket, services, caller, log);
    serveRename(socket, session, caller, log);
  });
}

/**
 * Every inbound event, frame or request, takes from the socket's {@link EventBudget} before
 * anything reads it; past the budget it is dropped (answered `RATE_LIMITED` where it has an
 * acknowledgement, else at most once a second), and a socket that keeps being refused is
 * disconnected as a flood.
 */
function budgetEvents(socket: DryRunSocket, log: Logger): EventBudget {
  const budget = new EventBudget(() => {
    log.warn({ socket: socket.id }, 'flood: disconnecting');
    // After the events already let through: socket.io hands them on a tick later.
    setImmediate(() => socket.disconnect(true));
  });
  let lastNotice = 0;
  socket.use((packet, next) => {
    const [event, ...args] = packet as unknown[];
    const name = String(event);
    const bytes = args.reduce<number>((n, a) => n + (a instanceof Uint8Array ? a.byteLength : 0), 0);
    const refused = budget.take(bytes);
    if (!refused) {
      next();
      return;
    }
    if (budget.flooded) return;
    const now = Date.now();
    if (typeof args.at(-1) === 'function' || refused.reason !== 'RATE_LIMITED' || now - lastNotice > 1000) {
      lastNotice = now;
      log.info({ socket: socket.id, event: name, reason: refused.reason, bytes }, 'over budget');
      refuse(socket, name, args, refused);
    }
  });
  return budget;
}

/** Answers a refused event: through its acknowledgement when it has one, else as `rejected`. */
function refuse(socket: DryRunSocket, event: string, args: unknown[], payload: ErrorPayload): void {
  const ack = args.at(-1);
  if (typeof ack === 'function') (ack as (reply: RefusedReply) => void)({ ok: false, ...payload });
  else socket.emit(ServerEvent.rejected, { ...payload, event });
}

function serveFrames(socket: DryRunSocket, session: RoomSession, budget: EventBudget, log: Logger): void {
  const handle = (event: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      const payload = toPayload(error, log);
      if (payload.reason !== 'INTERNAL') {
        log.warn({ socket: socket.id, event, reason: payload.reason, why: payload.message }, 'frame refused');
        budget.refused();
      }
      if (!budget.flooded) socket.emit(ServerEvent.rejected, { ...payload, event });
    }
  };

  socket.on(ClientEvent.sync, (...args: unknown[]) => {
    handle(ClientEvent.sync, () => {
      const [doc, frame] = parseArgs(syncArgsSchema, args);
      session.sync(doc, frame);
    });
  });

  socket.on(ClientEvent.awareness, (...args: unknown[]) => {
    handle(ClientEvent.awareness, () => {
      const [frame] = parseArgs(awarenessArgsSchema, args);
      session.awareness(frame);
    });
  });

  const known = new Set<string>(Object.values(ClientEvent));
  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event === 'string' && known.has(event)) return;
    log.warn({ socket: socket.id, event: String(event).slice(0, 64) }, 'unknown event');
    refuse(socket, String(event), args, { reason: 'MALFORMED', message: `Unknown event "${String(event)}".` });
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
  handle: (request: Request) => Answer | Promise<Answer>,
  log: Logger,
): void {
  (socket as unknown as { on(e: string, listener: (...args: unknown[]) => void): void }).on(event, (...args) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      const message = `Bad ${event}: ${describeIssue(parsed.error.issues[0])}`;
      log.warn({ socket: socket.id, event, reason: 'MALFORMED', why: message }, 'request refused');
      refuse(socket, event, args, { reason: 'MALFORMED', message });
      return;
    }
    const [request, answer] = parsed.data;
    Promise.resolve()
      .then(() => handle(request))
      .then(answer, (error: unknown) => {
        const payload = toPayload(error, log);
        if (payload.reason !== 'INTERNAL') {
          log.warn({ socket: socket.id, event, reason: payload.reason, why: payload.message }, 'request refused');
        }
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

/** Runs, the choice of problem, notes and claims, the guide and its hints, an assessment's clock and records, the scorecard. */
function serveRequests(socket: DryRunSocket, services: GatewayServices, caller: Caller, log: Logger): void {
  const roomId = caller.room.id;
  serveRequest(
    socket,
    ClientEvent.run,
    runArgsSchema,
    async (request): Promise<RunReply> => {
      const run = await services.runs.start(caller, request);
      log.info({ roomId, runId: run.id, mode: run.mode }, 'run started');
      return { ok: true, runId: run.id };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.setProblem,
    setProblemArgsSchema,
    async (request): Promise<Reply> => {
      await services.problems.choose(caller, request.slug);
      log.info({ roomId, problem: request.slug }, 'problem chosen');
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.note,
    noteArgsSchema,
    async (request): Promise<Reply> => {
      await services.annotations.addNote(caller, request);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.claim,
    claimArgsSchema,
    async (request): Promise<Reply> => {
      await services.annotations.addClaim(caller, request);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.guide,
    guideArgsSchema,
    (): GuideReply => ({ ok: true, guide: services.hints.guide(caller) }),
    log,
  );
  serveRequest(
    socket,
    ClientEvent.revealHint,
    revealHintArgsSchema,
    async (request): Promise<Reply> => {
      const { created } = await services.hints.reveal(caller, request.index);
      if (created) log.info({ roomId, hint: request.index }, 'hint revealed');
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.setPadTests,
    setPadTestsArgsSchema,
    async (request): Promise<Reply> => {
      const tests = await services.padTests.set(caller, request.tests);
      log.info({ roomId, tests: tests.length }, 'pad tests set');
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.startAssessment,
    assessmentControlArgsSchema,
    async (): Promise<Reply> => {
      await services.assessments.start(caller);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.finishAssessment,
    assessmentControlArgsSchema,
    async (): Promise<Reply> => {
      await services.assessments.finish(caller);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.integrity,
    integrityArgsSchema,
    async (signal): Promise<Reply> => {
      await services.integrity.record(caller, signal);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.phases,
    phasesArgsSchema,
    async (request): Promise<Reply> => {
      await services.phases.set(caller, request);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.swap,
    swapArgsSchema,
    async (request): Promise<Reply> => {
      await services.swaps.set(caller, request);
      return { ok: true };
    },
    log,
  );
  serveRequest(
    socket,
    ClientEvent.submitScorecard,
    submitScorecardArgsSchema,
    async (scorecard): Promise<Reply> => {
      await services.feedback.submit(caller, scorecard);
      log.info({ roomId }, 'scorecard submitted');
      return { ok: true };
    },
    log,
  );
}

/** A participant's new name: the room shows it, and their requests from now on carry it. */
function serveRename(socket: DryRunSocket, session: RoomSession, caller: Caller, log: Logger): void {
  serveRequest(
    socket,
    ClientEvent.rename,
    renameArgsSchema,
    (request): Reply => {
      caller.name = session.rename(request.name).name;
      log.info({ roomId: caller.room.id, socket: socket.id }, 'renamed');
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

/** A refusal's payload; anything but a {@link DryRunError} is a server fault, logged with its stack. */
function toPayload(error: unknown, log: Logger): ErrorPayload {
  if (error instanceof DryRunError) return error.toPayload();
  log.error({ err: error }, 'unexpected error');
  return { reason: 'INTERNAL', message: 'Something went wrong on the server. Your work is kept.' };
}
