import { createHash, randomBytes } from 'node:crypto';
import type { DocName } from '@dryrun/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/src/store/openStore.ts';
import type { RoomRecord, Store, StoredRun, StoredUpdate } from '../../server/src/store/Store.ts';
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

  describe('runs', () => {
    it('stores a run, finishes it with its report, and lists the latest oldest first', async () => {
      const r = room();
      await store.createRoom(r);
      for (let i = 0; i < 5; i++) await store.createRun(run(r.id, i));
      const report = {
        verdict: 'wrong_answer' as const,
        passed: 1,
        total: 2,
        steps: 12_345,
        timeMs: 4.5,
        compileError: null,
        tests: [
          { name: 'visible', hidden: false, verdict: 'accepted' as const, steps: 3, timeMs: 1, input: 'twoSum([ 1 ])' },
          { name: 'secret', hidden: true, verdict: 'wrong_answer' as const, steps: 4, timeMs: 2 },
        ],
      };
      const finishedAt = new Date(Date.UTC(2025, 0, 1, 0, 1));
      await store.finishRun(`${r.id}-run-3`, { status: 'done', report, complexity: null, error: null, finishedAt });
      const latest = await store.listRuns(r.id, 3);
      expect(latest.map((x) => x.id)).toEqual([2, 3, 4].map((i) => `${r.id}-run-${i}`));
      expect(latest[1]).toEqual({ ...run(r.id, 3), status: 'done', report, finishedAt });
      expect(latest[0]).toEqual(run(r.id, 2));
      expect(await store.listRuns('no-such-room', 5)).toEqual([]);
    });

    it('marks runs cut off by a restart as failed, and only those', async () => {
      const r = room();
      await store.createRoom(r);
      await store.createRun(run(r.id, 0));
      const done = run(r.id, 1, { status: 'done', finishedAt: new Date(Date.UTC(2025, 0, 2)) });
      await store.createRun(done);
      const error = { reason: 'INTERNAL' as const, message: 'restarted' };
      const at = new Date(Date.UTC(2025, 0, 3));
      expect(await store.abandonRuns(error, at)).toBeGreaterThanOrEqual(1);
      const [first, second] = await store.listRuns(r.id, 10);
      expect(first).toMatchObject({ status: 'failed', error, finishedAt: at });
      expect(second).toEqual(done);
    });
  });

  describe('interview records', () => {
    it('stores a complexity check with its run', async () => {
      const r = room();
      await store.createRoom(r);
      await store.createRun(run(r.id, 0, { mode: 'complexity', follows: `${r.id}-submit` }));
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
      await store.finishRun(`${r.id}-run-0`, { status: 'done', report: null, complexity, error: null, finishedAt });
      const [stored] = await store.listRuns(r.id, 1);
      expect(stored).toEqual({
        ...run(r.id, 0, { mode: 'complexity', follows: `${r.id}-submit` }),
        status: 'done',
        complexity,
        finishedAt,
      });
    });

    it('records a hint once per room, problem and position, keeping the first', async () => {
      const r = room();
      await store.createRoom(r);
      const hint = {
        id: `${r.id}-h1`,
        roomId: r.id,
        problemSlug: 'two-sum',
        index: 0,
        text: 'Think “complement” ü',
        revealedAt: '2025-01-01T00:00:01.234Z',
        by: { name: 'Ivy', role: 'interviewer' as const },
      };
      expect(await store.revealHint(hint)).toEqual({ hint, created: true });
      const again = {
        ...hint,
        id: `${r.id}-h2`,
        revealedAt: '2025-01-01T00:05:00.000Z',
        by: { ...hint.by, name: 'Ian' },
      };
      expect(await store.revealHint(again)).toEqual({ hint, created: false });
      const other = { ...again, id: `${r.id}-h3`, problemSlug: 'valid-parentheses' };
      expect((await store.revealHint(other)).created).toBe(true);
      expect(await store.listHints(r.id)).toEqual([hint, other]);
      expect(await store.listHints('no-such-room')).toEqual([]);
    });

    it('stores a scorecard once and never replaces it', async () => {
      const r = room();
      await store.createRoom(r);
      const score = { score: 3 as const, comment: 'Clear “plan”', evidence: [{ kind: 'note' as const, id: 'n1' }] };
      const scorecard = {
        scores: { problemSolving: score, coding: score, verification: score, communication: score, complexity: score },
        recommendation: 'yes' as const,
        strengths: 'Tested edge cases',
        improve: 'State space complexity',
        submittedAt: '2025-01-01T01:00:00.000Z',
        by: { name: 'Ivy', role: 'interviewer' as const },
      };
      expect(await store.getScorecard(r.id)).toBeUndefined();
      expect(await store.submitScorecard(r.id, scorecard)).toBe(true);
      expect(await store.submitScorecard(r.id, { ...scorecard, recommendation: 'strong_no' })).toBe(false);
      expect(await store.getScorecard(r.id)).toEqual(scorecard);
    });

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
