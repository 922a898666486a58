import { afterEach, describe, expect, it } from 'vitest';
import { JudgePool } from './JudgePool.ts';

const pools: JudgePool[] = [];
const newPool = (options: ConstructorParameters<typeof JudgePool>[0]) => {
  const pool = new JudgePool(options);
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('JudgePool', () => {
  it('runs programs on worker threads, JavaScript and TypeScript', async () => {
    const pool = newPool({ size: 2 });
    const [js, ts] = await Promise.all([
      pool.run({ key: 'a', source: 'console.log([1, 2].map((x) => x * 2))' }),
      pool.run({ key: 'b', source: 'const n: number = 7;\nconsole.log(n * 6)', language: 'typescript' }),
    ]);
    expect(js).toMatchObject({ verdict: 'accepted', stdout: '[ 2, 4 ]' });
    expect(ts).toMatchObject({ verdict: 'accepted', stdout: '42' });
  });

  it('keeps the event loop free while hostile code runs', async () => {
    const pool = newPool({ size: 1 });
    let finished = false;
    const job = pool.run({ key: 'a', source: 'for (;;) {}', limits: { timeoutMs: 400 } }).finally(() => {
      finished = true;
    });
    // A timer on this thread fires long before the 400 ms loop on the worker ends.
    await new Promise((r) => setTimeout(r, 20));
    expect(finished).toBe(false);
    expect((await job).verdict).toBe('time_limit');
  });

  it('takes queued jobs from each key in turn', async () => {
    const pool = newPool({ size: 1 });
    const order: string[] = [];
    const submit = (key: string, label: string) =>
      pool.run({ key, source: `console.log('${label}')` }).then((r) => order.push(r.stdout));
    await Promise.all([submit('busy', 'A1'), submit('busy', 'A2'), submit('busy', 'A3'), submit('quiet', 'B1')]);
    expect(order).toEqual(['A1', 'B1', 'A2', 'A3']);
  });

  it('keeps a worker free of one key, so another key never waits behind its long jobs', async () => {
    const pool = newPool({ size: 2 });
    let floodDone = 0;
    const flood = Array.from({ length: 4 }, () =>
      pool.run({ key: 'flood', source: 'for (;;) {}', limits: { timeoutMs: 10_000, steps: 2_000_000 } }).finally(() => {
        floodDone++;
      }),
    );
    // Started after the flood took what it may: one worker, the other kept for everyone else.
    const quiet = await pool.run({ key: 'quiet', source: "console.log('on time')" });
    expect(quiet).toMatchObject({ verdict: 'accepted', stdout: 'on time' });
    expect(floodDone).toBe(0);
    expect((await Promise.all(flood)).map((r) => r.verdict)).toEqual(Array(4).fill('time_limit'));
  }, 60_000);

  it('refuses one key past its own queue bound, and not the others', async () => {
    const pool = newPool({ size: 1, maxQueuedPerKey: 2 });
    const slow = { key: 'a', source: 'for (;;) {}', limits: { timeoutMs: 200 } };
    const runs = [pool.run(slow), pool.run(slow), pool.run(slow)];
    await expect(pool.run(slow)).rejects.toMatchObject({ reason: 'RATE_LIMITED' });
    expect(await pool.run({ key: 'b', source: 'console.log(1)' })).toMatchObject({ verdict: 'accepted' });
    await Promise.all(runs);
  });

  it('refuses jobs past the queue bound with RATE_LIMITED', async () => {
    const pool = newPool({ size: 1, maxQueued: 2 });
    const slow = { key: 'a', source: 'for (;;) {}', limits: { timeoutMs: 200 } };
    const runs = [pool.run(slow), pool.run(slow), pool.run(slow)];
    await expect(pool.run(slow)).rejects.toMatchObject({ reason: 'RATE_LIMITED' });
    await Promise.all(runs);
  });

  it('cancels a queued or a running job, and carries on', async () => {
    const pool = newPool({ size: 1 });
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.run({ key: 'a', source: 'for (;;) {}', limits: { timeoutMs: 5000 } }, running.signal);
    const second = pool.run({ key: 'a', source: 'console.log(1)' }, queued.signal);
    queued.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    running.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(await pool.run({ key: 'a', source: 'console.log("after")' })).toMatchObject({ stdout: 'after' });
  });

  it('withdraws a queued job, but lets a started one finish on its worker', async () => {
    const pool = newPool({ size: 1 });
    const withdraw = new AbortController();
    const started = pool.run(
      { key: 'a', source: 'for (let i = 0; i < 3e5; i++) {}; console.log("done")' },
      undefined,
      withdraw.signal,
    );
    const waiting = pool.run({ key: 'a', source: 'console.log(2)' }, undefined, withdraw.signal);
    withdraw.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(await started).toMatchObject({ verdict: 'accepted', stdout: 'done' });
    await expect(pool.run({ key: 'a', source: '1' }, undefined, withdraw.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('replaces a worker that stays silent past the deadline', async () => {
    // graceMs 0 and a 1 ms deadline: the watchdog fires before the worker can answer.
    const pool = newPool({ size: 1, graceMs: 0 });
    const result = await pool.run({ key: 'a', source: 'for (;;) {}', limits: { timeoutMs: 1 } });
    expect(result).toMatchObject({ verdict: 'time_limit', limitMessage: 'stopped after 1 ms' });
    expect(await pool.run({ key: 'a', source: 'console.log("fresh")' })).toMatchObject({ stdout: 'fresh' });
  });
});
