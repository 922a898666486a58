import { ClientEvent, type PadTestInput, type PadTestsView, type RunRecord } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/roomFixture.ts';
import type { TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually } from '../support/testServer.ts';

describe('a blank pad', () => {
  const t = useTestServer('pglite');

  it("shows the interviewer's question to everyone, live, and takes it from interviewers only", async () => {
    const room = await createRoom(t.server.url);
    const interviewer = await t.join(room.links.interviewer, 'Ivy');
    const candidate = await t.join(room.links.candidate, 'Cara');
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    await eventually(() => expect(candidate.synced && observer.synced).toBe(true));

    interviewer.question.insert(0, '# Reverse a list\n\nWrite `reverse(list)`.');
    for (const peer of [candidate, observer]) {
      await eventually(() => expect(peer.question.toString()).toContain('Write `reverse(list)`.'));
    }
    // The interviewer may change it during the session.
    interviewer.question.insert(interviewer.question.length, ' In place.');
    await eventually(() => expect(candidate.question.toString()).toContain('In place.'));

    // A candidate's edit of the question is refused, and never reaches anyone.
    candidate.question.insert(0, 'EASY: ');
    await eventually(() =>
      expect(candidate.rejections.at(-1)).toMatchObject({ reason: 'FORBIDDEN', event: ClientEvent.sync }),
    );
    const late = await t.join(room.links.observer, 'Late', { answerStep1: false });
    await eventually(() => expect(late.question.toString()).not.toBe(''));
    expect(late.question.toString()).toBe('# Reverse a list\n\nWrite `reverse(list)`. In place.');
    expect(interviewer.question.toString()).not.toContain('EASY');

    // The room carries on for the interviewer.
    interviewer.code.insert(0, 'console.log(1)');
    await eventually(() => expect(observer.code.toString()).toBe('console.log(1)'));
  });

  describe("the interviewer's own tests", () => {
    const TESTS: PadTestInput[] = [
      { call: 'reverse([1, 2, 3])', expected: '[3, 2, 1]', hidden: false },
      { call: 'reverse([])', expected: '[]', hidden: true },
      { call: 'reverse(["secret", "words"])', expected: '["words", "secret"]', hidden: true },
    ];

    const views = (peer: TestPeer): PadTestsView[] => peer.padTestViews;

    it('are judged by Run (visible) and Submit (all), and hidden ones never reach the candidate', async () => {
      const room = await createRoom(t.server.url);
      const interviewer = await t.join(room.links.interviewer, 'Ivy');
      const candidate = await t.join(room.links.candidate, 'Cara');
      const received: unknown[] = [];
      candidate.socket.onAny((event, ...args) => received.push(event, args));
      const candidateViews = views(candidate);
      const interviewerViews = views(interviewer);

      expect(await interviewer.ask(ClientEvent.setPadTests, { tests: TESTS })).toEqual({ ok: true });
      await eventually(() => expect(candidateViews.at(-1)?.hiddenCount).toBe(2));
      expect(candidateViews.at(-1)?.tests.map((x) => x.call)).toEqual(['reverse([1, 2, 3])']);
      await eventually(() => expect(interviewerViews.at(-1)?.tests).toHaveLength(3));
      const late = await t.join(room.links.observer, 'Olga', { answerStep1: false });
      const lateViews = views(late);
      await eventually(() => expect(lateViews.at(-1)).toMatchObject({ hiddenCount: 2, tests: [{ hidden: false }] }));

      candidate.doc.transact(() => candidate.code.insert(0, 'function reverse(xs) { return [...xs].reverse(); }'));
      const run = await candidate.runToEnd({ mode: 'run' });
      expect(run).toMatchObject({ target: 'padTests', report: { verdict: 'accepted', passed: 1, total: 1 } });
      expect(run.report?.tests[0]).toMatchObject({
        name: 'test 1',
        input: 'reverse([ 1, 2, 3 ])',
        expected: '[ 3, 2, 1 ]',
      });
      const submit = await candidate.runToEnd({ mode: 'submit' });
      expect(submit.report).toMatchObject({ verdict: 'accepted', passed: 3, total: 3 });
      for (const test of submit.report?.tests.filter((x) => x.hidden) ?? []) {
        expect(Object.keys(test).sort()).toEqual(['hidden', 'name', 'verdict']);
      }

      // Wrong code fails a hidden test, which says only that it failed.
      candidate.doc.transact(() => {
        candidate.code.delete(0, candidate.code.length);
        candidate.code.insert(0, 'function reverse(xs) { return xs.length ? [...xs].reverse() : [0]; }');
      });
      const wrong = await candidate.runToEnd({ mode: 'submit' });
      expect(wrong.report).toMatchObject({ verdict: 'wrong_answer', passed: 2, total: 3 });
      expect(wrong.report?.tests[1]).toEqual(
        expect.objectContaining({ name: 'test 2', hidden: true, verdict: 'wrong_answer' }),
      );

      const everything = JSON.stringify(received);
      expect(everything).not.toContain('secret');
      expect(everything).not.toContain('reverse([])');
    });

    it('refuse bad tests with a clear error, and change nothing', async () => {
      const room = await createRoom(t.server.url);
      const interviewer = await t.join(room.links.interviewer, 'Ivy');
      const candidate = await t.join(room.links.candidate, 'Cara');
      expect(await interviewer.ask(ClientEvent.setPadTests, { tests: TESTS.slice(0, 1) })).toEqual({ ok: true });
      const bad: Array<[unknown, string]> = [
        [[{ call: 'reverse(', expected: '[]', hidden: false }], 'name(arguments)'],
        [[{ call: 'reverse([1, 2)', expected: '[]', hidden: false }], 'arguments must be JSON'],
        [[{ call: 'reverse([1])', expected: 'abc', hidden: false }], 'expected value must be JSON'],
        [[{ call: 'reverse([1])', expected: '', hidden: false }], 'Write the value'],
        [[{ call: 'reverse([1])', expected: '[1]' }], 'hidden'],
        [Array.from({ length: 31 }, () => TESTS[0]), 'at most 30 tests'],
      ];
      for (const [tests, message] of bad) {
        const reply = await interviewer.ask(ClientEvent.setPadTests, { tests } as never);
        expect(reply).toMatchObject({ ok: false, reason: 'MALFORMED' });
        expect((reply as { message: string }).message).toContain(message);
      }
      expect(await candidate.ask(ClientEvent.setPadTests, { tests: [] })).toMatchObject({
        ok: false,
        reason: 'FORBIDDEN',
      });
      const check = await t.join(room.links.interviewer, 'Ian');
      const seen = views(check);
      await eventually(() => expect(seen.at(-1)?.tests.map((x) => x.call)).toEqual(['reverse([1, 2, 3])']));

      const withProblem = await createRoom(t.server.url, { problemSlug: 'two-sum' });
      const other = await t.join(withProblem.links.interviewer, 'Ivy');
      expect(await other.ask(ClientEvent.setPadTests, { tests: TESTS })).toMatchObject({
        ok: false,
        reason: 'MALFORMED',
      });
    });

    it('leave Run to the whole program when none is visible, and Submit needs one', async () => {
      const room = await createRoom(t.server.url);
      const interviewer = await t.join(room.links.interviewer, 'Ivy');
      const candidate = await t.join(room.links.candidate, 'Cara');
      candidate.doc.transact(() => candidate.code.insert(0, 'console.log("hi")'));
      expect(await candidate.requestRun({ mode: 'submit' })).toMatchObject({ ok: false, reason: 'MALFORMED' });
      await interviewer.ask(ClientEvent.setPadTests, { tests: TESTS.slice(1) });
      const run = await candidate.runToEnd({ mode: 'run' });
      expect(run).toMatchObject({ target: 'program', report: { verdict: 'accepted' } });
      expect(programOutput(run)).toBe('hi');
    });
  });

  it("streams a running program's output to everyone, then finishes with all of it", async () => {
    const room = await createRoom(t.server.url);
    const candidate = await t.join(room.links.candidate, 'Cara');
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    // Eight lines, with 400,000 steps of work between them: about 200 ms in all on an idle
    // machine (batches go out at most every 100 ms), far from the 2 s limit on a busy one.
    const program = `for (let round = 1; round <= 8; round++) {
  let x = 0;
  for (let i = 0; i < 400000; i++) x += i % 7;
  console.log('round', round, x);
}`;
    candidate.doc.transact(() => candidate.code.insert(0, program));
    const order: string[] = [];
    observer.socket.onAny((event: string) => order.push(event));
    const reply = await candidate.requestRun({ mode: 'run' });
    if (!reply.ok) throw new Error(reply.message);
    const finished = await eventually(() => {
      const run = observer.finishedRun(reply.runId);
      expect(run).toBeDefined();
      return run as RunRecord;
    }, 30_000);
    const streamed = observer.runOutputs.filter((o) => o.runId === reply.runId);
    expect(finished).toMatchObject({ target: 'program', report: { verdict: 'accepted' } });
    const stdout = programOutput(finished);
    expect(stdout.split('\n')).toHaveLength(8);
    // Lines arrived while it ran, in order: what was streamed begins what it printed.
    expect(streamed.length).toBeGreaterThanOrEqual(1);
    const lines = streamed.flatMap((o) => o.lines);
    expect(stdout.startsWith(lines.join('\n'))).toBe(true);
    expect(order.indexOf('run:output')).toBeGreaterThan(-1);
    expect(order.indexOf('run:output')).toBeLessThan(order.indexOf('run:finished'));
  });

  it("runs the whole file in any room when asked, with the problem's helpers", async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'reverse-linked-list' });
    const candidate = await t.join(room.links.candidate, 'Cara');
    await eventually(() => expect(candidate.codeOf('reverse-linked-list').length).toBeGreaterThan(0));
    candidate.doc.transact(() => {
      const code = candidate.codeOf('reverse-linked-list');
      code.delete(0, code.length);
      code.insert(0, 'const list = new ListNode(1, new ListNode(2));\nconsole.log("head", list.val, list.next.val);');
    });
    const reply = await candidate.requestRun({ mode: 'run', program: true });
    if (!reply.ok) throw new Error(reply.message);
    const run = await eventually(() => {
      const finished = candidate.finishedRun(reply.runId);
      expect(finished).toBeDefined();
      return finished as RunRecord;
    }, 30_000);
    expect(run).toMatchObject({ target: 'program', mode: 'run', report: { verdict: 'accepted', total: 1 } });
    expect(programOutput(run)).toBe('head 1 2');
    for (const bad of [
      { mode: 'submit', program: true },
      { mode: 'run', program: true, customInput: '[[1]]' },
    ] as const) {
      expect(await candidate.requestRun(bad)).toMatchObject({ ok: false, reason: 'MALFORMED' });
    }
  });
});

/** What a whole-program run printed. */
function programOutput(run: RunRecord): string {
  const [test] = run.report?.tests ?? [];
  return test && !test.hidden ? (test.stdout ?? '') : '';
}
