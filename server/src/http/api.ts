import { createRoomRequestSchema, DryRunError, type ErrorPayload, type ErrorReason, LIMITS } from '@dryrun/shared';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
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
  INTERNAL: 500,
};

export interface ApiDeps {
  rooms: RoomService;
  problems: RoomProblems;
  store: Store;
  updates: UpdateLog;
  log: Logger;
  /** Origin used in room links; when absent, the request's own origin. */
  publicUrl: string | undefined;
}

/** The JSON API under `/api`. Every error body is an {@link ErrorPayload}. */
export function createApi({ rooms, problems, store, updates, log, publicUrl }: ApiDeps): Hono {
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

  api.post(
    '/rooms',
    bodyLimit({
      maxSize: LIMITS.maxJsonBodyBytes,
      onError: (c) =>
        c.json(fail('PAYLOAD_TOO_LARGE', `The body may be at most ${LIMITS.maxJsonBodyBytes} bytes.`), 413),
    }),
    async (c) => {
      const text = await c.req.text();
      let body: unknown = {};
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          throw new DryRunError('MALFORMED', 'The body is not valid JSON.');
        }
      }
      const parsed = createRoomRequestSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new DryRunError(
          'MALFORMED',
          `Invalid room request: ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
        );
      }
      if (parsed.data.problemSlug !== undefined && !problems.has(parsed.data.problemSlug)) {
        throw new DryRunError('MALFORMED', `There is no problem "${parsed.data.problemSlug}".`);
      }
      const baseUrl = publicUrl ?? new URL(c.req.url).origin;
      return c.json(await rooms.create(parsed.data, baseUrl), 201);
    },
  );

  // Last, so an unknown /api path gets JSON rather than the app shell.
  api.all('*', (c) => c.json(fail('MALFORMED', `No such endpoint: ${c.req.method} ${c.req.path}`), 404));
  return api;
}
