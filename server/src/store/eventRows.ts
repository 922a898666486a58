import type { Actor, TimelineEvent } from '@dryrun/shared';
import type { SqlQueries } from './SqlClient.ts';
import type { EventDraft } from './Store.ts';

/**
 * A timeline event as a row of `room_events`: its number, kind, time and actor in columns
 * of their own, the rest of the fact as JSON text, and an optional key that makes it
 * once-only.
 */
export interface EventRow {
  seq: number;
  kind: TimelineEvent['kind'];
  at: Date | string;
  actor: Actor | string | null;
  data: Record<string, unknown> | string;
}

/** jsonb comes back parsed from both drivers, JSON text as a string: either way, the value. */
export function json<T>(value: T | string | null): T | null {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

export function toEvent(row: EventRow): TimelineEvent {
  return {
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    by: json(row.actor),
    kind: row.kind,
    ...json(row.data),
  } as TimelineEvent;
}

/**
 * Appends an event one past the room's last, in the caller's transaction; null when its key
 * is taken. Writers of one room's events take turns on the room's row (a lock that does not
 * conflict with the key-share locks foreign keys take, so it cannot deadlock with them),
 * so max + 1 is the next number; the primary key (room, seq) would refuse a second writer's
 * equal number anyway ({@link isSeqConflict}: the caller retries the transaction).
 */
export async function insertEvent(tx: SqlQueries, roomId: string, draft: EventDraft): Promise<TimelineEvent | null> {
  const { kind, at, by, key, ...data } = draft;
  const [room] = await tx.query('SELECT 1 FROM rooms WHERE id = $1 FOR NO KEY UPDATE', [roomId]);
  if (!room) throw new Error(`no room ${roomId} to put an event on`);
  const [row] = await tx.query<EventRow>(
    `INSERT INTO room_events (room_id, seq, kind, at, actor, data, key)
     SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6 FROM room_events WHERE room_id = $1
     ON CONFLICT (room_id, key) DO NOTHING
     RETURNING seq, kind, at, actor, data`,
    // JSON text keeps a NUL character as the escape `\u0000`, which a text column holds.
    [roomId, kind, at.toISOString(), by === null ? null : JSON.stringify(by), JSON.stringify(data), key ?? null],
  );
  return row ? toEvent(row) : null;
}

/** Whether a write failed because another writer numbered an event of the room the same. */
export function isSeqConflict(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || constraint === 'room_events_pkey');
}
