import type {
  AssessmentSettings,
  SessionRecord,
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
  TimelineEvent,
} from '@dryrun/shared';
import { compactDoc, loadAllUpdates, loadDoc } from './docHistory.ts';
import { type EventRow, insertEvent, isSeqConflict, json, toEvent } from './eventRows.ts';
import { migrate } from './migrations.ts';
import type { SqlClient, SqlQueries } from './SqlClient.ts';
import { storableJson, storableText } from './storable.ts';
import type {
  CompactionBatch,
  EventDraft,
  OpenAssessment,
  RoomRecord,
  RunOutcome,
  Store,
  StoredDoc,
  StoredRun,
  StoredUpdate,
  UpdateFold,
} from './Store.ts';

interface RoomRow {
  id: string;
  title: string;
  problem_slug: string | null;
  interviewer_token_hash: string;
  candidate_token_hash: string;
  observer_token_hash: string;
  created_at: Date | string;
  assessment: string | null;
  session: string | null;
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
      `INSERT INTO rooms (id, title, problem_slug, interviewer_token_hash, candidate_token_hash, observer_token_hash,
                          created_at, assessment, session)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        room.id,
        room.title,
        room.problemSlug,
        room.tokenHashes.interviewer,
        room.tokenHashes.candidate,
        room.tokenHashes.observer,
        room.createdAt.toISOString(),
        room.assessment === null ? null : JSON.stringify(room.assessment),
        room.session === null ? null : JSON.stringify(room.session),
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
      assessment: json<AssessmentSettings>(row.assessment),
      session: json<SessionRecord>(row.session),
    };
  }

  async listOpenAssessments(): Promise<OpenAssessment[]> {
    const rows = await this.sql.query<{ room_id: string; data: string | { deadline: string }; ended: boolean }>(
      `SELECT started.room_id, started.data,
              EXISTS (SELECT 1 FROM room_events ended WHERE ended.kind = 'assessmentEnded' AND ended.room_id = started.room_id) AS ended
       FROM room_events started
       WHERE started.kind = 'assessmentStarted'
         AND NOT EXISTS (SELECT 1 FROM room_events scored WHERE scored.kind = 'scored' AND scored.room_id = started.room_id)`,
    );
    return rows.map((row) => ({
      roomId: row.room_id,
      deadline: new Date((json(row.data) as { deadline: string }).deadline),
      ended: row.ended === true,
    }));
  }

  async setRoomProblem(id: string, problemSlug: string | null, event: EventDraft): Promise<TimelineEvent> {
    return this.withEvent(async (tx) => {
      await tx.query('UPDATE rooms SET problem_slug = $2 WHERE id = $1', [id, problemSlug]);
      return required(await insertEvent(tx, id, event));
    });
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

  loadUpdates(roomId: string, doc: DocName): Promise<StoredUpdate[]> {
    return loadAllUpdates(this.sql, roomId, doc);
  }

  loadDoc(roomId: string, doc: DocName): Promise<StoredDoc> {
    return loadDoc(this.sql, roomId, doc);
  }

  compactDoc(roomId: string, doc: DocName, fold: UpdateFold, batch: CompactionBatch): Promise<number> {
    return compactDoc(this.sql, roomId, doc, fold, batch);
  }

  /** Runs `work` in a transaction, again if another writer took the event number it drew. */
  private async withEvent<T>(work: (tx: SqlQueries) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.sql.transaction(work);
      } catch (error) {
        if (!isSeqConflict(error) || attempt >= 5) throw error;
      }
    }
  }

  appendEvent(roomId: string, event: EventDraft): Promise<TimelineEvent | null> {
    return this.withEvent((tx) => insertEvent(tx, roomId, event));
  }

  async listEvents(roomId: string): Promise<TimelineEvent[]> {
    const rows = await this.sql.query<EventRow>(
      'SELECT seq, kind, at, actor, data FROM room_events WHERE room_id = $1 ORDER BY seq',
      [roomId],
    );
    return rows.map(toEvent);
  }

  async createRun(run: StoredRun, event: EventDraft): Promise<TimelineEvent> {
    return this.withEvent(async (tx) => {
      await tx.query(
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
          storableText(run.code),
          storableText(run.customInput),
          run.report === null ? null : storableJson(run.report),
          run.error === null ? null : storableJson(run.error),
          run.createdAt.toISOString(),
          run.finishedAt?.toISOString() ?? null,
          run.complexity === null ? null : storableJson(run.complexity),
          run.follows,
          run.target,
        ],
      );
      return required(await insertEvent(tx, run.roomId, event));
    });
  }

  async finishRun(id: string, outcome: RunOutcome, event: EventDraft): Promise<TimelineEvent> {
    return this.withEvent(async (tx) => {
      const [row] = await tx.query<{ room_id: string }>(
        'UPDATE runs SET status = $2, report = $3, error = $4, finished_at = $5, complexity = $6 WHERE id = $1 RETURNING room_id',
        [
          id,
          outcome.status,
          outcome.report === null ? null : storableJson(outcome.report),
          outcome.error === null ? null : storableJson(outcome.error),
          outcome.finishedAt.toISOString(),
          outcome.complexity === null ? null : storableJson(outcome.complexity),
        ],
      );
      if (!row) throw new Error(`no run ${id} to finish`);
      return required(await insertEvent(tx, row.room_id, event));
    });
  }

  async abandonRuns(error: ErrorPayload, at: Date): Promise<number> {
    return this.withEvent(async (tx) => {
      const rows = await tx.query<{ id: string; room_id: string }>(
        "UPDATE runs SET status = 'failed', error = $1, finished_at = $2 WHERE status = 'running' RETURNING id, room_id",
        [storableJson(error), at.toISOString()],
      );
      for (const row of rows) {
        const run = { id: row.id, status: 'failed', verdict: null, passed: null, total: null, measured: null } as const;
        await insertEvent(tx, row.room_id, { kind: 'runFinished', run, at, by: null });
      }
      return rows.length;
    });
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

  async submitScorecard(
    roomId: string,
    scorecard: SubmittedScorecard,
    event: EventDraft,
  ): Promise<TimelineEvent | null> {
    const { submittedAt, by, ...content } = scorecard;
    return this.withEvent(async (tx) => {
      const rows = await tx.query<{ room_id: string }>(
        `INSERT INTO scorecards (room_id, content, by_name, by_role, submitted_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (room_id) DO NOTHING RETURNING room_id`,
        [roomId, storableJson(content), by.name, by.role, submittedAt],
      );
      return rows.length === 1 ? required(await insertEvent(tx, roomId, event)) : null;
    });
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
      [roomId, rating.stars, storableText(rating.comment), rating.ratedAt],
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

  async setPadTests(roomId: string, tests: readonly PadTest[], event: EventDraft): Promise<TimelineEvent> {
    return this.withEvent(async (tx) => {
      await tx.query('DELETE FROM pad_tests WHERE room_id = $1', [roomId]);
      for (const [position, test] of tests.entries()) {
        await tx.query(
          'INSERT INTO pad_tests (room_id, position, id, call, expected, hidden) VALUES ($1, $2, $3, $4, $5, $6)',
          [roomId, position, test.id, storableText(test.call), storableText(test.expected), test.hidden],
        );
      }
      return required(await insertEvent(tx, roomId, event));
    });
  }

  async listPadTests(roomId: string): Promise<PadTest[]> {
    const rows = await this.sql.query<PadTest>(
      'SELECT id, call, expected, hidden FROM pad_tests WHERE room_id = $1 ORDER BY position',
      [roomId],
    );
    return rows.map(({ id, call, expected, hidden }) => ({ id, call, expected, hidden: Boolean(hidden) }));
  }

  async listClientIds(roomId: string): Promise<Map<number, Role>> {
    const rows = await this.sql.query<{ client_id: number | string; link: Role }>(
      'SELECT client_id, link FROM doc_clients WHERE room_id = $1',
      [roomId],
    );
    return new Map(rows.map((row) => [Number(row.client_id), row.link]));
  }

  async claimClientIds(roomId: string, ids: readonly number[], link: Role): Promise<void> {
    if (ids.length === 0) return;
    const values = ids.map((_, i) => `($1, $${i + 3}, $2)`).join(', ');
    await this.sql.query(
      `INSERT INTO doc_clients (room_id, client_id, link) VALUES ${values} ON CONFLICT (room_id, client_id) DO NOTHING`,
      [roomId, link, ...ids],
    );
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

/** An event a write must have made: only a keyed draft may come back empty. */
function required(event: TimelineEvent | null): TimelineEvent {
  if (!event) throw new Error('an event without a key was not stored');
  return event;
}
