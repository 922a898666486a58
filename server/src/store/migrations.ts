import type { SqlClient, SqlQueries } from './SqlClient.ts';
import { moveFactsToTimeline } from './timelineMigration.ts';

/** SQL statements, or work that needs more than SQL (reading Yjs documents). */
type Migration = string | ((tx: SqlQueries) => Promise<void>);

/**
 * Schema migrations, applied in order and recorded in `schema_migrations`. Never edit a
 * migration that has shipped: add the next one.
 */
const MIGRATIONS: readonly Migration[] = [
  `CREATE TABLE rooms (
     id text PRIMARY KEY,
     title text NOT NULL,
     problem_slug text,
     interviewer_token_hash text NOT NULL,
     candidate_token_hash text NOT NULL,
     observer_token_hash text NOT NULL,
     created_at timestamptz NOT NULL
   );
   CREATE TABLE doc_updates (
     id bigserial PRIMARY KEY,
     room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
     doc text NOT NULL,
     "update" bytea NOT NULL,
     created_at timestamptz NOT NULL
   );
   CREATE INDEX doc_updates_by_room_doc ON doc_updates (room_id, doc, id);`,
  `CREATE TABLE runs (
     id text PRIMARY KEY,
     room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
     mode text NOT NULL,
     status text NOT NULL,
     problem_slug text NOT NULL,
     language text NOT NULL,
     by_name text NOT NULL,
     by_role text NOT NULL,
     code text NOT NULL,
     custom_input text,
     report jsonb,
     error jsonb,
     created_at timestamptz NOT NULL,
     finished_at timestamptz
   );
   CREATE INDEX runs_by_room ON runs (room_id, created_at);`,
  `ALTER TABLE runs ADD COLUMN complexity jsonb;
   CREATE TABLE hints (
     id text PRIMARY KEY,
     room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
     problem_slug text NOT NULL,
     hint_index integer NOT NULL,
     text text NOT NULL,
     by_name text NOT NULL,
     by_role text NOT NULL,
     revealed_at timestamptz NOT NULL,
     UNIQUE (room_id, problem_slug, hint_index)
   );
   CREATE TABLE scorecards (
     room_id text PRIMARY KEY REFERENCES rooms (id) ON DELETE CASCADE,
     content jsonb NOT NULL,
     by_name text NOT NULL,
     by_role text NOT NULL,
     submitted_at timestamptz NOT NULL
   );
   CREATE TABLE feedback_ratings (
     room_id text PRIMARY KEY REFERENCES rooms (id) ON DELETE CASCADE,
     stars integer NOT NULL,
     comment text NOT NULL,
     rated_at timestamptz NOT NULL
   );`,
  `ALTER TABLE runs ADD COLUMN follows_run_id text;`,
  `ALTER TABLE runs ADD COLUMN target text;
   CREATE TABLE pad_tests (
     room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
     position integer NOT NULL,
     id text NOT NULL,
     call text NOT NULL,
     expected text NOT NULL,
     hidden boolean NOT NULL,
     PRIMARY KEY (room_id, position)
   );`,
  moveFactsToTimeline,
  `ALTER TABLE rooms ADD COLUMN assessment text;
   CREATE INDEX room_events_by_kind ON room_events (kind, room_id);`,
  `CREATE TABLE doc_history (
     room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
     doc text NOT NULL,
     first_edit integer NOT NULL,
     edit_count integer NOT NULL,
     edits bytea NOT NULL,
     state bytea NOT NULL,
     created_at timestamptz NOT NULL,
     PRIMARY KEY (room_id, doc, first_edit)
   );`,
  `ALTER TABLE rooms ADD COLUMN session text;`,
];

/** Applies the migrations not applied yet, each in its own transaction (up to `until`, for tests). */
export async function migrate(client: SqlClient, { until = MIGRATIONS.length } = {}): Promise<void> {
  await client.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const rows = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((r) => Number(r.version)));
  for (const [index, migration] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (applied.has(version) || version > until) continue;
    if (typeof migration === 'string') {
      await client.exec(`BEGIN; ${migration}; INSERT INTO schema_migrations (version) VALUES (${version}); COMMIT;`);
      continue;
    }
    await client.transaction(async (tx) => {
      await migration(tx);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    });
  }
}
