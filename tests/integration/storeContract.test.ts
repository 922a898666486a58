import { createHash, randomBytes } from 'node:crypto';
import {
  type Actor,
  type DocName,
  type HalfPlan,
  type JudgeReport,
  runFinishedOf,
  type SubmittedScorecard,
  type TimelineEvent,
  type TimelineFact,
} from '@dryrun/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/src/store/openStore.ts';
import type {
  EventDraft,
  RoomRecord,
  RunOutcome,
  Store,
  StoredRun,
  StoredUpdate,
} from '../../server/src/store/Store.ts';
import { backends, createStorage, reportSkippedBackends, type TestStorage } from '../support/storage.ts';

reportSkippedBackends();

function open(storage: TestStorage): Promise<Store> {
  return openStore({ dataDir: storage.dataDir, databaseUrl: storage.databaseUrl });
}

let roomCounter = 0;
function room(overrides: Partial<RoomRecord> = {}): RoomRecord {
  roomCounter++;
  return {
    id: `room-${roomCounter}-${randomBytes(4).toString('hex')}`,
    title: `Mock interview #${roomCounter} — “quotes” 'and' ünïcødé`,
    problemSlug: 'two-sum',
    tokenHashes: {
      interviewer: createHash('sha256').update(`i${roomCounter}`).digest('hex'),
      candidate: createHash('sha256').update(`c${roomCounter}`).digest('hex'),
      observer: createHash('sha256').update(`o${roomCounter}`).digest('hex'),
    },
    createdAt: new Date('2024-02-29T23:59:59.987Z'),
    assessment: null,
    session: null,
    ...overrides,
  };
}

function update(roomId: string, doc: DocName, bytes: Uint8Array | number[], at: Date | number): StoredUpdate {
  return {
    roomId,
    doc,
    update: bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes),
    at: typeof at === 'number' ? new Date(at) : at,
  };
}

/** A compact, exact fingerprint of bytes: long arrays would make unreadable diffs. */
function digest(bytes: Uint8Array): string {
  return `${bytes.byteLength}:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** A compaction batch that folds whatever there is. */
const ALL = { atLeast: 1, limit: 100_000 };

function summary(updates: readonly StoredUpdate[]) {
  return updates.map((u) => ({ roomId: u.roomId, doc: u.doc, update: digest(u.update), at: u.at.getTime() }));
}

/** An update whose bytes say which row it is (4 bytes, big-endian index). */
function numbered(roomId: string, doc: DocName, index: number, base: number): StoredUpdate {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, index);
  return update(roomId, doc, bytes, base + index);
}

function indexOf(u: StoredUpdate): number {
  return new DataView(u.update.buffer, u.update.byteOffset, u.update.byteLength).getUint32(0);
}

function run(roomId: string, index: number, overrides: Partial<StoredRun> = {}): StoredRun {
  return {
    id: `${roomId}-run-${index}`,
    roomId,
    mode: index % 2 === 0 ? 'run' : 'submit',
    status: 'running',
    problemSlug: 'two-sum',
    language: 'typescript',
    byName: 'Cara “c” ü',
    byRole: 'candidate',
    code: `function twoSum(nums: number[]): number[] { return [${index}] } // ’`,
    complexity: null,
    follows: null,
    target: 'problem',
    customInput: index === 0 ? '[[1, 2], 3]' : null,
    report: null,
    error: null,
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)),
    finishedAt: null,
    ...overrides,
  };
}

const candidate: Actor = { participantId: 'conn-“c”-1', name: 'Cara “c” ü', role: 'candidate' };
const interviewer: Actor = { participantId: 'conn-i-1', name: 'Ivy', role: 'interviewer' };
/** An author from before participant ids were recorded. */
const oldInterviewer: Actor = { participantId: null, name: 'Ian', role: 'interviewer' };

/** A fact to append, at a time, by someone (or the server), once-only with a key. */
function draft(fact: TimelineFact, at: Date | number, by: Actor | null = candidate, key?: string): EventDraft {
  return { ...fact, at: typeof at === 'number' ? new Date(at) : at, by, ...(key === undefined ? {} : { key }) };
}

/** The event a draft becomes as number `seq`: no key, the time as ISO 8601. */
function eventOf(d: EventDraft, seq: number): TimelineEvent {
  const { at, key: _key, ...fact } = d;
  return { ...fact, seq, at: at.toISOString() } as TimelineEvent;
}

function noteFact(id: string, text = `Note ${id}`): TimelineFact {
  return {
    kind: 'note',
    note: {
      id,
      at: '2025-01-01T00:00:00.123Z',
      by: { name: candidate.name, role: 'candidate' },
      problemSlug: 'two-sum',
      tag: null,
      text,
      pinned: null,
    },
  };
}

/** A run's `runStarted` draft, by whoever asked for it. */
function startedDraft(r: StoredRun): EventDraft {
  const { id, mode, target, problemSlug, language, follows } = r;
  const by = { participantId: `conn-${r.byRole}`, name: r.byName, role: r.byRole };
  return draft({ kind: 'runStarted', run: { id, mode, target, problemSlug, language, follows } }, r.createdAt, by);
}

/** A run's `runFinished` draft, by the server. */
function finishedDraft(id: string, outcome: RunOutcome): EventDraft {
  return draft({ kind: 'runFinished', run: runFinishedOf({ id, ...outcome }) }, outcome.finishedAt, null);
}

const wrongAnswerReport: JudgeReport = {
  verdict: 'wrong_answer',
  passed: 1,
  total: 2,
  steps: 12_345,
  timeMs: 4.5,
  compileError: null,
  tests: [
    { name: 'visible', hidden: false, verdict: 'accepted', steps: 3, timeMs: 1, input: 'twoSum([ 1 ])' },
    { name: 'secret', hidden: true, verdict: 'wrong_answer' },
  ],
};

function scorecardOf(submittedAt: string): SubmittedScorecard {
  const score = { score: 3 as const, comment: 'Clear “plan”', evidence: [{ kind: 'note' as const, id: 'n1' }] };
  return {
    scores: { problemSolving: score, coding: score, verification: score, communication: score, complexity: score },
    recommendation: 'yes',
    strengths: 'Tested edge cases',
    improve: 'State space complexity',
    submittedAt,
    by: { name: 'Ivy', role: 'interviewer' },
  };
}

