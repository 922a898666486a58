import { loadProblem, PROBLEMS_ROOT } from '@dryrun/problems';
import { LIMITS, type RunRecord, roomSettings } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { linkParts, useTestServer } from '../support/roomFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually, startTestServer } from '../support/testServer.ts';

/** What a hidden test may carry to a browser, and nothing else. */
const HIDDEN_KEYS = ['hidden', 'name', 'verdict'];

/** Replaces the room's code for two-sum once its starter code has been written in. */
async function writeCode(peer: TestPeer, code: string, language: 'javascript' | 'typescript' = 'javascript') {
  const text = peer.codeOf('two-sum', language);
  await eventually(() => expect(text.length).toBeGreaterThan(0));
  peer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
}

async function finished(peer: TestPeer, id: string): Promise<RunRecord> {
  return eventually(() => {
    const run = peer.finishedRun(id);
    if (!run) throw new Error(`run ${id} has not finished for ${peer.welcome.self.name}`);
    return run;
  }, 20_000);
}

describe('runs in a room', () => {
  const t = useTestServer('pglite');

  it('judges the code in the shared doc and tells everyone, keeping hidden tests to the server', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const candidate = await t.join(room.links.candidate, 'Cara');
    const interviewer = await t.join(room.links.interviewer, 'Ivo');
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    await writeCode(candidate, TWO_SUM);
    await eventually(() => expect(interviewer.codeOf('two-sum').toString()).toBe(TWO_SUM));

    const reply = await candidate.requestRun({ mode: 'submit' });
    if (!reply.ok) throw new Error(reply.message);
    for (const peer of [candidate, interviewer, observer]) {
      const run = await finished(peer, reply.runId);
      expect(run).toMatchObject({
        mode: 'submit',
        status: 'done',
        by: { name: 'Cara', role: 'candidate' },
        error: null,
      });
      expect(run.report?.verdict).toBe('accepted');
      expect(peer.runEvents.some((e) => e.event === 'started' && e.runs[0]?.id === reply.runId)).toBe(true);
    }
    const report = (await finished(observer, reply.runId)).report;
    const hidden = report?.tests.filter((test) => test.hidden) ?? [];
    expect(hidden.length).toBeGreaterThanOrEqual(10);
    for (const test of hidden) expect(Object.keys(test).sort()).toEqual(HIDDEN_KEYS);
    for (const test of report?.tests.filter((x) => !x.hidden) ?? []) expect(test.input).toMatch(/^twoSum\(/);

    // Not a single hidden input reaches any browser, in any event.
    const loaded = await loadProblem(PROBLEMS_ROOT, 'two-sum');
    const everything = JSON.stringify([candidate, interviewer, observer].map((p) => p.runEvents));
    for (const test of loaded.problem?.tests.hidden ?? []) {
      if (test.kind === 'args') expect(everything).not.toContain(JSON.stringify(test.args[0]).replaceAll(',', ', '));
    }
  });

  it('runs the visible tests and custom input, answered by the reference solution', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const candidate = await t.join(room.links.candidate, 'Cara');
    await writeCode(candidate, 'function twoSum(nums, target) { console.log("n =", nums.length); return [0, 1]; }');
    await eventually(() => expect(candidate.synced).toBe(true));
    const reply = await candidate.requestRun({ mode: 'run', customInput: '[[1, 5, 9, 4], 13]' });
    if (!reply.ok) throw new Error(reply.message);
    const run = await finished(candidate, reply.runId);
    expect(run.report?.tests.every((test) => !test.hidden)).toBe(true);
    const custom = run.report?.tests.at(-1);
    expect(custom).toMatchObject({
      name: 'custom input',
      verdict: 'wrong_answer',
      input: 'twoSum([ 1, 5, 9, 4 ], 13)',
      actual: '[ 0, 1 ]',
      stdout: 'n = 4',
    });
    expect(run.customInput).toBe('[[1, 5, 9, 4], 13]');
  });

  it('judges TypeScript when the room has chosen it, and locates its errors', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const candidate = await t.join(room.links.candidate, 'Cara');
    roomSettings(candidate.doc).set('language', 'typescript');
    await writeCode(
      candidate,
      'function twoSum(nums: number[], target: number): number[] {\n  return [0, 1;\n}',
      'typescript',
    );
    await eventually(() => expect(candidate.synced).toBe(true));
    const reply = await candidate.requestRun({ mode: 'run' });
    if (!reply.ok) throw new Error(reply.message);
    const run = await finished(candidate, reply.runId);
    expect(run).toMatchObject({
      language: 'typescript',
      report: { verdict: 'compile_error', compileError: { line: 2 } },
    });
  });

  it('refuses observers, malformed requests and bad custom input with a clear reason', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    expect(await observer.requestRun({ mode: 'submit' })).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    const candidate = await t.join(room.links.candidate, 'Cara');
    expect(await candidate.requestRun({ mode: 'launch' } as never)).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(await candidate.requestRun({ mode: 'submit', customInput: '[[1], 1]' })).toMatchObject({
      ok: false,
      reason: 'MALFORMED',
    });
    const notJson = await candidate.requestRun({ mode: 'run', customInput: '[[1, 2], ' });
    expect(notJson).toMatchObject({ ok: false, reason: 'MALFORMED', message: expect.stringMatching(/not valid JSON/) });
    const arity = await candidate.requestRun({ mode: 'run', customInput: '[[1, 2]]' });
    expect(arity).toMatchObject({ ok: false, reason: 'MALFORMED', message: expect.stringMatching(/takes 2/) });
    const huge = await candidate.requestRun({ mode: 'run', customInput: 'x'.repeat(20_000) });
    expect(huge).toMatchObject({ ok: false, reason: 'MALFORMED' });
    // Without an acknowledgement the refusal comes as a rejected event.
    candidate.emitRaw('run:request', { mode: 'run' });
    await eventually(() =>
      expect(candidate.rejections).toContainEqual(expect.objectContaining({ event: 'run:request' })),
    );
    expect(candidate.runEvents.filter((e) => e.event !== 'history')).toEqual([]);
  });

  it('limits how many runs a room starts', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const candidate = await t.join(room.links.candidate, 'Cara');
    await writeCode(candidate, TWO_SUM);
    const replies = await Promise.all(Array.from({ length: 10 }, () => candidate.requestRun({ mode: 'run' })));
    const refused = replies.filter((r) => !r.ok);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r).toMatchObject({ reason: 'RATE_LIMITED' });
    // Runs finish fast here, so more than two may be judged one after another; the burst is the bound.
    expect(replies.filter((r) => r.ok).length).toBeLessThanOrEqual(LIMITS.runBurst);
  });

  it('runs the whole program in a room without a problem, and refuses Submit there', async () => {
    const room = await createRoom(t.server.url);
    const candidate = await t.join(room.links.candidate, 'Cara');
    candidate.code.insert(
      0,
      'const xs = [3, 1, 2].sort();\nconsole.log(xs);\nsetTimeout(() => console.log("later"), 1000);',
    );
    await eventually(() => expect(candidate.synced).toBe(true));
    const reply = await candidate.requestRun({ mode: 'run' });
    if (!reply.ok) throw new Error(reply.message);
    const run = await finished(candidate, reply.runId);
    expect(run.report).toMatchObject({
      verdict: 'accepted',
      tests: [{ name: 'program', stdout: '[ 1, 2, 3 ]\nlater' }],
    });
    expect(await candidate.requestRun({ mode: 'submit' })).toMatchObject({ ok: false, reason: 'MALFORMED' });
  });

  it('keeps runs, and sends them to whoever joins later, across a restart', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const candidate = await t.join(room.links.candidate, 'Cara');
    await writeCode(candidate, TWO_SUM);
    await eventually(() => expect(candidate.synced).toBe(true));
    const reply = await candidate.requestRun({ mode: 'run' });
    if (!reply.ok) throw new Error(reply.message);
    await finished(candidate, reply.runId);
    const late = await t.join(room.links.interviewer, 'Late');
    await eventually(() => expect(late.runEvents[0]?.runs.map((r) => r.id)).toEqual([reply.runId]));
    expect(late.runEvents[0]?.runs[0]).toMatchObject({ status: 'done', report: { verdict: 'accepted' } });
  });
});

describe('runs survive a restart', () => {
  it('keeps the history in the database', async () => {
    const { createStorage } = await import('../support/storage.ts');
    const storage = await createStorage('pglite');
    let server = await startTestServer(storage);
    try {
      const room = await createRoom(server.url, { problemSlug: 'two-sum' });
      const peer = await TestPeer.connect(server.url, { ...linkParts(room.links.candidate), name: 'Cara' });
      await writeCode(peer, TWO_SUM);
      await eventually(() => expect(peer.synced).toBe(true));
      const reply = await peer.requestRun({ mode: 'submit' });
      if (!reply.ok) throw new Error(reply.message);
      await finished(peer, reply.runId);
      peer.close();
      await server.close();
      server = await startTestServer(storage);
      const again = await TestPeer.connect(server.url, { ...linkParts(room.links.interviewer), name: 'Ivo' });
      await eventually(() => expect(again.runEvents[0]?.runs[0]).toMatchObject({ id: reply.runId, status: 'done' }));
      again.close();
    } finally {
      await server.close();
      await storage.cleanup();
    }
  });
});
