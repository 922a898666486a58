import {
  type Actor,
  COMPLEXITY_CLASSES,
  type ComplexityClaim,
  type ComplexityReport,
  type ErrorPayload,
  type JudgeReport,
  type Language,
  NOTE_TAGS,
  padQuestion,
  ROLES,
  type RunMode,
  type RunTarget,
  runFinishedOf,
  type ThinkAloudNote,
} from '@dryrun/shared';
import * as Y from 'yjs';
import { z } from 'zod';
import { insertEvent, json } from './eventRows.ts';
import type { SqlQueries } from './SqlClient.ts';
import type { EventDraft } from './Store.ts';

/**
 * Migration 6: the room's timeline. Creates `room_events` (every fact the server vouches for,
 * numbered per room; its fields as JSON text, not jsonb, which cannot hold a NUL character
 * that a note or a pinned line of code may have) and `doc_clients` (which link first used each Yjs client id), then
 * carries every existing room over: the think-aloud notes, claims and "starter code seeded"
 * marks that protocol 2 kept inside the shared Y.Doc, and the hints, runs and scorecard it
 * kept in tables, become the room's timeline in the order they happened (entries that are
 * not what that server wrote, which anyone could put there, stay behind); a blank pad's
 * question moves from the shared doc to the `question` doc. The old parts of the shared doc
 * stay where they are, unread.
 */
export async function moveFactsToTimeline(tx: SqlQueries): Promise<void> {
  await tx.query(`CREATE TABLE room_events (
     room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
     seq integer NOT NULL,
     kind text NOT NULL,
     at timestamptz NOT NULL,
     actor text,
     data text NOT NULL,
     key text,
     PRIMARY KEY (room_id, seq),
     UNIQUE (room_id, key)
   )`);
  await tx.query(`CREATE TABLE doc_clients (
     room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
     client_id bigint NOT NULL,
     link text NOT NULL,
     PRIMARY KEY (room_id, client_id)
   )`);
  const rooms = await tx.query<{ id: string; created_at: Date | string }>(
    'SELECT id, created_at FROM rooms ORDER BY id',
  );
  for (const room of rooms) {
    const shared = await sharedDocOf(tx, room.id);
    const drafts = [
      ...factsInSharedDoc(shared, new Date(room.created_at)),
      ...(await hintFacts(tx, room.id)),
      ...(await runFacts(tx, room.id)),
      ...(await scorecardFacts(tx, room.id)),
    ];
    // Stable: facts of the same moment keep the order they are gathered in.
    drafts.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const draft of drafts) await insertEvent(tx, room.id, draft);
    await moveQuestion(tx, room.id, shared);
    shared.destroy();
  }
  await tx.query('DROP TABLE hints');
}

async function sharedDocOf(tx: SqlQueries, roomId: string): Promise<Y.Doc> {
  const rows = await tx.query<{ update: Uint8Array }>(
    `SELECT "update" FROM doc_updates WHERE room_id = $1 AND doc = 'shared' ORDER BY id`,
    [roomId],
  );
  const doc = new Y.Doc();
  if (rows.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(rows.map((r) => new Uint8Array(r.update))));
  return doc;
}

/** An author as protocol 2 recorded one: a name and a role, no participant id. */
function legacyActor(by: { name: string; role: Actor['role'] }): Actor {
  return { participantId: null, name: by.name, role: by.role };
}

/**
 * What protocol 2's server wrote into the shared doc, read back with care: any participant
 * could write there too, so an entry that is not what the server wrote is left behind.
 */
const author = z.object({ name: z.string(), role: z.enum(ROLES) });
const at = z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'a time');
const pinned = z.object({ line: z.number(), text: z.string() }).nullable();
const legacyNote = z.object({
  id: z.string(),
  at,
  by: author,
  problemSlug: z.string(),
  tag: z.enum(NOTE_TAGS).nullable(),
  text: z.string(),
  pinned,
});
const legacyClaim = z.object({
  id: z.string(),
  at,
  by: author,
  problemSlug: z.string(),
  time: z.string(),
  space: z.string(),
  timeClass: z.enum(COMPLEXITY_CLASSES).nullable(),
  reason: z.string(),
  pinned,
});

