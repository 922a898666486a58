import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { RunningServer } from '@dryrun/server';
import {
  type Actor,
  type ComplexityClaim,
  codeText,
  eventsOf,
  type HintRecord,
  type JudgeReport,
  padQuestion,
  roomSettings,
  type ScorecardInput,
  type ThinkAloudNote,
  type TimelineEvent,
} from '@dryrun/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate } from '../../server/src/store/migrations.ts';
import { openStore } from '../../server/src/store/openStore.ts';
import { openPglite } from '../../server/src/store/pglite.ts';
import { openPostgres } from '../../server/src/store/postgres.ts';
import type { SqlClient } from '../../server/src/store/SqlClient.ts';
import type { Store, StoredUpdate } from '../../server/src/store/Store.ts';
import { backends, createStorage, reportSkippedBackends, type TestStorage } from '../support/storage.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { eventually, startTestServer } from '../support/testServer.ts';

reportSkippedBackends();

/**
 * Migration 6 carries rooms of protocol 2 over to the timeline. Each backend gets a database
 * built up to schema version 5, rooms written into it by SQL the way protocol 2 kept them
 * (facts partly inside the shared Y.Doc, partly in tables), then the store opened as the
 * server opens it.
 */

/** The SQL client exactly as `openStore` opens it, without migrating. */
function openClient(storage: TestStorage): Promise<SqlClient> {
  return storage.databaseUrl ? openPostgres(storage.databaseUrl) : openPglite(join(storage.dataDir, 'pglite'));
}

