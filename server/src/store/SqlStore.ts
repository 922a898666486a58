import type { DocName, ErrorPayload, JudgeReport, Language, Role, RunMode } from '@dryrun/shared';
import { migrate } from './migrations.ts';
import type { SqlClient } from './SqlClient.ts';
import type { RoomRecord, RunOutcome, Store, StoredRun, StoredUpdate } from './Store.ts';

interface RoomRow {
  id: string;
  title: string;
  problem_slug: string | null;
  interviewer_token_hash: string;
  candidate_token_hash: string;
  observer_token_hash: string;
  created_at: Date | string;
}

interface UpdateRow {
  update: Uint8Array;
  created_at: Date | string;
}

interface RunRow {
  id: string;
  room_id: string;
  mode: RunMode;
  status: StoredRun['status'];
  problem_slug: string;
  language: Language;
  by_name: string;
  by_role: Role;
  code: string;
  custom_input: string | null;
  report: JudgeReport | string | null;
  error: ErrorPayload | string | null;
  created_at: Date | string;
  finished_at: Date | string | null;
}

/** jsonb comes back parsed from both drivers; a string is parsed, in case a driver leaves it. */
function json<T>(value: T | string | null): T | null {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** PostgreSQL caps bind parameters at 65535 per statement; 4 per row. */
const ROWS_PER_INSERT = 2000;

/** The {@link Store} on any PostgreSQL-speaking {@link SqlClient}. */
export class SqlStore implements Store {
  private constructor(private readonly sql: SqlClient) {}

  static async open(sql: SqlClient): Promise<SqlStore> {
    await migrate(sql);
    return new SqlStore(sql);
  }

  async createRoom(room: RoomRecord): Promise<void> {
    await this.sql.query(
      `INSERT INTO rooms (id, title, problem_slug, interviewer_token_hash, candidate_token_hash, observer_token_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        room.id,
        room.title,
        room.problemSlug,
        room.tokenHashes.interviewer,
        room.tokenHashes.candidate,
        room.tokenHashes.observer,
        room.createdAt.toISOString(),
      ],
    );
  }

  async getRoom(id: string): Promise<RoomRecord | undefined> {
    const [row] = await this.sql.query<RoomRow>('SELECT * FROM rooms WHERE id = $1', [id]);
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      problemSlug: row.problem_slug,
      tokenHashes: {
        interviewer: row.interviewer_token_hash,
        candidate: row.candidate_token_hash,
        observer: row.observer_token_hash,
      },
      createdAt: new Date(row.created_at),
    };
  }

  async setRoomProblem(id: string, problemSlug: string | null): Promise<void> {
    await this.sql.query('UPDATE rooms SET problem_slug = $2 WHERE id = $1', [id, problemSlug]);
  }

  /** All or nothing: a failed batch is retried whole, so it must never be half-written. */
  async appendUpdates(updates: readonly StoredUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await this.sql.transaction(async (tx) => {
      for (let start = 0; start < updates.length; start += ROWS_PER_INSERT) {
        const chunk = updates.slice(start, start + ROWS_PER_INSERT);
        const params: unknown[] = [];
        const values = chunk.map((u) => {
          params.push(u.roomId, u.doc, u.update, u.at.toISOString());
          const n = params.length;
          return `($${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
        });
        await tx.query(
          `INSERT INTO doc_updates (room_id, doc, "update", created_at) VALUES ${values.join(', ')}`,
          params,
        );
      }
    });
  }

  async loadUpdates(roomId: string, doc: DocName): Promise<StoredUpdate[]> {
    const rows = await this.sql.query<UpdateRow>(
      'SELECT "update", created_at FROM doc_updates WHERE room_id = $1 AND doc = $2 ORDER BY id',
      [roomId, doc],
    );
    return rows.map((row) => ({
      roomId,
      doc,
      update: new Uint8Array(row.update.buffer, row.update.byteOffset, row.update.byteLength),
      at: new Date(row.created_at),
    }));
  }

  async createRun(run: StoredRun): Promise<void> {
    await this.sql.query(
      `INSERT INTO runs (id, room_id, mode, status, problem_slug, language, by_name, by_role, code, custom_input,
                         report, error, created_at, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        run.id,
        run.roomId,
        run.mode,
        run.status,
        run.problemSlug,
        run.language,
        run.byName,
        run.byRole,
        run.code,
        run.customInput,
        run.report === null ? null : JSON.stringify(run.report),
        run.error === null ? null : JSON.stringify(run.error),
        run.createdAt.toISOString(),
        run.finishedAt?.toISOString() ?? null,
      ],
    );
  }

  async finishRun(id: string, outcome: RunOutcome): Promise<void> {
    await this.sql.query('UPDATE runs SET status = $2, report = $3, error = $4, finished_at = $5 WHERE id = $1', [
      id,
      outcome.status,
      outcome.report === null ? null : JSON.stringify(outcome.report),
      outcome.error === null ? null : JSON.stringify(outcome.error),
      outcome.finishedAt.toISOString(),
    ]);
  }

  async abandonRuns(error: ErrorPayload, at: Date): Promise<number> {
    const rows = await this.sql.query<{ id: string }>(
      "UPDATE runs SET status = 'failed', error = $1, finished_at = $2 WHERE status = 'running' RETURNING id",
      [JSON.stringify(error), at.toISOString()],
    );
    return rows.length;
  }

  async listRuns(roomId: string, limit: number): Promise<StoredRun[]> {
    const rows = await this.sql.query<RunRow>(
      'SELECT * FROM (SELECT * FROM runs WHERE room_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2) latest ORDER BY created_at, id',
      [roomId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      roomId: row.room_id,
      mode: row.mode,
      status: row.status,
      problemSlug: row.problem_slug,
      language: row.language,
      byName: row.by_name,
      byRole: row.by_role,
      code: row.code,
      customInput: row.custom_input,
      report: json(row.report),
      error: json(row.error),
      createdAt: new Date(row.created_at),
      finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    }));
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
