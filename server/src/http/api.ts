import type { IncomingMessage } from 'node:http';
import {
  createAssessmentRequestSchema,
  createRoomRequestSchema,
  DryRunError,
  type ErrorPayload,
  type ErrorReason,
  LIMITS,
  ratingRequestSchema,
  SESSION_LIMITS,
  TOKEN_PARAM,
} from '@dryrun/shared';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { assessmentMarkdown } from '../assessment/assessmentMarkdown.ts';
import type { AssessmentReports } from '../assessment/AssessmentReports.ts';
import type { Assessments } from '../assessment/Assessments.ts';
import type { Feedback } from '../interview/Feedback.ts';
import type { Reports } from '../interview/Reports.ts';
import { reportMarkdown } from '../interview/reportMarkdown.ts';
import type { SessionFeedback } from '../interview/SessionFeedback.ts';
import type { RoomProblems } from '../problems/RoomProblems.ts';
import type { SessionHistories } from '../replay/SessionHistories.ts';
import { clientAddress } from '../realtime/clientAddress.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { UpdateLog } from '../rooms/UpdateLog.ts';
import type { Store } from '../store/Store.ts';

const STATUS: Record<ErrorReason, ContentfulStatusCode> = {
  ROOM_NOT_FOUND: 404,
  BAD_TOKEN: 403,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  CLIENT_TOO_OLD: 426,
  SERVER_TOO_OLD: 400,
  MALFORMED: 400,
  CONFLICT: 409,
  NOT_READY: 404,
  INTERNAL: 500,
  // Socket refusals, never answered over HTTP; listed so every reason has a status.
  CLIENT_ID_TAKEN: 409,
  ROOM_FULL: 503,
  TOO_MANY_CONNECTIONS: 429,
  OUT_OF_SYNC: 409,
};

export interface ApiDeps {
  rooms: RoomService;
  problems: RoomProblems;
  feedback: Feedback;
  sessions: SessionFeedback;
  reports: Reports;
  assessments: Assessments;
  assessmentReports: AssessmentReports;
  histories: SessionHistories;
  store: Store;
  updates: UpdateLog;
  log: Logger;
  /** Origin used in room links; when absent, the request's own origin. */
  publicUrl: string | undefined;
  roomsPerAddressPerHour: number;
  historyReadsPerAddressPerMinute: number;
  trustProxy: boolean;
}