function openStoreOn(storage: TestStorage): Promise<Store> {
  return openStore({ dataDir: storage.dataDir, databaseUrl: storage.databaseUrl });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const TOKENS = { interviewer: 'migrated-interviewer-token', candidate: 'migrated-candidate-token', observer: 'obs' };

const T0 = Date.UTC(2025, 4, 6, 10, 0, 0, 123);
const at = (minutes: number, seconds = 0) => new Date(T0 + minutes * 60_000 + seconds * 1000);
const iso = (minutes: number, seconds = 0) => at(minutes, seconds).toISOString();

const cara = { name: 'Cara “c” ü', role: 'candidate' as const };
const ivy = { name: 'Ivy', role: 'interviewer' as const };
/** How migrated events name their author: protocol 2 kept no participant id. */
const actor = (by: { name: string; role: Actor['role'] }): Actor => ({ participantId: null, ...by });

const ROOM = 'proto2-room';
const BLANK = 'proto2-blank';
const EMPTY = 'proto2-empty';

const CODE = 'function twoSum(nums, target) {\n  // mine — “kept” ✓\n  return [];\n}\n';
const QUESTION = '# Merge intervals\n\nGiven `intervals`, merge the **overlapping** ones.\n\n- ü “quoted”\n';
const BLANK_QUESTION = 'Write `add(a, b)`.';

const note1: ThinkAloudNote = {
  id: 'note-1',
  at: iso(1),
  by: cara,
  problemSlug: 'two-sum',
  tag: 'approach',
  text: 'A map from value to index — one pass',
  pinned: { line: 2, text: '  // mine — “kept” ✓' },
};
const note2: ThinkAloudNote = {
  id: 'note-2',
  at: iso(5),
  by: cara,
  problemSlug: 'two-sum',
  tag: null,
  text: 'Testing the empty array',
  pinned: null,
};
const claim: ComplexityClaim = {
  id: 'claim-1',
  at: iso(3),
  by: cara,
  problemSlug: 'two-sum',
  time: 'O(n)',
  space: 'O(n)',
  timeClass: 'O(n)',
  reason: 'Each number is looked at once',
  pinned: null,
};
const hint: HintRecord = {
  id: 'hint-1',
  problemSlug: 'two-sum',
  index: 0,
  text: 'What number would pair with this one?',
  revealedAt: iso(4),
  by: ivy,
};
const report: JudgeReport = {
  verdict: 'wrong_answer',
  passed: 2,
  total: 3,
  steps: 321,
  timeMs: 1.5,
  compileError: null,
  tests: [
    { name: 'example 1', hidden: false, verdict: 'accepted', steps: 100, timeMs: 0.5, input: 'twoSum([2, 7], 9)' },
    { name: 'example 2', hidden: false, verdict: 'accepted', steps: 221, timeMs: 1, input: 'twoSum([3, 3], 6)' },
    { name: 'secret', hidden: true, verdict: 'wrong_answer' },
  ],
};
const score = { score: 3 as const, comment: 'Clear', evidence: [{ kind: 'note' as const, id: 'note-1' }] };
const scorecard: ScorecardInput = {
  scores: { problemSolving: score, coding: score, verification: score, communication: score, complexity: score },
  recommendation: 'yes',
  strengths: 'Explained the plan',
  improve: 'Test earlier',
};

/** The events migration 6 should make of the protocol-2 room, in time order. */
const expectedTimeline: TimelineEvent[] = [
  { seq: 1, kind: 'seeded', problemSlug: 'two-sum', at: iso(0), by: null },
  { seq: 2, kind: 'note', note: note1, at: note1.at, by: actor(cara) },
  {
    seq: 3,
    kind: 'runStarted',
    // Stored before targets were: a problem's run.
    run: {
      id: 'run-done',
      mode: 'submit',
      target: 'problem',
      problemSlug: 'two-sum',
      language: 'javascript',
      follows: null,
    },
    at: iso(2),
    by: actor(cara),
  },
  {
    seq: 4,
    kind: 'runFinished',
    run: { id: 'run-done', status: 'done', verdict: 'wrong_answer', passed: 2, total: 3, measured: null },
    at: iso(2, 1),
    by: null,
  },
  { seq: 5, kind: 'claim', claim, at: claim.at, by: actor(cara) },
  { seq: 6, kind: 'hint', hint, at: hint.revealedAt, by: actor(ivy) },
  { seq: 7, kind: 'note', note: note2, at: note2.at, by: actor(cara) },
  {
    seq: 8,
    kind: 'runStarted',
    run: {
      id: 'run-cut',
      mode: 'run',
      target: 'program',
      problemSlug: 'two-sum',
      language: 'javascript',
      follows: null,
    },
    at: iso(6),
    by: actor(ivy),
  },
  { seq: 9, kind: 'scorecard', submittedAt: iso(7), at: iso(7), by: actor(ivy) },
];

/** Every update a doc makes while `write` runs, one per transaction. */
function updatesOf(doc: Y.Doc, write: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const keep = (update: Uint8Array) => updates.push(update);
  doc.on('update', keep);
  write();
  doc.off('update', keep);
  return updates;
}

/** The protocol-2 shared doc of the main room, as the updates that built it. */
function protocol2SharedDoc(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates = updatesOf(doc, () => {
    // Protocol 2's server seeded the starter code, and marked it.
    doc.transact(() => {
      codeText(doc, 'two-sum', 'javascript').insert(0, 'function twoSum(nums, target) {}\n');
      codeText(doc, 'two-sum', 'typescript').insert(0, 'function twoSum(nums: number[], target: number) {}\n');
      roomSettings(doc).set('seeded/two-sum', true);
    });
    roomSettings(doc).set('language', 'javascript');
    const js = codeText(doc, 'two-sum', 'javascript');
    js.delete(0, js.length);
    js.insert(0, CODE);
    // Deleted on purpose: the starter must not come back.
    const ts = codeText(doc, 'two-sum', 'typescript');
    ts.delete(0, ts.length);
    doc.getArray<ThinkAloudNote>('thinkAloud').push([note1]);
    doc.getArray<ComplexityClaim>('claims').push([claim]);
    doc.getArray<ThinkAloudNote>('thinkAloud').push([note2]);
    padQuestion(doc).insert(0, QUESTION.slice(0, 10));
    padQuestion(doc).insert(10, QUESTION.slice(10));
  });
  doc.destroy();
  return updates;
}

async function insertRoom(sql: SqlClient, id: string, problemSlug: string | null): Promise<void> {
  await sql.query(
    `INSERT INTO rooms (id, title, problem_slug, interviewer_token_hash, candidate_token_hash, observer_token_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      `Protocol 2 room ${id}`,
      problemSlug,
      sha256(TOKENS.interviewer),
      sha256(TOKENS.candidate),
      sha256(TOKENS.observer),
      at(0).toISOString(),
    ],
  );
}

async function insertUpdates(sql: SqlClient, roomId: string, doc: string, updates: Uint8Array[]): Promise<void> {
  for (const [i, update] of updates.entries()) {
    await sql.query('INSERT INTO doc_updates (room_id, doc, "update", created_at) VALUES ($1, $2, $3, $4)', [
      roomId,
      doc,
      Buffer.from(update),
      at(0, i).toISOString(),
    ]);
  }
}

/** A database at schema version 5 holding protocol-2 rooms; returns the shared doc's updates. */
async function buildVersion5(storage: TestStorage): Promise<Uint8Array[]> {
  const sql = await openClient(storage);
  try {
    await migrate(sql, { until: 5 });
    const versions = await sql.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => Number(v.version))).toEqual([1, 2, 3, 4, 5]);

    await insertRoom(sql, ROOM, 'two-sum');
    const shared = protocol2SharedDoc();
    expect(shared.length).toBeGreaterThan(5);
    await insertUpdates(sql, ROOM, 'shared', shared);
    const privateDoc = new Y.Doc();
    await insertUpdates(
      sql,
      ROOM,
      'private',
      updatesOf(privateDoc, () => privateDoc.getText('notes').insert(0, 'private pad')),
    );
    await sql.query(
      `INSERT INTO hints (id, room_id, problem_slug, hint_index, text, by_name, by_role, revealed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [hint.id, ROOM, hint.problemSlug, hint.index, hint.text, ivy.name, ivy.role, hint.revealedAt],
    );
    const insertRun = `INSERT INTO runs (id, room_id, mode, status, problem_slug, language, by_name, by_role, code,
        custom_input, report, error, created_at, finished_at, complexity, follows_run_id, target)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`;
    await sql.query(insertRun, [
      'run-done',
      ROOM,
      'submit',
      'done',
      'two-sum',
      'javascript',
      cara.name,
      cara.role,
      CODE,
      null,
      JSON.stringify(report),
      null,
      iso(2),
      iso(2, 1),
      null,
      null,
      null,
    ]);
    await sql.query(insertRun, [
      'run-cut',
      ROOM,
      'run',
      'running',
      'two-sum',
      'javascript',
      ivy.name,
      ivy.role,
      CODE,
      null,
      null,
      null,
      iso(6),
      null,
      null,
      null,
      'program',
    ]);
    await sql.query(
      'INSERT INTO scorecards (room_id, content, by_name, by_role, submitted_at) VALUES ($1, $2, $3, $4, $5)',
      [ROOM, JSON.stringify(scorecard), ivy.name, ivy.role, iso(7)],
    );

    // A blank pad with a question and nothing else, and a room nobody ever opened.
    await insertRoom(sql, BLANK, null);
    const blank = new Y.Doc();
    await insertUpdates(
      sql,
      BLANK,
      'shared',
      updatesOf(blank, () => {
        padQuestion(blank).insert(0, BLANK_QUESTION);
        codeText(blank, 'scratch', 'javascript').insert(0, 'const add = (a, b) => a + b;');
      }),
    );
    await insertRoom(sql, EMPTY, 'two-sum');
    return shared;
  } finally {
    await sql.close();
  }
}

/** A doc rebuilt from stored updates. */
function docOf(updates: readonly StoredUpdate[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u.update);
  return doc;
}

const bytes = (updates: readonly StoredUpdate[]) => updates.map((u) => Buffer.from(u.update).toString('hex'));

describe.each(backends())('migration 6 (facts to the timeline) on %s', (backend) => {
  let storage: TestStorage;
  let sharedUpdates: Uint8Array[];

  beforeAll(async () => {
    storage = await createStorage(backend);
    sharedUpdates = await buildVersion5(storage);
  });

  afterAll(async () => {
    await storage?.cleanup();
  });

  it('carries notes, claims, seeded marks, hints, runs and the scorecard over, in time order', async () => {
    const store = await openStoreOn(storage);
    try {
      const timeline = await store.listEvents(ROOM);
      expect(timeline).toEqual(expectedTimeline);
      expect(timeline.map((e) => e.seq)).toEqual(expectedTimeline.map((_, i) => i + 1));
      const times = timeline.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((x, y) => x - y));
      // Ids are kept: a scorecard's evidence still finds what it cites.
      expect(eventsOf(timeline, 'note').map((e) => e.note.id)).toEqual(['note-1', 'note-2']);
      expect(eventsOf(timeline, 'claim').map((e) => e.claim.id)).toEqual(['claim-1']);
      expect(eventsOf(timeline, 'hint').map((e) => e.hint)).toEqual([hint]);
      // The running run has started and not finished (yet: the server's start will say it failed).
      expect(eventsOf(timeline, 'runFinished').map((e) => e.run.id)).toEqual(['run-done']);

      // The rest of the room is as it was.
      const [runCut, runDone] = [...(await store.listRuns(ROOM, 10))].reverse();
      expect(runDone).toMatchObject({ id: 'run-done', status: 'done', report, target: 'problem', code: CODE });
      expect(runCut).toMatchObject({ id: 'run-cut', status: 'running', target: 'program', finishedAt: null });
      expect(await store.getScorecard(ROOM)).toEqual({ ...scorecard, submittedAt: iso(7), by: ivy });

      // The shared doc's rows are untouched, code included; the question has a doc of its own.
      const shared = await store.loadUpdates(ROOM, 'shared');
      expect(bytes(shared)).toEqual(sharedUpdates.map((u) => Buffer.from(u).toString('hex')));
      const sharedDoc = docOf(shared);
      expect(codeText(sharedDoc, 'two-sum', 'javascript').toString()).toBe(CODE);
      expect(codeText(sharedDoc, 'two-sum', 'typescript').toString()).toBe('');
      const question = await store.loadUpdates(ROOM, 'question');
      expect(question).toHaveLength(1);
      expect(padQuestion(docOf(question)).toString()).toBe(QUESTION);
      expect((await store.loadUpdates(ROOM, 'private')).length).toBe(1);

      // The blank pad: its question moved, and nothing happened in it.
      expect(await store.listEvents(BLANK)).toEqual([]);
      expect(padQuestion(docOf(await store.loadUpdates(BLANK, 'question'))).toString()).toBe(BLANK_QUESTION);
      expect(codeText(docOf(await store.loadUpdates(BLANK, 'shared')), 'scratch', 'javascript').toString()).toBe(
        'const add = (a, b) => a + b;',
      );
      // A room never opened: nothing to carry over, and not even a seeded mark.
      expect(await store.listEvents(EMPTY)).toEqual([]);
      expect(await store.loadUpdates(EMPTY, 'question')).toEqual([]);

      // The timeline goes on from there.
      const next = await store.appendEvent(EMPTY, {
        kind: 'note',
        note: { ...note2, id: 'note-3' },
        at: at(9),
        by: null,
      });
      expect(next?.seq).toBe(1);
      const seeded = await store.appendEvent(ROOM, {
        kind: 'seeded',
        problemSlug: 'two-sum',
        at: at(10),
        by: null,
        key: 'seeded:two-sum',
      });
      // The carried-over mark has the key the server seeds with: it happened once already.
      expect(seeded).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('opens the migrated database again without changing anything', async () => {
    const snapshot = async (store: Store) => ({
      events: await Promise.all([ROOM, BLANK, EMPTY].map((id) => store.listEvents(id))),
      question: bytes(await store.loadUpdates(ROOM, 'question')),
      blankQuestion: bytes(await store.loadUpdates(BLANK, 'question')),
      shared: bytes(await store.loadUpdates(ROOM, 'shared')),
    });
    const first = await openStoreOn(storage);
    const before = await snapshot(first);
    await first.close();
    const second = await openStoreOn(storage);
    try {
      expect(await snapshot(second)).toEqual(before);
      expect(before.events[0]).toHaveLength(expectedTimeline.length);
      expect(before.question).toHaveLength(1);
    } finally {
      await second.close();
    }
    const sql = await openClient(storage);
    try {
      const versions = await sql.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.map((v) => Number(v.version))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const [hints] = await sql.query<{ exists: string | null }>("SELECT to_regclass('hints')::text AS exists");
      expect(hints?.exists).toBeNull();
    } finally {
      await sql.close();
    }
  });

  describe('served', () => {
    let server: RunningServer | undefined;
    const peers: TestPeer[] = [];

    afterAll(async () => {
      for (const peer of peers) peer.close();
      await server?.close();
    });

    it('gives a joiner the carried-over timeline, the question and the code, without seeding again', async () => {
      server = await startTestServer(storage);
      const peer = await TestPeer.connect(server.url, { roomId: ROOM, token: TOKENS.candidate, name: 'Cara' });
      peers.push(peer);
      expect(peer.snapshot.role).toBe('candidate');
      expect(peer.thinkAloud).toEqual([note1, note2]);
      expect(peer.claims).toEqual([claim]);
      expect(peer.hints).toEqual([hint]);
      expect(peer.feedback).toEqual({ submittedAt: iso(7) });
      // The run the old server was judging when it stopped is over: the start said so, next.
      expect(peer.snapshot.timeline.slice(0, expectedTimeline.length)).toEqual(expectedTimeline);
      expect(peer.snapshot.timeline.slice(expectedTimeline.length)).toMatchObject([
        {
          seq: expectedTimeline.length + 1,
          kind: 'runFinished',
          run: { id: 'run-cut', status: 'failed', verdict: null },
          by: null,
        },
      ]);
      expect(peer.snapshot.runs.map((r) => [r.id, r.status])).toEqual([
        ['run-done', 'done'],
        ['run-cut', 'failed'],
      ]);

      await eventually(() => {
        expect(peer.synced).toBe(true);
        expect(peer.question.toString()).toBe(QUESTION);
      });
      expect(peer.codeOf('two-sum', 'javascript').toString()).toBe(CODE);
      // Seeded before: the starter does not come back into the code deleted on purpose.
      expect(peer.codeOf('two-sum', 'typescript').toString()).toBe('');
      expect(eventsOf(peer.timeline, 'seeded')).toHaveLength(1);

      // An interviewer sees the same, and the blank pad's question arrives in its own doc.
      const blank = await TestPeer.connect(server.url, { roomId: BLANK, token: TOKENS.interviewer, name: 'Ivy' });
      peers.push(blank);
      await eventually(() => expect(blank.question.toString()).toBe(BLANK_QUESTION));
      expect(blank.snapshot.timeline).toEqual([]);

      // A room with a problem that was never seeded gets its starter now, once.
      const fresh = await TestPeer.connect(server.url, { roomId: EMPTY, token: TOKENS.candidate, name: 'Cara' });
      peers.push(fresh);
      await eventually(() => expect(fresh.codeOf('two-sum', 'javascript').toString()).not.toBe(''));
      expect(eventsOf(fresh.timeline, 'seeded').map((e) => e.problemSlug)).toEqual(['two-sum']);
    });

    it('stored nothing new for the migrated room but the cut-off run', async () => {
      for (const peer of peers.splice(0)) peer.close();
      await server?.close();
      server = undefined;
      const store = await openStoreOn(storage);
      try {
        const timeline = await store.listEvents(ROOM);
        expect(timeline.slice(0, expectedTimeline.length)).toEqual(expectedTimeline);
        expect(timeline.slice(expectedTimeline.length).map((e) => e.kind)).toEqual(['runFinished']);
        const shared = docOf(await store.loadUpdates(ROOM, 'shared'));
        expect(codeText(shared, 'two-sum', 'javascript').toString()).toBe(CODE);
        expect(codeText(shared, 'two-sum', 'typescript').toString()).toBe('');
        expect(padQuestion(docOf(await store.loadUpdates(ROOM, 'question'))).toString()).toBe(QUESTION);
      } finally {
        await store.close();
      }
    });
  });
});

describe.each(backends())('migration 6 of an unusual protocol-2 room on %s', (backend) => {
  /** The timeline migration 6 makes of a blank pad whose shared doc `write` filled in. */
  async function migratedTimeline(write: (doc: Y.Doc) => void): Promise<TimelineEvent[]> {
    const storage = await createStorage(backend);
    try {
      const sql = await openClient(storage);
      try {
        await migrate(sql, { until: 5 });
        await insertRoom(sql, ROOM, null);
        const doc = new Y.Doc();
        await insertUpdates(
          sql,
          ROOM,
          'shared',
          updatesOf(doc, () => write(doc)),
        );
      } finally {
        await sql.close();
      }
      const store = await openStoreOn(storage);
      try {
        return await store.listEvents(ROOM);
      } finally {
        await store.close();
      }
    } finally {
      await storage.cleanup();
    }
  }

  it('leaves behind what anyone wrote into the notes and claims that is not a note or a claim', async () => {
    const real = { ...note1, problemSlug: 'scratch', pinned: null };
    const events = await migratedTimeline((doc) => {
      doc
        .getArray<unknown>('thinkAloud')
        .push([null, 'a string', { text: 'no id' }, { ...real, at: 'yesterday' }, real]);
      doc.getArray<unknown>('claims').push([{ time: 'O(1)' }, 42]);
    });
    expect(events.map((e) => e.kind)).toEqual(['note']);
    expect(eventsOf(events, 'note').map((e) => e.note)).toEqual([real]);
  });

  /**
   * Protocol 2 kept notes in the Y.Doc, where a NUL character is fine (its note schema only
   * trimmed the text, and a pinned line's text is the code's line as it was); PostgreSQL's
   * jsonb refuses `\u0000`, so events keep their fields as JSON text. Were one such note to
   * make migration 6 throw, the migration would roll back and every start of the server fail.
   */
  it('migrates a note whose text holds a NUL character', async () => {
    const nul = { ...note1, problemSlug: 'scratch', text: 'before\u0000after', pinned: null };
    const events = await migratedTimeline((doc) => doc.getArray<ThinkAloudNote>('thinkAloud').push([nul]));
    expect(eventsOf(events, 'note').map((e) => e.note.text)).toEqual(['before\u0000after']);
  });
});
