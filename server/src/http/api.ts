import {
  createRoomRequestSchema,
  DryRunError,
  type ErrorPayload,
  type ErrorReason,
  LIMITS,
  ratingRequestSchema,
  TOKEN_PARAM,
} from '@dryrun/shared';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { Feedback } from '../interview/Feedback.ts';
import type { Reports } from '../interview/Reports.ts';
import { reportMarkdown } from '../interview/reportMarkdown.ts';
import type { RoomProblems } from '../problems/RoomProblems.ts';
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
};

export interface ApiDeps {
  rooms: RoomService;
  problems: RoomProblems;
  feedback: Feedback;
  reports: Reports;
  store: Store;
  updates: UpdateLog;
  log: Logger;
  /** Origin used in room links; when absent, the request's own origin. */
  publicUrl: string | undefined;
}

/** The JSON API under `/api`. Every error body is an {@link ErrorPayload}. */
export function createApi({ rooms, problems, feedback, reports, store, updates, log, publicUrl }: ApiDeps): Hono {
  const api = new Hono();
  const fail = (reason: ErrorReason, message: string): ErrorPayload => ({ reason, message });

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

  const jsonBody = bodyLimit({
    maxSize: LIMITS.maxJsonBodyBytes,
    onError: (c) => c.json(fail('PAYLOAD_TOO_LARGE', `The body may be at most ${LIMITS.maxJsonBodyBytes} bytes.`), 413),
  });

  api.post('/rooms', jsonBody, async (c) => {
    const parsed = parseBody(createRoomRequestSchema, await readJson(c), 'room request');
    if (parsed.data.problemSlug !== undefined && !problems.has(parsed.data.problemSlug)) {
      throw new DryRunError('MALFORMED', `There is no problem "${parsed.data.problemSlug}".`);
    }
    const baseUrl = publicUrl ?? new URL(c.req.url).origin;
    return c.json(await rooms.create(parsed.data, baseUrl), 201);
  });

  /**
   * The feedback report, for the room's interviewer and candidate once the scorecard is
   * submitted (`NOT_READY` before). The token rides in `Authorization: Bearer` or `?token=`.
   */
  const reportReader = async (c: Context) => {
    const { role } = await rooms.roleFor(c.req.param('id') ?? '', tokenOf(c));
    if (role === 'observer') {
      throw new DryRunError('FORBIDDEN', 'The feedback report is for the candidate and the interviewer.');
    }
    return role;
  };
  api.get('/rooms/:id/report', async (c) => {
    await reportReader(c);
    c.header('Cache-Control', 'no-store');
    return c.json(await reports.build(c.req.param('id')));
  });
  api.get('/rooms/:id/report.md', async (c) => {
    await reportReader(c);
    const report = await reports.build(c.req.param('id'));
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="dryrun-feedback-${report.roomId}.md"`);
    return c.body(reportMarkdown(report));
  });
  api.post('/rooms/:id/report/rating', jsonBody, async (c) => {
    const role = await reportReader(c);
    const parsed = parseBody(ratingRequestSchema, await readJson(c), 'rating');
    return c.json(await feedback.rate(c.req.param('id'), role, parsed.data), 200);
  });

  // Last, so an unknown /api path gets JSON rather than the app shell.
  api.all('*', (c) => c.json(fail('MALFORMED', `No such endpoint: ${c.req.method} ${c.req.path}`), 404));
  return api;
}

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