/** The JSON API under `/api`. Every error body is an {@link ErrorPayload}. */
export function createApi(deps: ApiDeps): Hono<NodeBindings> {
  const {
    rooms,
    problems,
    feedback,
    sessions,
    reports,
    assessments,
    assessmentReports,
    histories,
    store,
    updates,
    log,
    publicUrl,
  } = deps;
  const api = new Hono<NodeBindings>();
  const fail = (reason: ErrorReason, message: string): ErrorPayload => ({ reason, message });

  // JSON over 1 KB goes out gzip- or deflate-compressed when the client takes it.
  api.use(compress());

  api.onError((error, c) => {
    if (error instanceof DryRunError) return c.json(error.toPayload(), STATUS[error.reason]);
    log.error({ err: error }, 'api error');
    return c.json(fail('INTERNAL', 'Something went wrong on the server.'), 500);
  });

  api.get('/health', async (c) => {
    await store.ping();
    // pendingUpdates: edits received but not yet written (a deploy can wait for 0).
    return c.json({ ok: true, pendingUpdates: updates.pendingCount });
  });

  // The problem set as anyone may see it: titles, difficulty, topics. Never tests or guides.
  api.get('/problems', (c) => c.json(problems.listing()));

  const sizeLimit = bodyLimit({
    maxSize: LIMITS.maxJsonBodyBytes,
    onError: (c) => c.json(fail('PAYLOAD_TOO_LARGE', `The body may be at most ${LIMITS.maxJsonBodyBytes} bytes.`), 413),
  });
  // A form or text body is refused before it is read: only a script that means JSON sends JSON.
  const jsonOnly: MiddlewareHandler = async (c, next) => {
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return c.json(fail('MALFORMED', 'Send the body as JSON, with Content-Type: application/json.'), 415);
    }
    await next();
  };
  const jsonBody = [sizeLimit, jsonOnly] as const;

  /** Refuses a network address past `points` requests in `seconds` with 429 `RATE_LIMITED` and `Retry-After`. */
  const perAddress = (points: number, seconds: number, what: string): MiddlewareHandler<NodeBindings> => {
    const limiter = new RateLimiterMemory({ points, duration: seconds });
    return async (c, next) => {
      try {
        await limiter.consume(clientAddress(c.env.incoming, deps.trustProxy));
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const wait = Math.ceil(error.msBeforeNext / 1000);
        c.header('Retry-After', String(wait));
        return c.json(fail('RATE_LIMITED', `One network may ${what}; try again in ${wait} s.`), 429);
      }
      await next();
    };
  };
  const limitRoomCreation = perAddress(
    deps.roomsPerAddressPerHour,
    60 * 60,
    `create ${deps.roomsPerAddressPerHour} rooms an hour`,
  );
  const limitHistoryReads = perAddress(
    deps.historyReadsPerAddressPerMinute,
    60,
    `read ${deps.historyReadsPerAddressPerMinute} session histories a minute`,
  );

  api.post('/rooms', ...jsonBody, limitRoomCreation, async (c) => {
    const parsed = parseBody(createRoomRequestSchema, await readJson(c), 'room request');
    const { problemSlug, halves = [] } = parsed.data;
    for (const slug of [problemSlug, ...halves.map((half) => half.problemSlug)]) {
      if (slug !== undefined && slug !== null && !problems.has(slug)) {
        throw new DryRunError('MALFORMED', `There is no problem "${slug}".`);
      }
    }
    const baseUrl = publicUrl ?? new URL(c.req.url).origin;
    return c.json(await rooms.create(parsed.data, baseUrl), 201);
  });

  api.post('/assessments', ...jsonBody, limitRoomCreation, async (c) => {
    const parsed = parseBody(createAssessmentRequestSchema, await readJson(c), 'assessment request');
    const baseUrl = publicUrl ?? new URL(c.req.url).origin;
    return c.json(await assessments.create(parsed.data, baseUrl), 201);
  });

  /** An attempt's report, for its candidate and its reviewer once scored (`NOT_READY` before). */
  const assessmentReader = async (c: Context) => {
    const { room, role } = await rooms.roleFor(c.req.param('id') ?? '', tokenOf(c));
    if (!room.assessment) throw new DryRunError('ROOM_NOT_FOUND', 'There is no such assessment. Check the link.');
    if (role === 'observer') throw new DryRunError('FORBIDDEN', 'The report is for the candidate and the reviewer.');
  };
  api.get('/assessments/:id/report', async (c) => {
    await assessmentReader(c);
    c.header('Cache-Control', 'no-store');
    return c.json(await assessmentReports.build(c.req.param('id')));
  });
  api.get('/assessments/:id/report.md', async (c) => {
    await assessmentReader(c);
    const report = await assessmentReports.build(c.req.param('id'));
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="dryrun-assessment-${report.roomId}.md"`);
    return c.body(assessmentMarkdown(report));
  });

  /**
   * The feedback report, for the room's interviewer and candidate once the scorecard is
   * submitted (`NOT_READY` before). The token rides in `Authorization: Bearer` or `?token=`.
   */
  const reportReader = async (c: Context) => {
    const { room, role } = await rooms.roleFor(c.req.param('id') ?? '', tokenOf(c));
    if (role === 'observer') {
      throw new DryRunError('FORBIDDEN', 'The feedback report is for the candidate and the interviewer.');
    }
    return { room, role };
  };
  /**
   * The report as its reader may see it: a two-half session's candidate once the feedback is
   * released, and its interviewer without the candidate's rating of them until then.
   */
  const readReport = async (c: Context) => {
    const { room, role } = await reportReader(c);
    const session = await sessions.view(room);
    const released = session?.released ?? true;
    if (role === 'candidate' && !released) {
      throw new DryRunError(
        'NOT_READY',
        `Your feedback opens when you have both submitted yours (the scorecard and the rating), or ${SESSION_LIMITS.sealHours} hours after the first.`,
      );
    }
    const report = { ...(await reports.build(room.id)), ratingOpen: session === null };
    return released ? report : { ...report, rating: null };
  };
  api.get('/rooms/:id/report', async (c) => {
    const report = await readReport(c);
    c.header('Cache-Control', 'no-store');
    return c.json(report);
  });
  api.get('/rooms/:id/report.md', async (c) => {
    const report = await readReport(c);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="dryrun-feedback-${report.roomId}.md"`);
    return c.body(reportMarkdown(report));
  });
  api.post('/rooms/:id/report/rating', ...jsonBody, async (c) => {
    const { room, role } = await reportReader(c);
    const parsed = parseBody(ratingRequestSchema, await readJson(c), 'rating');
    return c.json(await feedback.rate(room, role, parsed.data), 200);
  });
  /** Where a two-half session's feedback stands (who has submitted what, whether it is released). */
  api.get('/rooms/:id/session', async (c) => {
    const { room } = await reportReader(c);
    c.header('Cache-Control', 'no-store');
    // null: a room of one half.
    return c.json(await sessions.view(room));
  });

  /**
   * A session's history (timeline and edits) for its replay; `/export` is the same as a file.
   * For the interviewer, the candidate once feedback is out, and an attempt's two links once
   * it has ended.
   */
  api.get('/rooms/:id/history', limitHistoryReads, async (c) => {
    await histories.authorize(c.req.param('id'), tokenOf(c));
    c.header('Cache-Control', 'no-store');
    return c.json(await histories.build(c.req.param('id')));
  });
  api.get('/rooms/:id/export', limitHistoryReads, async (c) => {
    await histories.authorize(c.req.param('id'), tokenOf(c));
    const history = await histories.build(c.req.param('id'));
    c.header('Cache-Control', 'no-store');
    c.header('Content-Disposition', `attachment; filename="dryrun-session-${history.roomId}.json"`);
    return c.json(history);
  });

  // Last, so an unknown /api path gets JSON rather than the app shell.
  api.all('*', (c) => c.json(fail('MALFORMED', `No such endpoint: ${c.req.method} ${c.req.path}`), 404));
  return api;
}

/** What @hono/node-server gives a handler: the Node request (for its address). */
export type NodeBindings = { Bindings: { incoming: IncomingMessage } };

/** The capability token of an API request: `Authorization: Bearer <token>`, or `?token=`. */
function tokenOf(c: Context): string {
  const header = c.req.header('Authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const token = bearer ?? c.req.query(TOKEN_PARAM) ?? '';
  if (!token || token.length > 128) throw new DryRunError('BAD_TOKEN', 'This link does not open the room.');
  return token;
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new DryRunError('MALFORMED', 'The body is not valid JSON.');
  }
}

function parseBody<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  body: unknown,
  what: string,
): { data: T } {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DryRunError(
      'MALFORMED',
      `Invalid ${what}: ${issue?.path.map(String).join('.') || 'body'}: ${issue?.message}`,
    );
  }
  return parsed;
}