describe.each(backends())('Store contract on %s', (backend) => {
  let storage: TestStorage;
  let store: Store;

  beforeAll(async () => {
    storage = await createStorage(backend);
    store = await open(storage);
  });

  afterAll(async () => {
    await store?.close();
    await storage?.cleanup();
  });

  describe('sessions', () => {
    it('keeps the session a room is a half of, with its plan', async () => {
      const halves: [HalfPlan, HalfPlan] = [
        { problemSlug: 'two-sum', minutes: 30 },
        { problemSlug: null, minutes: 25 },
      ];
      const first = room({ session: { half: 1, halves, firstHalf: null } });
      const second = room({ problemSlug: null, session: { half: 2, halves, firstHalf: first.id } });
      const unplanned = room({ session: { half: 2, halves: null, firstHalf: first.id } });
      for (const r of [first, second, unplanned]) await store.createRoom(r);
      for (const r of [first, second, unplanned]) expect(await store.getRoom(r.id)).toEqual(r);
    });
  });

  describe('assessments', () => {
    it('keeps an assessment’s set-up with its room, and lists those started and not scored', async () => {
      const settings = {
        problems: ['two-sum', 'min-stack'],
        minutes: 45,
        extraTimePercent: 25,
        strict: true,
        hints: false,
      } as const;
      const started = room({ problemSlug: null, assessment: { ...settings, problems: [...settings.problems] } });
      const scored = room({ problemSlug: null, assessment: { ...settings, problems: ['two-sum'] } });
      const ready = room({ problemSlug: null, assessment: { ...settings, problems: ['two-sum'] } });
      const ended = room({ problemSlug: null, assessment: { ...settings, problems: ['two-sum'] } });
      const pair = room();
      for (const r of [started, scored, ready, ended, pair]) await store.createRoom(r);
      expect(await store.getRoom(started.id)).toEqual(started);
      expect((await store.getRoom(pair.id))?.assessment).toBeNull();

      const deadline = '2030-01-01T10:45:00.000Z';
      for (const r of [started, scored, ended]) {
        await store.appendEvent(r.id, {
          kind: 'assessmentStarted',
          deadline,
          problems: [],
          at: new Date('2030-01-01T10:00:00Z'),
          by: null,
          key: 'assessmentStarted',
        });
      }
      await store.appendEvent(scored.id, {
        kind: 'scored',
        score: { problems: [], earned: 0, possible: 0, total: 0, scale: 1000 },
        at: new Date('2030-01-01T10:45:01Z'),
        by: null,
        key: 'scored',
      });
      await store.appendEvent(ended.id, {
        kind: 'assessmentEnded',
        reason: 'finished',
        at: new Date('2030-01-01T10:10:00Z'),
        by: null,
        key: 'assessmentEnded',
      });
      const open = (await store.listOpenAssessments()).filter((a) =>
        [started.id, scored.id, ready.id, ended.id, pair.id].includes(a.roomId),
      );
      expect(open.sort((a, b) => Number(a.ended) - Number(b.ended))).toEqual([
        { roomId: started.id, deadline: new Date(deadline), ended: false },
        { roomId: ended.id, deadline: new Date(deadline), ended: true },
      ]);
    });
  });

  describe('timeline', () => {
    it('numbers events 1, 2, 3 per room, each room on its own', async () => {
      const a = room();
      const b = room();
      await store.createRoom(a);
      await store.createRoom(b);
      const seqs: Array<[string, number | undefined]> = [];
      for (const [i, target] of [a, a, b, a, b, b, b, a].entries()) {
        const event = await store.appendEvent(target.id, draft(noteFact(`${target.id}-n${i}`), 1_000 + i));
        seqs.push([target === a ? 'a' : 'b', event?.seq]);
      }
      expect(seqs).toEqual([
        ['a', 1],
        ['a', 2],
        ['b', 1],
        ['a', 3],
        ['b', 2],
        ['b', 3],
        ['b', 4],
        ['a', 4],
      ]);
      expect((await store.listEvents(a.id)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect((await store.listEvents(b.id)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      // Each room lists its own facts only.
      expect((await store.listEvents(b.id)).map((e) => e.kind === 'note' && e.note.id)).toEqual(
        [2, 4, 5, 6].map((i) => `${b.id}-n${i}`),
      );
    });

    it('lists every kind of fact in order, with its time, actor and own fields intact', async () => {
      const r = room();
      await store.createRoom(r);
      const base = Date.UTC(2025, 2, 3, 4, 5, 6, 789);
      const drafts: EventDraft[] = [
        draft({ kind: 'problem', problemSlug: 'two-sum' }, base, interviewer),
        draft({ kind: 'seeded', problemSlug: 'two-sum' }, base + 1, null, 'seeded:two-sum'),
        draft(
          {
            kind: 'note',
            note: {
              id: `${r.id}-note`,
              at: new Date(base + 2).toISOString(),
              by: { name: candidate.name, role: 'candidate' },
              problemSlug: 'two-sum',
              tag: 'approach',
              text: 'Map of “complements” — O(n) ✓\nsecond line\twith a tab, \\ and "quotes" 🙂',
              pinned: { line: 3, text: '  const seen = new Map(); // ü' },
            },
          },
          base + 2,
        ),
        draft(
          {
            kind: 'claim',
            claim: {
              id: `${r.id}-claim`,
              at: new Date(base + 3).toISOString(),
              by: { name: candidate.name, role: 'candidate' },
              problemSlug: 'two-sum',
              time: 'O(n log n)',
              space: 'O(n + m)',
              timeClass: 'O(n log n)',
              reason: 'Sort, then two pointers',
              pinned: null,
            },
          },
          base + 3,
        ),
        draft(
          {
            kind: 'hint',
            hint: {
              id: `${r.id}-hint`,
              problemSlug: 'two-sum',
              index: 2,
              text: 'Think “complement” ü',
              revealedAt: new Date(base + 4).toISOString(),
              by: { name: 'Ian', role: 'interviewer' },
            },
          },
          base + 4,
          oldInterviewer,
          'hint:two-sum:2',
        ),
        draft(
          {
            kind: 'runStarted',
            run: {
              id: `${r.id}-run`,
              mode: 'complexity',
              target: 'problem',
              problemSlug: 'two-sum',
              language: 'typescript',
              follows: `${r.id}-submit`,
            },
          },
          base + 5,
        ),
        draft(
          {
            kind: 'runFinished',
            run: { id: `${r.id}-run`, status: 'done', verdict: null, passed: null, total: null, measured: 'O(n²)' },
          },
          base + 6,
          null,
        ),
        draft(
          {
            kind: 'runFinished',
            run: { id: `${r.id}-submit`, status: 'done', verdict: 'accepted', passed: 20, total: 20, measured: null },
          },
          base + 7,
          null,
        ),
        draft({ kind: 'problem', problemSlug: null }, base + 8, interviewer),
        draft({ kind: 'padTests', count: 3, hiddenCount: 1 }, base + 9, interviewer),
        draft(
          { kind: 'scorecard', submittedAt: new Date(base + 10).toISOString() },
          base + 10,
          interviewer,
          'scorecard',
        ),
        draft({ kind: 'swapProposed' }, base + 11, interviewer),
        draft({ kind: 'swapCancelled', reason: 'declined' }, base + 12, interviewer),
        draft({ kind: 'swapped', roomId: 'second-half' }, base + 13, interviewer, 'swapped'),
        draft({ kind: 'feedbackReleased' }, base + 14, null, 'feedbackReleased'),
        // Times need not grow: the timeline is in the order facts were appended.
        draft(noteFact(`${r.id}-late`), 0),
      ];
      const appended: Array<TimelineEvent | null> = [];
      for (const d of drafts) appended.push(await store.appendEvent(r.id, d));
      const expected = drafts.map((d, i) => eventOf(d, i + 1));
      expect(appended).toEqual(expected);
      const listed = await store.listEvents(r.id);
      expect(listed).toEqual(expected);
      // Exactly the event's fields: no key, no room id, no extra columns.
      for (const [i, event] of listed.entries()) {
        expect(Object.keys(event).sort()).toEqual(Object.keys(expected[i] as object).sort());
      }
      expect(listed[0]?.at).toBe('2025-03-03T04:05:06.789Z');
      expect(listed.at(-1)?.at).toBe('1970-01-01T00:00:00.000Z');
      expect(listed[1]?.by).toBeNull();
      expect(listed[4]?.by).toEqual({ participantId: null, name: 'Ian', role: 'interviewer' });
    });

    /** PostgreSQL's jsonb cannot hold `\u0000`; a note or a pinned line of code may. */
    it('keeps a note whose text holds a NUL character', async () => {
      const r = room();
      await store.createRoom(r);
      const fact = noteFact(`${r.id}-nul`, 'before\u0000after');
      const note = draft(fact, 1);
      expect(await store.appendEvent(r.id, note)).toEqual(eventOf(note, 1));
      expect(await store.listEvents(r.id)).toEqual([eventOf(note, 1)]);
    });

    it('stores a keyed draft once: the second is refused with null and takes no number', async () => {
      const r = room();
      const other = room();
      await store.createRoom(r);
      await store.createRoom(other);
      const first = draft({ kind: 'seeded', problemSlug: 'two-sum' }, 1_000, null, 'seeded:two-sum');
      expect(await store.appendEvent(r.id, first)).toEqual(eventOf(first, 1));
      const again = draft({ kind: 'seeded', problemSlug: 'two-sum' }, 2_000, interviewer, 'seeded:two-sum');
      expect(await store.appendEvent(r.id, again)).toBeNull();
      // Another kind with a taken key is refused too: the key alone decides.
      expect(await store.appendEvent(r.id, draft(noteFact('n-dup'), 2_500, candidate, 'seeded:two-sum'))).toBeNull();
      const next = draft(noteFact(`${r.id}-n`), 3_000);
      expect(await store.appendEvent(r.id, next)).toEqual(eventOf(next, 2));
      // Unkeyed drafts are never refused, even when equal.
      expect((await store.appendEvent(r.id, next))?.seq).toBe(3);
      // The same key in another room is another fact.
      expect((await store.appendEvent(other.id, again))?.seq).toBe(1);
      expect(await store.listEvents(r.id)).toEqual([eventOf(first, 1), eventOf(next, 2), eventOf(next, 3)]);
      expect(await store.listEvents(other.id)).toEqual([eventOf(again, 1)]);
    });

    it('lists nothing for a room without events, and refuses events of an unknown room', async () => {
      const r = room();
      await store.createRoom(r);
      expect(await store.listEvents(r.id)).toEqual([]);
      expect(await store.listEvents('no-such-room')).toEqual([]);
      await expect(store.appendEvent('no-such-room', draft(noteFact('n'), 1))).rejects.toThrow();
      expect(await store.listEvents('no-such-room')).toEqual([]);
    });

    /**
     * Concurrent writers of one room (several server processes, one day) take turns on the
     * room's row; numbering by max(seq) + 1 without that drew equal numbers on PostgreSQL.
     */
    it('numbers 20 concurrent appends to one room 1..20, losing none', async () => {
      const inOrder = Array.from({ length: 20 }, (_, i) => i + 1);
      // A few rooms in turn: once would do, but one round may happen to get through on PostgreSQL.
      for (let round = 0; round < 5; round++) {
        const r = room();
        await store.createRoom(r);
        const drafts = Array.from({ length: 20 }, (_, i) => draft(noteFact(`${r.id}-c${i}`), 5_000 + i));
        const events = await Promise.all(drafts.map((d) => store.appendEvent(r.id, d)));
        expect(events.map((e) => e?.seq ?? 0).sort((x, y) => x - y)).toEqual(inOrder);
        const listed = await store.listEvents(r.id);
        expect(listed.map((e) => e.seq)).toEqual(inOrder);
        // Each append got back the event it stored, and every draft is there once.
        for (const event of events) expect(listed[(event?.seq ?? 0) - 1]).toEqual(event);
        const ids = listed.map((e) => (e.kind === 'note' ? e.note.id : null));
        expect(new Set(ids)).toEqual(new Set(drafts.map((d) => (d.kind === 'note' ? d.note.id : null))));
      }
    });

    it('numbers concurrent appends to two rooms each on its own', async () => {
      const a = room();
      const b = room();
      await store.createRoom(a);
      await store.createRoom(b);
      const writes = Array.from({ length: 40 }, (_, i) => {
        const target = i % 2 === 0 ? a : b;
        return store.appendEvent(target.id, draft(noteFact(`${target.id}-c${i}`), i));
      });
      await Promise.all(writes);
      const inOrder = Array.from({ length: 20 }, (_, i) => i + 1);
      expect((await store.listEvents(a.id)).map((e) => e.seq)).toEqual(inOrder);
      expect((await store.listEvents(b.id)).map((e) => e.seq)).toEqual(inOrder);
    });

    it('stores one of many concurrent drafts with the same key', async () => {
      const r = room();
      await store.createRoom(r);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.appendEvent(r.id, draft({ kind: 'seeded', problemSlug: 'two-sum' }, i, null, 'seeded:two-sum')),
        ),
      );
      expect(results.filter((e) => e !== null).map((e) => e?.seq)).toEqual([1]);
      expect((await store.listEvents(r.id)).map((e) => e.kind)).toEqual(['seeded']);
    });
  });

  describe('runs', () => {
    it('stores a run with its runStarted event, finishes it with its runFinished event, lists the latest oldest first', async () => {
      const r = room();
      await store.createRoom(r);
      for (let i = 0; i < 5; i++) {
        const started = startedDraft(run(r.id, i));
        expect(await store.createRun(run(r.id, i), started)).toEqual(eventOf(started, i + 1));
      }
      const report = wrongAnswerReport;
      const finishedAt = new Date(Date.UTC(2025, 0, 1, 0, 1));
      const outcome: RunOutcome = { status: 'done', report, complexity: null, error: null, finishedAt };
      const finished = finishedDraft(`${r.id}-run-3`, outcome);
      expect(await store.finishRun(`${r.id}-run-3`, outcome, finished)).toEqual(eventOf(finished, 6));
      const latest = await store.listRuns(r.id, 3);
      expect(latest.map((x) => x.id)).toEqual([2, 3, 4].map((i) => `${r.id}-run-${i}`));
      expect(latest[1]).toEqual({ ...run(r.id, 3), status: 'done', report, finishedAt });
      expect(latest[0]).toEqual(run(r.id, 2));
      expect(await store.listRuns('no-such-room', 5)).toEqual([]);
      const events = await store.listEvents(r.id);
      expect(events).toEqual([
        ...[0, 1, 2, 3, 4].map((i) => eventOf(startedDraft(run(r.id, i)), i + 1)),
        eventOf(finished, 6),
      ]);
      expect(events[5]).toMatchObject({
        kind: 'runFinished',
        run: { id: `${r.id}-run-3`, status: 'done', verdict: 'wrong_answer', passed: 1, total: 2, measured: null },
        by: null,
      });
    });

    it('stores a complexity check with its run', async () => {
      const r = room();
      await store.createRoom(r);
      const check = run(r.id, 0, { mode: 'complexity', follows: `${r.id}-submit` });
      await store.createRun(check, startedDraft(check));
      const complexity = {
        status: 'measured' as const,
        time: 'O(n log n)' as const,
        points: [
          { n: 16, steps: 101.5 },
          { n: 32, steps: 240 },
        ],
        failure: null,
      };
      const finishedAt = new Date(Date.UTC(2025, 0, 1, 0, 2));
      const outcome: RunOutcome = { status: 'done', report: null, complexity, error: null, finishedAt };
      await store.finishRun(`${r.id}-run-0`, outcome, finishedDraft(check.id, outcome));
      const [stored] = await store.listRuns(r.id, 1);
      expect(stored).toEqual({ ...check, status: 'done', complexity, finishedAt });
      const [started, ended] = await store.listEvents(r.id);
      expect(started).toMatchObject({ kind: 'runStarted', run: { mode: 'complexity', follows: `${r.id}-submit` } });
      expect(ended).toMatchObject({ kind: 'runFinished', run: { verdict: null, measured: 'O(n log n)' } });
    });

    it('stores code, output and feedback that hold a NUL character, which read U+FFFD', async () => {
      const r = room();
      await store.createRoom(r);
      const nul = run(r.id, 0, { code: 'const s = "\u0000";' });
      await store.createRun(nul, startedDraft(nul));
      const report = {
        verdict: 'accepted' as const,
        passed: 1,
        total: 1,
        steps: 3,
        timeMs: 1,
        compileError: null,
        tests: [
          {
            name: 'program',
            hidden: false as const,
            verdict: 'accepted' as const,
            steps: 3,
            timeMs: 1,
            stdout: 'a\u0000b',
          },
        ],
      };
      const finishedAt = new Date(Date.UTC(2025, 0, 1, 0, 3));
      const outcome: RunOutcome = { status: 'done', report, complexity: null, error: null, finishedAt };
      await store.finishRun(nul.id, outcome, finishedDraft(nul.id, outcome));
      const [stored] = await store.listRuns(r.id, 1);
      expect(stored?.code).toBe('const s = "\uFFFD";');
      expect(stored?.report?.tests[0]).toMatchObject({ stdout: 'a\uFFFDb' });
      const scorecard = { ...scorecardOf('2025-01-01T01:00:00.000Z'), strengths: 'x\u0000y' };
      const submitted = draft({ kind: 'scorecard', submittedAt: scorecard.submittedAt }, 2, interviewer, 'scorecard');
      expect(await store.submitScorecard(r.id, scorecard, submitted)).not.toBeNull();
      expect((await store.getScorecard(r.id))?.strengths).toBe('x\uFFFDy');
      await store.rateFeedback(r.id, { stars: 4, comment: 'ok\u0000', ratedAt: '2025-01-01T02:00:00.000Z' });
      expect((await store.getRating(r.id))?.comment).toBe('ok\uFFFD');
    });

    it('marks runs cut off by a restart failed, each with a runFinished event in its own room', async () => {
      // Its own database: abandonRuns looks at every room, and the count must be exact.
      const own = await createStorage(backend);
      const s = await open(own);
      try {
        const a = room();
        const b = room();
        await s.createRoom(a);
        await s.createRoom(b);
        await s.appendEvent(a.id, draft(noteFact(`${a.id}-n`), 1));
        const runningA = [run(a.id, 0), run(a.id, 2)];
        const done = run(a.id, 1, { status: 'done', finishedAt: new Date(Date.UTC(2025, 0, 2)) });
        const runningB = run(b.id, 0);
        for (const r of [runningA[0], done, runningA[1], runningB]) if (r) await s.createRun(r, startedDraft(r));
        const error = { reason: 'INTERNAL' as const, message: 'restarted' };
        const at = new Date(Date.UTC(2025, 0, 3, 4, 5, 6, 7));
        expect(await s.abandonRuns(error, at)).toBe(3);

        const runs = await s.listRuns(a.id, 10);
        expect(runs.map((r) => r.id)).toEqual([0, 1, 2].map((i) => `${a.id}-run-${i}`));
        expect(runs[0]).toEqual({ ...runningA[0], status: 'failed', error, finishedAt: at });
        expect(runs[1]).toEqual(done);
        expect(runs[2]).toEqual({ ...runningA[1], status: 'failed', error, finishedAt: at });
        expect(await s.listRuns(b.id, 10)).toEqual([{ ...runningB, status: 'failed', error, finishedAt: at }]);

        const abandoned = (id: string) => ({
          kind: 'runFinished',
          run: { id, status: 'failed', verdict: null, passed: null, total: null, measured: null },
          at: at.toISOString(),
          by: null,
        });
        const eventsA = await s.listEvents(a.id);
        expect(eventsA.map((e) => [e.seq, e.kind])).toEqual([
          [1, 'note'],
          [2, 'runStarted'],
          [3, 'runStarted'],
          [4, 'runStarted'],
          [5, 'runFinished'],
          [6, 'runFinished'],
        ]);
        // In whichever order the database found them.
        const cutOff = eventsA.slice(4).map(({ seq: _seq, ...rest }) => rest);
        expect(cutOff).toHaveLength(2);
        expect(cutOff).toEqual(expect.arrayContaining(runningA.map((r) => abandoned(r?.id ?? ''))));
        expect(await s.listEvents(b.id)).toEqual([
          eventOf(startedDraft(runningB), 1),
          { seq: 2, ...abandoned(runningB.id) },
        ]);

        // Nothing is running any more: a second call finds nothing and says nothing.
        expect(await s.abandonRuns(error, new Date(Date.UTC(2025, 0, 4)))).toBe(0);
        expect(await s.listEvents(a.id)).toEqual(eventsA);
      } finally {
        await s.close();
        await own.cleanup();
      }
    });
  });

  describe('writes with their event', () => {
    it('puts a problem (or none) in front of a room with its problem event', async () => {
      const r = room();
      await store.createRoom(r);
      const chosen = draft({ kind: 'problem', problemSlug: 'valid-parentheses' }, 10, interviewer);
      expect(await store.setRoomProblem(r.id, 'valid-parentheses', chosen)).toEqual(eventOf(chosen, 1));
      expect((await store.getRoom(r.id))?.problemSlug).toBe('valid-parentheses');
      const blank = draft({ kind: 'problem', problemSlug: null }, 20, interviewer);
      expect(await store.setRoomProblem(r.id, null, blank)).toEqual(eventOf(blank, 2));
      expect(await store.getRoom(r.id)).toEqual({ ...r, problemSlug: null });
      expect(await store.listEvents(r.id)).toEqual([eventOf(chosen, 1), eventOf(blank, 2)]);
    });

    it("replaces a blank pad's tests with their padTests event", async () => {
      const r = room({ problemSlug: null });
      await store.createRoom(r);
      const tests = [
        { id: 't1', call: 'add(1, 2)', expected: '3', hidden: false },
        { id: 't2', call: 'add("“a”", "ü")', expected: '"“a”ü"', hidden: true },
        { id: 't3', call: 'add(0, 0)', expected: '0', hidden: false },
      ];
      const first = draft({ kind: 'padTests', count: 3, hiddenCount: 1 }, 1, interviewer);
      expect(await store.setPadTests(r.id, tests, first)).toEqual(eventOf(first, 1));
      expect(await store.listPadTests(r.id)).toEqual(tests);
      const fewer = [tests[2], tests[0]].filter((t) => t !== undefined);
      const second = draft({ kind: 'padTests', count: 2, hiddenCount: 0 }, 2, interviewer);
      expect(await store.setPadTests(r.id, fewer, second)).toEqual(eventOf(second, 2));
      expect(await store.listPadTests(r.id)).toEqual(fewer);
      const none = draft({ kind: 'padTests', count: 0, hiddenCount: 0 }, 3, interviewer);
      expect((await store.setPadTests(r.id, [], none)).seq).toBe(3);
      expect(await store.listPadTests(r.id)).toEqual([]);
      expect((await store.listEvents(r.id)).map((e) => e.kind)).toEqual(['padTests', 'padTests', 'padTests']);
    });

    it('stores a scorecard once with its event; a second is refused with null and adds no event', async () => {
      const r = room();
      await store.createRoom(r);
      const scorecard = scorecardOf('2025-01-01T01:00:00.000Z');
      expect(await store.getScorecard(r.id)).toBeUndefined();
      const submitted = draft(
        { kind: 'scorecard', submittedAt: scorecard.submittedAt },
        new Date(scorecard.submittedAt),
        interviewer,
        'scorecard',
      );
      expect(await store.submitScorecard(r.id, scorecard, submitted)).toEqual(eventOf(submitted, 1));
      // A second one, even without the event's key, changes nothing.
      const replacement = {
        ...scorecard,
        recommendation: 'strong_no' as const,
        submittedAt: '2025-01-02T00:00:00.000Z',
      };
      const again = draft({ kind: 'scorecard', submittedAt: replacement.submittedAt }, 2, interviewer);
      expect(await store.submitScorecard(r.id, replacement, again)).toBeNull();
      expect(await store.getScorecard(r.id)).toEqual(scorecard);
      expect(await store.listEvents(r.id)).toEqual([eventOf(submitted, 1)]);
      // The timeline goes on numbering from there.
      expect((await store.appendEvent(r.id, draft(noteFact('after'), 3)))?.seq).toBe(2);
    });

    it('stores nothing of a write whose event cannot be stored', async () => {
      const r = room({ problemSlug: null });
      await store.createRoom(r);
      const taken = draft({ kind: 'seeded', problemSlug: 'two-sum' }, 1, null, 'taken');
      await store.appendEvent(r.id, taken);
      const keyed = (fact: TimelineFact) => draft(fact, 2, interviewer, 'taken');

      await expect(
        store.setRoomProblem(r.id, 'two-sum', keyed({ kind: 'problem', problemSlug: 'two-sum' })),
      ).rejects.toThrow();
      expect((await store.getRoom(r.id))?.problemSlug).toBeNull();

      const r0 = run(r.id, 0);
      await expect(store.createRun(r0, { ...startedDraft(r0), key: 'taken' })).rejects.toThrow();
      expect(await store.listRuns(r.id, 10)).toEqual([]);

      const tests = [{ id: 't1', call: 'f()', expected: '1', hidden: false }];
      await expect(
        store.setPadTests(r.id, tests, keyed({ kind: 'padTests', count: 1, hiddenCount: 0 })),
      ).rejects.toThrow();
      expect(await store.listPadTests(r.id)).toEqual([]);

      const scorecard = scorecardOf('2025-01-01T01:00:00.000Z');
      await expect(
        store.submitScorecard(r.id, scorecard, keyed({ kind: 'scorecard', submittedAt: scorecard.submittedAt })),
      ).rejects.toThrow();
      expect(await store.getScorecard(r.id)).toBeUndefined();

      // A run that is there, finished with an event that cannot be stored, stays running.
      await store.createRun(r0, startedDraft(r0));
      const outcome: RunOutcome = {
        status: 'done',
        report: wrongAnswerReport,
        complexity: null,
        error: null,
        finishedAt: new Date(5),
      };
      await expect(
        store.finishRun(r0.id, outcome, { ...finishedDraft(r0.id, outcome), key: 'taken' }),
      ).rejects.toThrow();
      expect(await store.listRuns(r.id, 10)).toEqual([r0]);

      // A run that is not there is not finished, and says nothing.
      await expect(store.finishRun('no-such-run', outcome, finishedDraft('no-such-run', outcome))).rejects.toThrow();
      // Nor is a run of an unknown room stored.
      const stray = run('no-such-room', 0);
      await expect(store.createRun(stray, startedDraft(stray))).rejects.toThrow();

      expect((await store.listEvents(r.id)).map((e) => [e.seq, e.kind])).toEqual([
        [1, 'seeded'],
        [2, 'runStarted'],
      ]);
    });
  });

  describe('interview records', () => {
    it('keeps the latest rating of the feedback', async () => {
      const r = room();
      await store.createRoom(r);
      expect(await store.getRating(r.id)).toBeUndefined();
      await store.rateFeedback(r.id, { stars: 2, comment: 'short', ratedAt: '2025-01-01T02:00:00.000Z' });
      const rating = { stars: 5 as const, comment: 'Useful ✓', ratedAt: '2025-01-01T02:01:00.000Z' };
      await store.rateFeedback(r.id, rating);
      expect(await store.getRating(r.id)).toEqual(rating);
    });
  });

  describe('client ids', () => {
    it('records the link that first claimed each id; later claims change nothing', async () => {
      const r = room();
      const other = room();
      await store.createRoom(r);
      await store.createRoom(other);
      expect(await store.listClientIds(r.id)).toEqual(new Map());
      await store.claimClientIds(r.id, [1, 2, 3], 'candidate');
      await store.claimClientIds(r.id, [3, 4, 1], 'interviewer');
      await store.claimClientIds(r.id, [], 'observer');
      await store.claimClientIds(r.id, [2], 'candidate');
      await store.claimClientIds(other.id, [1], 'observer');
      expect(await store.listClientIds(r.id)).toEqual(
        new Map([
          [1, 'candidate'],
          [2, 'candidate'],
          [3, 'candidate'],
          [4, 'interviewer'],
        ]),
      );
      expect(await store.listClientIds(other.id)).toEqual(new Map([[1, 'observer']]));
      expect(await store.listClientIds('no-such-room')).toEqual(new Map());
    });

    it('round-trips ids from 0 to 2^32 - 1 exactly, as numbers', async () => {
      const r = room();
      await store.createRoom(r);
      const ids = [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 2, 2 ** 32 - 1];
      await store.claimClientIds(r.id, ids, 'interviewer');
      const listed = await store.listClientIds(r.id);
      expect([...listed.keys()].sort((x, y) => x - y)).toEqual(ids);
      for (const id of listed.keys()) expect(typeof id).toBe('number');
      expect(listed.get(2 ** 32 - 1)).toBe('interviewer');
    });

    it('gives an id claimed by two links at once to exactly one', async () => {
      const r = room();
      await store.createRoom(r);
      await Promise.all([
        store.claimClientIds(r.id, [7, 8], 'candidate'),
        store.claimClientIds(r.id, [8, 7], 'interviewer'),
        store.claimClientIds(r.id, [7], 'observer'),
      ]);
      const listed = await store.listClientIds(r.id);
      expect([...listed.keys()].sort()).toEqual([7, 8]);
    });

    it('refuses client ids of an unknown room', async () => {
      await expect(store.claimClientIds('no-such-room', [1], 'candidate')).rejects.toThrow();
    });
  });

  describe('rooms', () => {
    it('round-trips every field of a room', async () => {
      const record = room();
      await store.createRoom(record);
      const got = await store.getRoom(record.id);
      expect(got).toEqual(record);
      expect(got?.createdAt).toBeInstanceOf(Date);
      expect(got?.createdAt.getTime()).toBe(Date.parse('2024-02-29T23:59:59.987Z'));
      expect(got?.tokenHashes).toEqual({
        interviewer: record.tokenHashes.interviewer,
        candidate: record.tokenHashes.candidate,
        observer: record.tokenHashes.observer,
      });
    });

    it('keeps a null problem slug null', async () => {
      const record = room({ problemSlug: null, title: 'No problem chosen' });
      await store.createRoom(record);
      const got = await store.getRoom(record.id);
      expect(got?.problemSlug).toBeNull();
      expect(got).toEqual(record);
    });

    it('keeps milliseconds of createdAt and distinguishes rooms', async () => {
      const a = room({ createdAt: new Date(Date.UTC(2030, 0, 1, 0, 0, 0, 1)) });
      const b = room({ createdAt: new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999)) });
      await store.createRoom(a);
      await store.createRoom(b);
      expect((await store.getRoom(a.id))?.createdAt.toISOString()).toBe('2030-01-01T00:00:00.001Z');
      expect((await store.getRoom(b.id))?.createdAt.toISOString()).toBe('1999-12-31T23:59:59.999Z');
      expect((await store.getRoom(a.id))?.title).toBe(a.title);
      expect((await store.getRoom(b.id))?.title).toBe(b.title);
    });

    it('answers undefined for an unknown room id', async () => {
      expect(await store.getRoom('no-such-room')).toBeUndefined();
      expect(await store.getRoom('')).toBeUndefined();
    });

    it('refuses a second room with the same id and keeps the first', async () => {
      const first = room();
      await store.createRoom(first);
      await expect(store.createRoom({ ...first, title: 'impostor' })).rejects.toThrow();
      expect(await store.getRoom(first.id)).toEqual(first);
    });
  });

  describe('updates', () => {
    it('loads nothing for a room without updates', async () => {
      const r = room();
      await store.createRoom(r);
      expect(await store.loadUpdates(r.id, 'shared')).toEqual([]);
      expect(await store.loadUpdates(r.id, 'question')).toEqual([]);
      expect(await store.loadUpdates(r.id, 'private')).toEqual([]);
      expect(await store.loadUpdates('no-such-room', 'shared')).toEqual([]);
    });

    it('keeps order, exact bytes and millisecond timestamps', async () => {
      const r = room();
      await store.createRoom(r);
      const large = randomBytes(200 * 1024);
      const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
      const written = [
        update(r.id, 'shared', [], Date.UTC(2024, 5, 1, 12, 0, 0, 1)),
        update(r.id, 'shared', [0], Date.UTC(2024, 5, 1, 12, 0, 0, 2)),
        update(r.id, 'shared', everyByte, Date.UTC(2024, 5, 1, 12, 0, 0, 999)),
        update(r.id, 'shared', new Uint8Array(large.buffer, large.byteOffset, large.byteLength), 1_717_243_200_123),
        // Out of time order on purpose: arrival order wins, not timestamps.
        update(r.id, 'shared', [0xff, 0x00, 0xfe], Date.UTC(2020, 0, 1)),
      ];
      await store.appendUpdates(written);
      const loaded = await store.loadUpdates(r.id, 'shared');
      expect(summary(loaded)).toEqual(summary(written));
      for (const u of loaded) {
        expect(u.update).toBeInstanceOf(Uint8Array);
        expect(u.at).toBeInstanceOf(Date);
      }
      expect(Array.from(loaded[2]?.update ?? [])).toEqual(Array.from(everyByte));
      expect(loaded[0]?.update.byteLength).toBe(0);
      expect(Buffer.compare(Buffer.from(loaded[3]?.update ?? []), large)).toBe(0);
    });

    it('compacts updates into chunks that keep every edit, and loads a doc from the last chunk', async () => {
      const r = room();
      await store.createRoom(r);
      const folds: Array<{ base: number[] | null; updates: number[][] }> = [];
      const fold = (base: Uint8Array | null, updates: readonly Uint8Array[]) => {
        folds.push({ base: base && Array.from(base), updates: updates.map((u) => Array.from(u)) });
        return Uint8Array.from(updates.flatMap((u) => Array.from(u)));
      };
      expect(await store.compactDoc(r.id, 'shared', fold, ALL)).toBe(0);
      expect(await store.loadDoc(r.id, 'shared')).toEqual({ base: null, updates: [] });

      const first = [update(r.id, 'shared', [1], 1000), update(r.id, 'shared', [2, 2], 1001)];
      await store.appendUpdates([...first, update(r.id, 'private', [9], 1002)]);
      expect(await store.compactDoc(r.id, 'shared', fold, ALL)).toBe(2);
      const later = [update(r.id, 'shared', [3], 900), update(r.id, 'shared', [4], 1004)];
      await store.appendUpdates(later);
      const loaded = await store.loadDoc(r.id, 'shared');
      expect(loaded.base).toEqual({ state: Uint8Array.from([1, 2, 2]), edits: 2 });
      expect(summary(loaded.updates)).toEqual(summary(later));
      // Every edit, compacted or not, in order with its own time; other docs untouched.
      expect(summary(await store.loadUpdates(r.id, 'shared'))).toEqual(summary([...first, ...later]));
      expect((await store.loadUpdates(r.id, 'private')).map((u) => Array.from(u.update))).toEqual([[9]]);

      // The next chunk folds from the last one's state.
      expect(await store.compactDoc(r.id, 'shared', fold, ALL)).toBe(2);
      expect(folds.at(-1)).toEqual({ base: [1, 2, 2], updates: [[3], [4]] });
      expect(await store.loadDoc(r.id, 'shared')).toEqual({
        base: { state: Uint8Array.from([3, 4]), edits: 4 },
        updates: [],
      });
      expect(summary(await store.loadUpdates(r.id, 'shared'))).toEqual(summary([...first, ...later]));
    });

    it('folds at most a batch, the oldest rows first, and nothing under its minimum', async () => {
      const r = room();
      await store.createRoom(r);
      const written = [1, 2, 3, 4, 5].map((n) => update(r.id, 'shared', [n], 1000 + n));
      await store.appendUpdates(written);
      const fold = (_base: Uint8Array | null, updates: readonly Uint8Array[]) => Uint8Array.from([updates.length]);
      expect(await store.compactDoc(r.id, 'shared', fold, { atLeast: 6, limit: 10 })).toBe(0);
      expect(await store.compactDoc(r.id, 'shared', fold, { atLeast: 1, limit: 2 })).toBe(2);
      const loaded = await store.loadDoc(r.id, 'shared');
      expect(loaded.base).toEqual({ state: Uint8Array.from([2]), edits: 2 });
      expect(summary(loaded.updates)).toEqual(summary(written.slice(2)));
      expect(await store.compactDoc(r.id, 'shared', fold, { atLeast: 1, limit: 2 })).toBe(2);
      expect(await store.compactDoc(r.id, 'shared', fold, { atLeast: 1, limit: 2 })).toBe(1);
      expect(await store.loadDoc(r.id, 'shared')).toEqual({
        base: { state: Uint8Array.from([1]), edits: 5 },
        updates: [],
      });
      expect(summary(await store.loadUpdates(r.id, 'shared'))).toEqual(summary(written));
    });

    it('leaves the updates as they were when a fold fails', async () => {
      const r = room();
      await store.createRoom(r);
      const written = [update(r.id, 'shared', [1], 1000), update(r.id, 'shared', [2], 1001)];
      await store.appendUpdates(written);
      await expect(
        store.compactDoc(
          r.id,
          'shared',
          () => {
            throw new Error('fold failed');
          },
          ALL,
        ),
      ).rejects.toThrow('fold failed');
      expect(await store.loadDoc(r.id, 'shared')).toMatchObject({ base: null });
      expect(summary(await store.loadUpdates(r.id, 'shared'))).toEqual(summary(written));
    });

    it('appends across calls in call order', async () => {
      const r = room();
      await store.createRoom(r);
      await store.appendUpdates([update(r.id, 'shared', [1], 1000), update(r.id, 'shared', [2], 1001)]);
      await store.appendUpdates([update(r.id, 'shared', [3], 1002)]);
      await store.appendUpdates([]);
      await store.appendUpdates([update(r.id, 'shared', [4], 1003)]);
      const loaded = await store.loadUpdates(r.id, 'shared');
      expect(loaded.map((u) => Array.from(u.update))).toEqual([[1], [2], [3], [4]]);
      expect(loaded.map((u) => u.at.getTime())).toEqual([1000, 1001, 1002, 1003]);
    });

    it('keeps docs and rooms apart', async () => {
      const a = room();
      const b = room();
      await store.createRoom(a);
      await store.createRoom(b);
      // One interleaved batch over two rooms and both docs.
      await store.appendUpdates([
        update(a.id, 'shared', [0xa1], 1),
        update(b.id, 'shared', [0xb1], 2),
        update(a.id, 'private', [0xa2], 3),
        update(a.id, 'shared', [0xa3], 4),
        update(b.id, 'private', [0xb2], 5),
        update(b.id, 'shared', [0xb3], 6),
      ]);
      const bytesOf = async (roomId: string, doc: DocName) =>
        (await store.loadUpdates(roomId, doc)).map((u) => [u.roomId, u.doc, ...u.update, u.at.getTime()]);
      expect(await bytesOf(a.id, 'shared')).toEqual([
        [a.id, 'shared', 0xa1, 1],
        [a.id, 'shared', 0xa3, 4],
      ]);
      expect(await bytesOf(a.id, 'private')).toEqual([[a.id, 'private', 0xa2, 3]]);
      expect(await bytesOf(b.id, 'shared')).toEqual([
        [b.id, 'shared', 0xb1, 2],
        [b.id, 'shared', 0xb3, 6],
      ]);
      expect(await bytesOf(b.id, 'private')).toEqual([[b.id, 'private', 0xb2, 5]]);
    });

    it('writes more than one insert chunk (>2000 rows) in one call, all in order', async () => {
      const r = room();
      await store.createRoom(r);
      const base = Date.UTC(2025, 0, 1);
      // 4500 rows: two full chunks of 2000 and a partial one; both docs interleaved.
      const written = Array.from({ length: 4500 }, (_, i) =>
        numbered(r.id, i % 3 === 0 ? 'private' : 'shared', i, base),
      );
      await store.appendUpdates(written);
      const shared = await store.loadUpdates(r.id, 'shared');
      const priv = await store.loadUpdates(r.id, 'private');
      expect(shared.length + priv.length).toBe(4500);
      expect(shared.map(indexOf)).toEqual(written.filter((u) => u.doc === 'shared').map(indexOf));
      expect(priv.map(indexOf)).toEqual(written.filter((u) => u.doc === 'private').map(indexOf));
      expect(shared.every((u) => u.at.getTime() === base + indexOf(u))).toBe(true);
      expect(priv.every((u) => u.at.getTime() === base + indexOf(u))).toBe(true);
    });

    it('refuses updates of an unknown room (foreign key)', async () => {
      await expect(store.appendUpdates([update('no-such-room', 'shared', [1, 2, 3], 1)])).rejects.toThrow();
      expect(await store.loadUpdates('no-such-room', 'shared')).toEqual([]);
    });

    it('writes nothing of a small batch that fails', async () => {
      const r = room();
      await store.createRoom(r);
      await expect(
        store.appendUpdates([update(r.id, 'shared', [1], 1), update('no-such-room', 'shared', [2], 2)]),
      ).rejects.toThrow();
      expect(await store.loadUpdates(r.id, 'shared')).toEqual([]);
    });

    // UpdateLog re-queues the whole batch when appendUpdates rejects, so a batch that fails
    // must leave nothing behind, or the retry stores its first rows twice.
    it('writes nothing of a large (multi-chunk) batch that fails', async () => {
      const r = room();
      await store.createRoom(r);
      const batch = Array.from({ length: 2500 }, (_, i) => numbered(r.id, 'shared', i, 0));
      batch.push(update('no-such-room', 'shared', [9], 9));
      await expect(store.appendUpdates(batch)).rejects.toThrow();
      expect((await store.loadUpdates(r.id, 'shared')).length).toBe(0);
    });
  });

  it('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('migrates idempotently: reopening keeps the schema and the data', async () => {
    const own = await createStorage(backend);
    try {
      const record = room({ problemSlug: null });
      const first = await open(own);
      await first.createRoom(record);
      await first.appendUpdates([update(record.id, 'shared', [1, 2], 10), update(record.id, 'private', [3], 11)]);
      await first.close();

      for (let i = 0; i < 2; i++) {
        const again = await open(own);
        try {
          await again.ping();
          expect(await again.getRoom(record.id)).toEqual(record);
          const earlier = Array.from({ length: i }, (_, j) => [j + 100]);
          expect((await again.loadUpdates(record.id, 'shared')).map((u) => Array.from(u.update))).toEqual([
            [1, 2],
            ...earlier,
          ]);
          expect((await again.loadUpdates(record.id, 'private')).map((u) => Array.from(u.update))).toEqual([[3]]);
          // Still writable after the repeated migration.
          await again.appendUpdates([update(record.id, 'shared', [i + 100], 20 + i)]);
        } finally {
          await again.close();
        }
      }
      const last = await open(own);
      try {
        expect((await last.loadUpdates(record.id, 'shared')).map((u) => Array.from(u.update))).toEqual([
          [1, 2],
          [100],
          [101],
        ]);
      } finally {
        await last.close();
      }
    } finally {
      await own.cleanup();
    }
  });

  it('closes, after which it no longer answers', async () => {
    const own = await createStorage(backend);
    try {
      const closing = await open(own);
      await closing.ping();
      await expect(closing.close()).resolves.toBeUndefined();
      await expect(closing.ping()).rejects.toThrow();
    } finally {
      await own.cleanup();
    }
  });
});
