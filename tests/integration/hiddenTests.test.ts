import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBLEMS_ROOT } from '@dryrun/problems';
import type { RunningServer } from '@dryrun/server';
import type { RunRecord } from '@dryrun/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkParts } from '../support/roomFixture.ts';
import { createStorage, type TestStorage } from '../support/storage.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually, startTestServer } from '../support/testServer.ts';

/**
 * A correct two-sum that spends steps in proportion to its input, calibrated on the
 * visible tests: were a hidden test's steps or time shown, they would spell its input. It
 * stays far below the step budget and the deadline on the largest hidden test (100,000
 * numbers), so that a busy machine cannot turn it into a time limit.
 */
const DECODER = `function twoSum(nums, target) {
  let spent = 0;
  for (let i = 0; i < nums.length * 4 + (((target % 997) + 997) % 997); i++) spent += i;
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
  return [];
}`;

/** The same problem set with different hidden inputs (every answer still accepted). */
async function problemSet(root: string, hiddenShift: number): Promise<string> {
  const dir = join(root, `set-${hiddenShift}`);
  await cp(join(PROBLEMS_ROOT, 'two-sum'), join(dir, 'two-sum'), { recursive: true });
  const path = join(dir, 'two-sum', 'tests.json');
  const tests = JSON.parse(await readFile(path, 'utf8')) as {
    hidden: Array<{ args?: [number[], number]; expected?: unknown; generate?: { size: number; seed: number } }>;
  };
  for (const test of tests.hidden) {
    // Shifting every number and the target by k and 2k keeps each pair, and only that pair.
    if (test.args) test.args = [test.args[0].map((x) => x + hiddenShift), test.args[1] + 2 * hiddenShift];
    if (test.generate) test.generate = { ...test.generate, seed: test.generate.seed + hiddenShift };
  }
  await writeFile(path, JSON.stringify(tests));
  return dir;
}

/**
 * What a submission tells a participant, without what differs between any two runs (ids,
 * clocks). When it ends is a channel of its own, a few bits wide (PROTOCOL.md §7): the
 * clocks are left out here, and with them that channel.
 */
function whatItSays(run: RunRecord) {
  const { id: _id, createdAt: _c, finishedAt: _f, ...rest } = run;
  const report = rest.report && {
    ...rest.report,
    // Wall-clock times of the visible tests are noise; they hold nothing of the hidden ones.
    timeMs: 0,
    tests: rest.report.tests.map((t) => (t.hidden ? t : { ...t, timeMs: 0 })),
  };
  return { ...rest, report };
}

describe('hidden tests', () => {
  let root: string;
  const servers: RunningServer[] = [];
  const storages: TestStorage[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dryrun-hidden-'));
    for (const shift of [0, 3]) {
      const storage = await createStorage('pglite');
      storages.push(storage);
      servers.push(await startTestServer(storage, { problemsDir: await problemSet(root, shift) }));
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const storage of storages) await storage.cleanup();
    await rm(root, { recursive: true, force: true });
  });

  it('tell a calibrated program nothing about their inputs beyond each verdict', async () => {
    const said = [];
    for (const server of servers) {
      const room = await createRoom(server.url, { problemSlug: 'two-sum' });
      const candidate = await TestPeer.connect(server.url, { ...linkParts(room.links.candidate), name: 'Cara' });
      const code = candidate.codeOf('two-sum');
      await eventually(() => expect(code.length).toBeGreaterThan(0));
      candidate.doc.transact(() => {
        code.delete(0, code.length);
        code.insert(0, DECODER);
      });
      const run = await candidate.runToEnd({ mode: 'submit' });
      candidate.close();
      expect(run.report).toMatchObject({ verdict: 'accepted', compileError: null });
      said.push(whatItSays(run));
    }
    // Two problem sets that differ only in their hidden inputs: the same code learns the same.
    expect(said[1]).toEqual(said[0]);
    const [report] = said.map((s) => s.report);
    const visible = report?.tests.filter((t) => !t.hidden) ?? [];
    expect(report?.tests.filter((t) => t.hidden).length).toBeGreaterThanOrEqual(10);
    expect(report?.steps).toBe(visible.reduce((sum, t) => sum + t.steps, 0));
  });
});