function entriesOf<T>(array: Y.Array<unknown>, schema: z.ZodType<T>): T[] {
  return array.toArray().flatMap((entry) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

function factsInSharedDoc(doc: Y.Doc, createdAt: Date): EventDraft[] {
  const notes: ThinkAloudNote[] = entriesOf(doc.getArray('thinkAloud'), legacyNote);
  const claims: ComplexityClaim[] = entriesOf(doc.getArray('claims'), legacyClaim);
  const seeded = [...doc.getMap('settings').keys()].filter((key) => key.startsWith('seeded/'));
  return [
    // When a problem was seeded was not kept: the room's start is the best bound there is.
    ...seeded.map((key): EventDraft => {
      const problemSlug = key.slice('seeded/'.length);
      return { kind: 'seeded', problemSlug, at: createdAt, by: null, key: `seeded:${problemSlug}` };
    }),
    ...notes.map((note): EventDraft => ({ kind: 'note', note, at: new Date(note.at), by: legacyActor(note.by) })),
    ...claims.map((claim): EventDraft => ({ kind: 'claim', claim, at: new Date(claim.at), by: legacyActor(claim.by) })),
  ];
}

async function hintFacts(tx: SqlQueries, roomId: string): Promise<EventDraft[]> {
  const rows = await tx.query<{
    id: string;
    problem_slug: string;
    hint_index: number;
    text: string;
    by_name: string;
    by_role: Actor['role'];
    revealed_at: Date | string;
  }>('SELECT * FROM hints WHERE room_id = $1 ORDER BY revealed_at, hint_index', [roomId]);
  return rows.map((row): EventDraft => {
    const by = { name: row.by_name, role: row.by_role };
    const index = Number(row.hint_index);
    const revealedAt = new Date(row.revealed_at);
    return {
      kind: 'hint',
      hint: {
        id: row.id,
        problemSlug: row.problem_slug,
        index,
        text: row.text,
        revealedAt: revealedAt.toISOString(),
        by,
      },
      at: revealedAt,
      by: legacyActor(by),
      key: `hint:${row.problem_slug}:${index}`,
    };
  });
}

async function runFacts(tx: SqlQueries, roomId: string): Promise<EventDraft[]> {
  const rows = await tx.query<{
    id: string;
    mode: RunMode;
    status: 'running' | 'done' | 'failed';
    problem_slug: string;
    language: Language;
    by_name: string;
    by_role: Actor['role'];
    report: JudgeReport | string | null;
    complexity: ComplexityReport | string | null;
    error: ErrorPayload | string | null;
    follows_run_id: string | null;
    target: RunTarget | null;
    created_at: Date | string;
    finished_at: Date | string | null;
  }>('SELECT * FROM runs WHERE room_id = $1 ORDER BY created_at, id', [roomId]);
  return rows.flatMap((row): EventDraft[] => {
    const by = legacyActor({ name: row.by_name, role: row.by_role });
    const started: EventDraft = {
      kind: 'runStarted',
      run: {
        id: row.id,
        mode: row.mode,
        target: row.target ?? (row.problem_slug === 'scratch' ? 'program' : 'problem'),
        problemSlug: row.problem_slug,
        language: row.language,
        follows: row.follows_run_id,
      },
      at: new Date(row.created_at),
      by,
    };
    if (row.status === 'running' || row.finished_at === null) return [started];
    const run = runFinishedOf({
      id: row.id,
      status: row.status,
      report: json(row.report),
      complexity: json(row.complexity),
    });
    return [started, { kind: 'runFinished', run, at: new Date(row.finished_at), by: null }];
  });
}

async function scorecardFacts(tx: SqlQueries, roomId: string): Promise<EventDraft[]> {
  const rows = await tx.query<{ by_name: string; by_role: Actor['role']; submitted_at: Date | string }>(
    'SELECT by_name, by_role, submitted_at FROM scorecards WHERE room_id = $1',
    [roomId],
  );
  return rows.map((row): EventDraft => {
    const at = new Date(row.submitted_at);
    const by = legacyActor({ name: row.by_name, role: row.by_role });
    return { kind: 'scorecard', submittedAt: at.toISOString(), at, by, key: 'scorecard' };
  });
}

/** A blank pad's question, from the shared doc (protocol 2) to the `question` doc. */
async function moveQuestion(tx: SqlQueries, roomId: string, shared: Y.Doc): Promise<void> {
  const text = padQuestion(shared).toString();
  if (!text) return;
  const doc = new Y.Doc();
  padQuestion(doc).insert(0, text);
  await tx.query(`INSERT INTO doc_updates (room_id, doc, "update", created_at) VALUES ($1, 'question', $2, $3)`, [
    roomId,
    Y.encodeStateAsUpdate(doc),
    new Date().toISOString(),
  ]);
  doc.destroy();
}
