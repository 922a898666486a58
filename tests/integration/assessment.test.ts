import {
  allowedMs,
  ClientEvent,
  type AssessmentReport,
  assessmentReportApiPath,
  assessmentStateOf,
  type CreateAssessmentResponse,
  eventsOf,
  languageKey,
  POINTS_BY_DIFFICULTY,
  SCORE_SCALE,
} from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.ts';
import { problemSecrets } from '../support/problemSecrets.ts';
import { linkParts, useTestServer } from '../support/roomFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { createStorage } from '../support/storage.ts';
import { eventually, startTestServer } from '../support/testServer.ts';

async function createAssessment(baseUrl: string, body: object): Promise<CreateAssessmentResponse> {
  const response = await fetch(`${baseUrl}/api/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201)
    throw new Error(`POST /api/assessments answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CreateAssessmentResponse;
}

/** Replaces a problem's code in the shared doc, as typing it would. */
function type(peer: TestPeer, problem: string, code: string): void {
  const text = peer.codeOf(problem);
  peer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
}

/** Answers once the server has handled everything the peer sent before (socket.io keeps order). */
async function roundTrip(peer: TestPeer): Promise<void> {
  await peer.ask(ClientEvent.guide, {});
}

const ALWAYS_TRUE = 'function isBalanced(code) {\n  return true;\n}\n';

describe('solo assessments', () => {
  const clock = new ManualClock();
  const t = useTestServer('pglite', { clock });

  it('refuses bad creation bodies with the reason, and answers a candidate and a review link', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${t.server.url}/api/assessments`, { method: 'POST', headers: { 'content-type': type }, body });
    const bad: Array<[string, RegExp]> = [
      ['{"count": 0}', /count/],
      ['{"count": 7}', /count/],
      ['{"minutes": 0}', /minutes/],
      ['{"minutes": 241}', /minutes/],
      ['{"minutes": 1.5}', /minutes/],
      ['{"extraTimePercent": 30}', /extraTimePercent/],
      ['{"difficulty": "brutal"}', /difficulty/],
      ['{"strict": "yes"}', /strict/],
      ['{"problems": ["two-sum", "two-sum"]}', /named once/],
      ['{"problems": ["no-such-problem"]}', /no problem "no-such-problem"/],
      ['{"problems": ["two-sum"], "count": 2}', /count and problems disagree/],
      ['{"problems": ["two-sum"], "difficulty": "easy"}', /nothing to draw/],
      ['{"topics": ["no-such-topic"]}', /no topic "no-such-topic"/],
      ['{"count": 3, "topics": ["graphs"], "difficulty": "hard"}', /Only 2 problems hard of graphs to draw from/],
      ['{"surprise": true}', /surprise|Unrecognized/i],
      ['[1, 2]', /body|object/],
      ['{"count": ', /not valid JSON/],
    ];
    for (const [body, reason] of bad) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      const payload = (await response.json()) as { reason: string; message: string };
      expect(payload.reason, body).toBe('MALFORMED');
      expect(payload.message, body).toMatch(reason);
    }
    expect((await post('count=2', 'application/x-www-form-urlencoded')).status).toBe(415);

    const made = await createAssessment(t.server.url, {});
    expect(new URL(made.links.candidate).pathname).toBe(`/assessment/${made.id}`);
    expect(new URL(made.links.review).pathname).toBe(`/assessment/${made.id}`);
    expect(linkParts(made.links.candidate).token).not.toBe(linkParts(made.links.review).token);
    const candidate = await t.join(made.links.candidate, 'Cleo');
    expect(candidate.welcome.assessment).toEqual({
      problemCount: 2,
      minutes: 45,
      extraTimePercent: 0,
      allowedMinutes: 45,
      strict: false,
      hints: false,
    });
    // Nothing about the problems before the start: not even which they are.
    expect(candidate.welcome.problem).toBeNull();
    expect(assessmentStateOf(candidate.timeline)).toEqual({ phase: 'ready' });
  });

  it('keeps the clock on the server, judges every problem’s latest code at the deadline, and scores it by the formula', async () => {
    const made = await createAssessment(t.server.url, {
      problems: ['two-sum', 'balanced-brackets', 'min-stack'],
      minutes: 10,
      extraTimePercent: 50,
    });
    // Before the start: no edits, no runs, and the review link says it is not ready.
    const early = await t.join(made.links.candidate, 'Cleo');
    early.codeOf('two-sum').insert(0, '// early');
    await eventually(() => expect(early.rejections.map((r) => r.reason)).toContain('FORBIDDEN'));
    expect(await early.requestRun({ mode: 'run' })).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    await expect(t.join(made.links.review, 'Rita')).rejects.toMatchObject({ payload: { reason: 'NOT_READY' } });
    // (That browser's refused edit would stay in its copy: the room's page makes no such edit.)
    early.close();
    const candidate = await t.join(made.links.candidate, 'Cleo');

    const started = clock.now().getTime();
    expect(await candidate.ask(ClientEvent.startAssessment, {})).toEqual({ ok: true });
    const state = assessmentStateOf(candidate.timeline);
    expect(state.phase).toBe('running');
    if (state.phase !== 'running') return;
    expect(Date.parse(state.deadline)).toBe(started + allowedMs({ minutes: 10, extraTimePercent: 50 }));
    expect(state.problems.map((p) => [p.slug, p.difficulty, p.hintCount])).toEqual([
      ['two-sum', 'easy', 0],
      ['balanced-brackets', 'easy', 0],
      ['min-stack', 'medium', 0],
    ]);
    await eventually(() => expect(candidate.receivedProblems.at(-1)?.slug).toBe('two-sum'));
    // A second start changes nothing.
    expect(await candidate.ask(ClientEvent.startAssessment, {})).toEqual({ ok: true });
    expect(eventsOf(candidate.timeline, 'assessmentStarted')).toHaveLength(1);

    // Two-Sum is typed and never run; Balanced Brackets gets a half-right answer, run once.
    await eventually(() => expect(candidate.codeOf('balanced-brackets').length).toBeGreaterThan(0));
    type(candidate, 'two-sum', TWO_SUM);
    expect(await candidate.ask(ClientEvent.setProblem, { slug: 'balanced-brackets' })).toEqual({ ok: true });
    type(candidate, 'balanced-brackets', ALWAYS_TRUE);
    const run = await candidate.runToEnd({ mode: 'run' });
    expect(run.problemSlug).toBe('balanced-brackets');
    // Only the assessment's problems, and only the candidate moves between them.
    expect(await candidate.ask(ClientEvent.setProblem, { slug: 'lru-cache' })).toMatchObject({ reason: 'MALFORMED' });
    expect(await candidate.ask(ClientEvent.revealHint, { index: 0 })).toMatchObject({ reason: 'FORBIDDEN' });
    expect(await candidate.ask(ClientEvent.integrity, { kind: 'paste', problemSlug: 'two-sum', chars: 12 })).toEqual({
      ok: true,
    });
    expect(
      await candidate.ask(ClientEvent.integrity, { kind: 'paste', problemSlug: 'lru-cache', chars: 12 }),
    ).toMatchObject({ reason: 'MALFORMED' });
    await roundTrip(candidate);

    // A reconnect keeps the deadline: it is the server's.
    candidate.close();
    const again = await t.join(made.links.candidate, 'Cleo');
    expect(assessmentStateOf(again.timeline)).toMatchObject({ phase: 'running', deadline: state.deadline });
    expect(Date.parse(again.welcome.now)).toBe(clock.now().getTime());
    await eventually(() => expect(again.codeOf('two-sum').toString()).toBe(TWO_SUM));

    // The report is not ready while the attempt runs.
    const reportUrl = `${t.server.url}${assessmentReportApiPath(made.id)}?token=${linkParts(made.links.candidate).token}`;
    expect((await fetch(reportUrl)).status).toBe(404);

    clock.advance(allowedMs({ minutes: 10, extraTimePercent: 50 }));
    const ended = await eventually(() => {
      const now = assessmentStateOf(again.timeline);
      expect(now).toMatchObject({ phase: 'ended', reason: 'deadline' });
      if (now.phase !== 'ended' || !now.score) throw new Error('not scored yet');
      return now;
    }, 60_000);
    const score = ended.score;
    if (!score) return;

    // Every problem's latest code was judged on every test, by the server.
    const finals = eventsOf(again.timeline, 'runStarted').filter((e) => e.by === null && e.run.mode === 'submit');
    expect(finals.map((e) => e.run.problemSlug).sort()).toEqual(['balanced-brackets', 'min-stack', 'two-sum']);
    const byProblem = Object.fromEntries(score.problems.map((p) => [p.slug, p]));
    expect(byProblem['two-sum']).toMatchObject({ passed: byProblem['two-sum']?.total, measured: 'O(n)' });
    expect(byProblem['two-sum']?.total).toBeGreaterThan(10);
    expect(byProblem['balanced-brackets']?.passed).toBeGreaterThan(0);
    expect(byProblem['balanced-brackets']?.passed).toBeLessThan(byProblem['balanced-brackets']?.total ?? 0);
    expect(byProblem['min-stack']?.passed).toBe(0);
    // The published formula, term by term.
    for (const p of score.problems) {
      const worth = POINTS_BY_DIFFICULTY[p.difficulty];
      expect(p.worth).toBe(worth);
      expect(p.correctness).toBe(Math.round((0.8 * worth * p.passed) / p.total));
      expect(p.efficiency).toBe(p.passed === p.total ? Math.round(0.2 * worth) : 0);
      expect(p.points).toBe(p.correctness + p.efficiency - p.hintCost);
    }
    expect(byProblem['two-sum']?.points).toBe(100);
    expect(score.possible).toBe(400);
    expect(score.total).toBe(Math.round((SCORE_SCALE * score.earned) / score.possible));

    // Editing and running stop at the end.
    const rejected = again.rejections.length;
    again.codeOf('two-sum').insert(0, '// late');
    await eventually(() => expect(again.rejections.length).toBe(rejected + 1));
    expect(again.rejections.at(-1)?.reason).toBe('FORBIDDEN');
    expect(await again.requestRun({ mode: 'submit' })).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(await again.ask(ClientEvent.finishAssessment, {})).toEqual({ ok: true });
    expect(eventsOf(again.timeline, 'assessmentEnded')).toHaveLength(1);

    // The report, for the candidate and the reviewer.
    const report = (await (await fetch(reportUrl)).json()) as AssessmentReport;
    expect(report.score).toEqual(score);
    expect(report.reason).toBe('deadline');
    const twoSum = report.problems.find((p) => p.slug === 'two-sum');
    expect(twoSum).toMatchObject({ finalCode: TWO_SUM, runs: 0, submissions: 0, optimal: { time: 'O(n)' } });
    expect(report.problems.find((p) => p.slug === 'balanced-brackets')).toMatchObject({ runs: 1 });
    expect(report.integrity.map((r) => r.signal)).toEqual([{ kind: 'paste', problemSlug: 'two-sum', chars: 12 }]);
    expect(report.formula.length).toBeGreaterThan(3);
    const markdown = await (
      await fetch(
        `${t.server.url}${assessmentReportApiPath(made.id, 'markdown')}?token=${linkParts(made.links.review).token}`,
      )
    ).text();
    expect(markdown).toContain(`**Score: ${score.total} / 1000**`);
    expect(markdown).toContain('Pasted 12 characters into Two Sum');

    // The review link opens the ended attempt, with the guide.
    const reviewer = await t.join(made.links.review, 'Rita');
    expect(reviewer.welcome.role).toBe('interviewer');
    // Joining an ended attempt sends back what the server has (deletions included): no refusal.
    const rejoined = await t.join(made.links.candidate, 'Cleo');
    await roundTrip(rejoined);
    await roundTrip(reviewer);
    expect(rejoined.rejections).toEqual([]);
    expect(reviewer.rejections).toEqual([]);
    expect(await reviewer.ask(ClientEvent.guide, {})).toMatchObject({ ok: true });
    expect(await reviewer.ask(ClientEvent.setProblem, { slug: 'min-stack' })).toEqual({ ok: true });
    expect(await again.ask(ClientEvent.setProblem, { slug: 'two-sum' })).toMatchObject({ reason: 'FORBIDDEN' });
  }, 120_000);

  it('finishes early with the hints it allows, each at its published cost', async () => {
    const made = await createAssessment(t.server.url, { problems: ['two-sum'], minutes: 30, hints: true });
    const candidate = await t.join(made.links.candidate, 'Cleo');
    expect(await candidate.ask(ClientEvent.finishAssessment, {})).toMatchObject({ reason: 'FORBIDDEN' });
    await candidate.ask(ClientEvent.startAssessment, {});
    const state = assessmentStateOf(candidate.timeline);
    expect(state.phase === 'running' && state.problems[0]?.hintCount).toBeGreaterThan(1);
    expect(await candidate.ask(ClientEvent.revealHint, { index: 0 })).toEqual({ ok: true });
    expect(await candidate.ask(ClientEvent.guide, {})).toMatchObject({ reason: 'FORBIDDEN' });
    // Written in TypeScript while the room's language stays JavaScript: judged in TypeScript.
    await eventually(() => expect(candidate.codeOf('two-sum', 'typescript').length).toBeGreaterThan(0));
    candidate.doc.getMap('settings').set(languageKey('two-sum'), 'typescript');
    candidate.doc.getMap('settings').set('language', 'javascript');
    const typed = candidate.codeOf('two-sum', 'typescript');
    candidate.doc.transact(() => {
      typed.delete(0, typed.length);
      typed.insert(0, TWO_SUM.replace('(nums, target)', '(nums: number[], target: number): number[]'));
    });
    await roundTrip(candidate);

    expect(await candidate.ask(ClientEvent.finishAssessment, {})).toEqual({ ok: true });
    const ended = await eventually(() => {
      const now = assessmentStateOf(candidate.timeline);
      if (now.phase !== 'ended' || !now.score) throw new Error('not scored yet');
      return now;
    }, 60_000);
    expect(ended.reason).toBe('finished');
    expect(ended.score?.problems[0]).toMatchObject({ hintsRevealed: 1, hintCost: 10, points: 90 });
    expect(ended.score?.total).toBe(900);
  }, 120_000);

  it('sends a candidate nothing hidden: no hidden tests, reference, guide or other solutions', async () => {
    const slugs = ['two-sum', 'balanced-brackets'];
    const made = await createAssessment(t.server.url, { problems: slugs, minutes: 5 });
    const candidate = await t.join(made.links.candidate, 'Cleo');
    await candidate.ask(ClientEvent.startAssessment, {});
    await candidate.ask(ClientEvent.setProblem, { slug: 'balanced-brackets' });
    await candidate.runToEnd({ mode: 'submit' });
    clock.advance(5 * 60_000);
    await eventually(() => expect(assessmentStateOf(candidate.timeline)).toMatchObject({ phase: 'ended' }), 60_000);
    await eventually(() => {
      const state = assessmentStateOf(candidate.timeline);
      if (state.phase !== 'ended' || !state.score) throw new Error('not scored yet');
    }, 60_000);
    const report = await (
      await fetch(`${t.server.url}${assessmentReportApiPath(made.id)}?token=${linkParts(made.links.candidate).token}`)
    ).text();
    const seen = JSON.stringify(candidate.received) + report;
    const secrets = (await problemSecrets()).filter((s) => slugs.includes(s.slug));
    expect(secrets.length).toBeGreaterThan(10);
    for (const secret of secrets) expect(seen.includes(secret.text), `${secret.slug}: ${secret.what}`).toBe(false);
  }, 120_000);
});

describe('an assessment’s deadline across a restart', () => {
  it('ends and scores an attempt whose deadline passed while the server was down', async () => {
    const clock = new ManualClock();
    const storage = await createStorage('pglite');
    try {
      const first = await startTestServer(storage, { clock });
      const made = await createAssessment(first.url, { problems: ['two-sum'], minutes: 1 });
      const candidate = await TestPeer.connect(first.url, {
        ...linkParts(made.links.candidate),
        name: 'Cleo',
      });
      await candidate.ask(ClientEvent.startAssessment, {});
      await eventually(() => expect(candidate.codeOf('two-sum').length).toBeGreaterThan(0));
      type(candidate, 'two-sum', TWO_SUM);
      await roundTrip(candidate);
      candidate.close();
      await first.close();

      clock.advance(2 * 60_000);
      const second = await startTestServer(storage, { clock });
      try {
        const token = linkParts(made.links.candidate).token;
        const report = await eventually(async () => {
          const response = await fetch(`${second.url}${assessmentReportApiPath(made.id)}?token=${token}`);
          expect(response.status).toBe(200);
          return (await response.json()) as AssessmentReport;
        }, 60_000);
        expect(report.reason).toBe('deadline');
        expect(report.score.total).toBe(1000);
      } finally {
        await second.close();
      }
    } finally {
      await storage.cleanup();
    }
  }, 120_000);
});
