import type {
  ComplexityReport,
  DocName,
  ErrorPayload,
  FeedbackRating,
  JudgeReport,
  Language,
  PadTest,
  Role,
  RunMode,
  RunTarget,
  ScorecardInput,
  SubmittedScorecard,
} from '@dryrun/shared';
import { migrate } from './migrations.ts';
import type { SqlClient } from './SqlClient.ts';
import type { RoomRecord, RunOutcome, Store, StoredHint, StoredRun, StoredUpdate } from './Store.ts';

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
  complexity: ComplexityReport | string | null;
  follows_run_id: string | null;
  target: RunTarget | null;
  error: ErrorPayload | string | null;
  created_at: Date | string;
  finished_at: Date | string | null;
}

interface HintRow {
  id: string;
  room_id: string;
  problem_slug: string;
  hint_index: number;
  text: string;
  by_name: string;
  by_role: Role;
  revealed_at: Date | string;
}

interface ScorecardRow {
  content: ScorecardInput | string;
  by_name: string;
  by_role: Role;
  submitted_at: Date | string;
}

interface RatingRow {
  stars: number;
  comment: string;
  rated_at: Date | string;
}

function toHint(row: HintRow): StoredHint {
  return {
    id: row.id,
    roomId: row.room_id,
    problemSlug: row.problem_slug,
    index: Number(row.hint_index),
    text: row.text,
    revealedAt: new Date(row.revealed_at).toISOString(),
    by: { name: row.by_name, role: row.by_role },
  };
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
                         report, error, created_at, finished_at, complexity, follows_run_id, target)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
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
        run.complexity === null ? null : JSON.stringify(run.complexity),
        run.follows,
        run.target,
      ],
    );
  }

  async finishRun(id: string, outcome: RunOutcome): Promise<void> {
    await this.sql.query(
      'UPDATE runs SET status = $2, report = $3, error = $4, finished_at = $5, complexity = $6 WHERE id = $1',
      [
        id,
        outcome.status,
        outcome.report === null ? null : JSON.stringify(outcome.report),
        outcome.error === null ? null : JSON.stringify(outcome.error),
        outcome.finishedAt.toISOString(),
        outcome.complexity === null ? null : JSON.stringify(outcome.complexity),
      ],
    );
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
      complexity: json(row.complexity),
      follows: row.follows_run_id,
      // Runs stored before targets were recorded: a problem's, or the whole program.
      target: row.target ?? (row.problem_slug === 'scratch' ? 'program' : 'problem'),
      error: json(row.error),
      createdAt: new Date(row.created_at),
      finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    }));
  }

  async revealHint(hint: StoredHint): Promise<{ hint: StoredHint; created: boolean }> {
    const inserted = await this.sql.query<HintRow>(
      `INSERT INTO hints (id, room_id, problem_slug, hint_index, text, by_name, by_role, revealed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (room_id, problem_slug, hint_index) DO NOTHING
       RETURNING *`,
      [hint.id, hint.roomId, hint.problemSlug, hint.index, hint.text, hint.by.name, hint.by.role, hint.revealedAt],
    );
    if (inserted[0]) return { hint: toHint(inserted[0]), created: true };
    const [existing] = await this.sql.query<HintRow>(
      'SELECT * FROM hints WHERE room_id = $1 AND problem_slug = $2 AND hint_index = $3',
      [hint.roomId, hint.problemSlug, hint.index],
    );
    if (!existing) throw new Error('a hint neither inserted nor found');
    return { hint: toHint(existing), created: false };
  }

  async listHints(roomId: string): Promise<StoredHint[]> {
    const rows = await this.sql.query<HintRow>(
      'SELECT * FROM hints WHERE room_id = $1 ORDER BY revealed_at, hint_index',
      [roomId],
    );
    return rows.map(toHint);
  }

  async submitScorecard(roomId: string, scorecard: SubmittedScorecard): Promise<boolean> {
    const { submittedAt, by, ...content } = scorecard;
    const rows = await this.sql.query<{ room_id: string }>(
      `INSERT INTO scorecards (room_id, content, by_name, by_role, submitted_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (room_id) DO NOTHING RETURNING room_id`,
      [roomId, JSON.stringify(content), by.name, by.role, submittedAt],
    );
    return rows.length === 1;
  }

  async getScorecard(roomId: string): Promise<SubmittedScorecard | undefined> {
    const [row] = await this.sql.query<ScorecardRow>(
      'SELECT content, by_name, by_role, submitted_at FROM scorecards WHERE room_id = $1',
      [roomId],
    );
    if (!row) return undefined;
    return {
      ...(json(row.content) as ScorecardInput),
      submittedAt: new Date(row.submitted_at).toISOString(),
      by: { name: row.by_name, role: row.by_role },
    };
  }

  async rateFeedback(roomId: string, rating: FeedbackRating): Promise<void> {
    await this.sql.query(
      `INSERT INTO feedback_ratings (room_id, stars, comment, rated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (room_id) DO UPDATE SET stars = EXCLUDED.stars, comment = EXCLUDED.comment, rated_at = EXCLUDED.rated_at`,
      [roomId, rating.stars, rating.comment, rating.ratedAt],
    );
  }

  async getRating(roomId: string): Promise<FeedbackRating | undefined> {
    const [row] = await this.sql.query<RatingRow>(
      'SELECT stars, comment, rated_at FROM feedback_ratings WHERE room_id = $1',
      [roomId],
    );
    if (!row) return undefined;
    return {
      stars: Number(row.stars) as FeedbackRating['stars'],
      comment: row.comment,
      ratedAt: new Date(row.rated_at).toISOString(),
    };
  }

  async setPadTests(roomId: string, tests: readonly PadTest[]): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query('DELETE FROM pad_tests WHERE room_id = $1', [roomId]);
      for (const [position, test] of tests.entries()) {
        await tx.query(
          'INSERT INTO pad_tests (room_id, position, id, call, expected, hidden) VALUES ($1, $2, $3, $4, $5, $6)',
          [roomId, position, test.id, test.call, test.expected, test.hidden],
        );
      }
    });
  }

  async listPadTests(roomId: string): Promise<PadTest[]> {
    const rows = await this.sql.query<PadTest>(
      'SELECT id, call, expected, hidden FROM pad_tests WHERE room_id = $1 ORDER BY position',
      [roomId],
    );
    return rows.map(({ id, call, expected, hidden }) => ({ id, call, expected, hidden: Boolean(hidden) }));
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
