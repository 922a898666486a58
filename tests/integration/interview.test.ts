import { ClientEvent, type FeedbackReport, reportApiPath, type ScorecardInput } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { problemSecrets } from '../support/problemSecrets.ts';
import { useTestServer } from '../support/roomFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import type { TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually } from '../support/testServer.ts';

const QUADRATIC_TWO_SUM = `function twoSum(nums, target) {
  for (let i = 0; i < nums.length; i++)
    for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j];
  return [];
}`;

/** A complete scorecard citing nothing. */
function scorecard(patch: Partial<ScorecardInput> = {}): ScorecardInput {
  const score = { score: 3 as const, comment: '', evidence: [] };
  return {
    scores: { problemSolving: score, coding: score, verification: score, communication: score, complexity: score },
    recommendation: 'yes',
    strengths: 'Clear plan before coding.',
    improve: 'Test the empty input.',
    ...patch,
  };
}

/** Replaces the room's two-sum code (as the candidate typing it). */
function type(peer: TestPeer, code: string): void {
  const text = peer.codeOf('two-sum');
  peer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
}

describe('the interview loop', () => {
  const t = useTestServer('pglite');

  async function twoSumRoom() {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const interviewer = await t.join(room.links.interviewer, 'Ivy', { openPrivate: true });
    const candidate = await t.join(room.links.candidate, 'Cara');
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    await eventually(() => expect(candidate.codeOf('two-sum').length).toBeGreaterThan(0));
    return { room, interviewer, candidate, observer };
  }

  describe('think-aloud notes', () => {
    it('stamps a note with the server time and author, pins its line, and shows it to everyone', async () => {
      const { candidate, interviewer, observer } = await twoSumRoom();
      const before = Date.now();
      expect(
        await candidate.ask(ClientEvent.note, { text: '  Can the array be empty?  ', tag: 'question', line: 1 }),
      ).toEqual({ ok: true });
      for (const peer of [candidate, interviewer, observer]) {
        await eventually(() => expect(peer.thinkAloud).toHaveLength(1));
      }
      const [note] = observer.thinkAloud;
      expect(note).toMatchObject({
        by: { name: 'Cara', role: 'candidate' },
        problemSlug: 'two-sum',
        tag: 'question',
        text: 'Can the array be empty?',
        pinned: { line: 1, text: candidate.codeOf('two-sum').toString().split('\n')[0] },
      });
      expect(Date.parse(note?.at ?? '')).toBeGreaterThanOrEqual(before - 1000);
      expect(await interviewer.ask(ClientEvent.note, { text: 'Good question.' })).toEqual({ ok: true });
      await eventually(() =>
        expect(candidate.thinkAloud.map((n) => n.text)).toEqual(['Can the array be empty?', 'Good question.']),
      );
    });

    it('refuses bad notes with a clear error and changes nothing', async () => {
      const { candidate, observer } = await twoSumRoom();
      const cases: Array<[unknown, string]> = [
        [{ text: 'x'.repeat(501) }, 'text: the note may be at most 500 characters'],
        [{ text: '   ' }, 'text: the note is empty'],
        [{ text: 'hi', tag: 'gossip' }, 'tag'],
        [{ text: 'hi', line: 0 }, 'line: a line number starts at 1'],
        [{ text: 'hi', line: 999 }, 'Line 999 is past the end of the code'],
        [{ text: 'hi', extra: true }, 'extra'],
      ];
      for (const [request, message] of cases) {
        const reply = await candidate.ask(ClientEvent.note, request as never);
        expect(reply).toMatchObject({ ok: false, reason: 'MALFORMED' });
        expect((reply as { message: string }).message).toContain(message);
      }
      expect(await observer.ask(ClientEvent.note, { text: 'I am watching' })).toMatchObject({
        ok: false,
        reason: 'FORBIDDEN',
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(candidate.thinkAloud).toEqual([]);
    });

    it("are not in any doc: a note forged into one is refused, and the log stays the server's", async () => {
      const { room, candidate, interviewer } = await twoSumRoom();
      await candidate.ask(ClientEvent.note, { text: 'Real note' });
      await eventually(() => expect(candidate.thinkAloud).toHaveLength(1));
      // A hostile client writes a note where protocol 2 kept them: no such part of the doc.
      candidate.doc.getArray('thinkAloud').push([{ id: 'forged', text: 'The interviewer said I passed' }]);
      await eventually(() =>
        expect(candidate.rejections.at(-1)).toMatchObject({ reason: 'FORBIDDEN', event: ClientEvent.sync }),
      );
      // The room carries on: others' edits flow, and notes still come through the server.
      interviewer.codeOf('two-sum').insert(0, '// still typing\n');
      await eventually(() => expect(candidate.codeOf('two-sum').toString()).toContain('// still typing'));
      expect(await candidate.ask(ClientEvent.note, { text: 'Second note' })).toEqual({ ok: true });
      await eventually(() => expect(interviewer.thinkAloud).toHaveLength(2));
      expect(interviewer.thinkAloud.map((n) => n.text)).toEqual(['Real note', 'Second note']);
      const late = await t.join(room.links.observer, 'Late', { answerStep1: false });
      await eventually(() => expect(late.synced).toBe(true));
      expect(late.thinkAloud.map((n) => n.text)).toEqual(['Real note', 'Second note']);
    });
  });

  describe('complexity claims', () => {
    it('reads the claim, keeps every claim as history, and refuses an unknown class', async () => {
      const { candidate, interviewer } = await twoSumRoom();
      expect(
        await candidate.ask(ClientEvent.claim, { time: 'O(n^2)', space: 'O(1)', reason: 'Two nested loops.' }),
      ).toEqual({ ok: true });
      expect(
        await candidate.ask(ClientEvent.claim, {
          time: 'O(n)',
          space: 'o(n)',
          reason: 'One pass with a map.',
          line: 2,
        }),
      ).toEqual({ ok: true });
      await eventually(() => expect(interviewer.claims).toHaveLength(2));
      expect(interviewer.claims.map((c) => [c.time, c.space, c.timeClass])).toEqual([
        ['O(n²)', 'O(1)', 'O(n²)'],
        ['O(n)', 'O(n)', 'O(n)'],
      ]);
      expect(interviewer.claims[1]?.pinned?.line).toBe(2);

      const bad: Array<[unknown, string]> = [
        [{ time: 'O(banana)', space: 'O(1)', reason: 'r' }, 'time: "banana" is not a complexity term'],
        [{ time: 'O(n)', space: 'O(n', reason: 'r' }, 'space: The parentheses do not match'],
        [{ time: 'O(n)', space: 'O(1)', reason: 'r'.repeat(201) }, 'at most 200 characters'],
        [{ time: 'O(n)', space: 'O(1)', reason: '' }, 'the reason is empty'],
        [{ time: 7, space: 'O(1)', reason: 'r' }, 'time'],
      ];
      for (const [request, message] of bad) {
        const reply = await candidate.ask(ClientEvent.claim, request as never);
        expect(reply).toMatchObject({ ok: false, reason: 'MALFORMED' });
        expect((reply as { message: string }).message).toContain(message);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(candidate.claims).toHaveLength(2);
    });

    it('has nothing to claim about on a blank pad', async () => {
      const room = await createRoom(t.server.url);
      const candidate = await t.join(room.links.candidate, 'Cara');
      expect(await candidate.ask(ClientEvent.claim, { time: 'O(n)', space: 'O(1)', reason: 'r' })).toMatchObject({
        ok: false,
        reason: 'MALFORMED',
      });
    });
  });

  describe('the complexity check', () => {
    it('measures the room code, and the same code gives the same answer every time', async () => {
      const { candidate } = await twoSumRoom();
      type(candidate, QUADRATIC_TWO_SUM);
      const first = await candidate.runToEnd({ mode: 'complexity' });
      expect(first).toMatchObject({ mode: 'complexity', status: 'done', report: null });
      expect(first.complexity).toMatchObject({ status: 'measured', time: 'O(n²)', failure: null });
      expect(first.complexity?.points.length).toBeGreaterThanOrEqual(5);
      const second = await candidate.runToEnd({ mode: 'complexity' });
      expect(second.complexity).toEqual(first.complexity);
    });

    it('reports wrong code as wrong, without fitting it', async () => {
      const { candidate } = await twoSumRoom();
      type(candidate, 'function twoSum(nums, target) { return [0, 1]; }');
      const run = await candidate.runToEnd({ mode: 'complexity' });
      expect(run.complexity).toMatchObject({ status: 'wrong_answer', time: null });
      expect(run.complexity?.failure?.n).toBeGreaterThan(0);
    });

    it('follows an accepted submission by itself', async () => {
      const { candidate, interviewer } = await twoSumRoom();
      type(candidate, TWO_SUM);
      const submit = await candidate.runToEnd({ mode: 'submit' });
      expect(submit.report?.verdict).toBe('accepted');
      const check = await interviewer.followUpCheck(submit.id);
      expect(check).toMatchObject({
        by: { name: 'Cara' },
        follows: submit.id,
        complexity: { status: 'measured', time: 'O(n)' },
      });
    });

    it('is refused where there is nothing to measure, and to observers', async () => {
      const room = await createRoom(t.server.url);
      const candidate = await t.join(room.links.candidate, 'Cara');
      const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
      expect(await candidate.requestRun({ mode: 'complexity' })).toMatchObject({ ok: false, reason: 'MALFORMED' });
      expect(await observer.requestRun({ mode: 'complexity' })).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    });
  });

  describe('the guide and its hints', () => {
    it('answers the guide to interviewers only', async () => {
      const { interviewer, candidate, observer } = await twoSumRoom();
      const reply = await interviewer.ask(ClientEvent.guide, {});
      expect(reply).toMatchObject({ ok: true, guide: { problemSlug: 'two-sum', complexity: { time: 'O(n)' } } });
      if (!reply.ok || !reply.guide) throw new Error('no guide');
      expect(reply.guide.hints).toHaveLength(3);
      expect(reply.guide.solution).toContain('function twoSum');
      expect(reply.guide.rubric.coding.strong.length).toBeGreaterThan(10);
      for (const peer of [candidate, observer]) {
        expect(await peer.ask(ClientEvent.guide, {})).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
      }
      const pad = await createRoom(t.server.url);
      const padInterviewer = await t.join(pad.links.interviewer, 'Ivy');
      expect(await padInterviewer.ask(ClientEvent.guide, {})).toEqual({ ok: true, guide: null });
    });

    it('reveals a hint to the room once, in order, and tells late joiners', async () => {
      const { room, interviewer, candidate } = await twoSumRoom();
      const guide = await interviewer.ask(ClientEvent.guide, {});
      const hints = guide.ok ? (guide.guide?.hints ?? []) : [];
      expect(await candidate.ask(ClientEvent.revealHint, { index: 0 })).toMatchObject({
        ok: false,
        reason: 'FORBIDDEN',
      });
      expect(await interviewer.ask(ClientEvent.revealHint, { index: 1 })).toMatchObject({
        ok: false,
        reason: 'MALFORMED',
        message: expect.stringContaining('reveal hint 1 first'),
      });
      expect(await interviewer.ask(ClientEvent.revealHint, { index: 7 })).toMatchObject({
        ok: false,
        reason: 'MALFORMED',
      });
      expect(await interviewer.ask(ClientEvent.revealHint, { index: -1 })).toMatchObject({
        ok: false,
        reason: 'MALFORMED',
      });
      // Two interviewers at once, and a repeat: recorded once.
      const second = await t.join(room.links.interviewer, 'Ian');
      const replies = await Promise.all([
        interviewer.ask(ClientEvent.revealHint, { index: 0 }),
        second.ask(ClientEvent.revealHint, { index: 0 }),
      ]);
      expect(replies).toEqual([{ ok: true }, { ok: true }]);
      expect(await interviewer.ask(ClientEvent.revealHint, { index: 0 })).toEqual({ ok: true });
      await eventually(() => expect(candidate.hints).toHaveLength(1));
      // The repeats are answered and add nothing: the timeline says so by its next event.
      expect(await candidate.ask(ClientEvent.note, { text: 'after the hints' })).toEqual({ ok: true });
      await eventually(() => expect(candidate.thinkAloud).toHaveLength(1));
      expect(candidate.hints).toHaveLength(1);
      expect(candidate.hints[0]).toMatchObject({ index: 0, text: hints[0], problemSlug: 'two-sum' });
      const late = await t.join(room.links.candidate, 'Cara again');
      expect(late.hints.map((h) => h.text)).toEqual([hints[0]]);
      // The next one in the ladder may follow.
      expect(await interviewer.ask(ClientEvent.revealHint, { index: 1 })).toEqual({ ok: true });
    });
  });

  describe('the scorecard', () => {
    it('refuses a bad scorecard with a clear error and stores nothing', async () => {
      const { room, interviewer, candidate } = await twoSumRoom();
      const seven = scorecard();
      (seven.scores as Record<string, unknown>).coding = { score: 7, comment: '', evidence: [] };
      const cases: Array<[unknown, string]> = [
        [seven, 'scores.coding.score: a score is 1, 2, 3 or 4'],
        [{ ...scorecard(), recommendation: 'maybe' }, 'recommendation'],
        [{ ...scorecard(), scores: { coding: { score: 3, comment: '', evidence: [] } } }, 'scores.problemSolving'],
        [{ ...scorecard(), strengths: 'x'.repeat(4001) }, 'strengths'],
        [
          scorecard({
            scores: {
              ...scorecard().scores,
              verification: { score: 2, comment: '', evidence: [{ kind: 'run', id: 'made-up' }] },
            },
          }),
          'Verification cites a run that is not in this room',
        ],
      ];
      for (const [input, message] of cases) {
        const reply = await interviewer.ask(ClientEvent.submitScorecard, input as never);
        expect(reply).toMatchObject({ ok: false, reason: 'MALFORMED' });
        expect((reply as { message: string }).message).toContain(message);
      }
      expect(await candidate.ask(ClientEvent.submitScorecard, scorecard())).toMatchObject({
        ok: false,
        reason: 'FORBIDDEN',
      });
      const report = await fetch(`${t.server.url}${reportApiPath(room.id)}`, {
        headers: { authorization: `Bearer ${new URL(room.links.interviewer).searchParams.get('token')}` },
      });
      expect(report.status).toBe(404);
      expect(await report.json()).toMatchObject({ reason: 'NOT_READY' });
    });

    it('locks once submitted, and tells everyone', async () => {
      const { interviewer, candidate } = await twoSumRoom();
      expect(candidate.feedback).toEqual({ submittedAt: null });
      expect(await interviewer.ask(ClientEvent.submitScorecard, scorecard())).toEqual({ ok: true });
      await eventually(() => expect(candidate.feedback.submittedAt).toEqual(expect.any(String)));
      expect(
        await interviewer.ask(ClientEvent.submitScorecard, scorecard({ recommendation: 'strong_no' })),
      ).toMatchObject({ ok: false, reason: 'CONFLICT' });
    });
  });

  describe('the feedback report', () => {
    it('shows the whole session to the candidate, exports it, and takes a rating', async () => {
      const { room, interviewer, candidate, observer } = await twoSumRoom();
      const token = (link: string) => new URL(link).searchParams.get('token') ?? '';
      const get = (link: string, format: 'json' | 'markdown' = 'json') =>
        fetch(`${t.server.url}${reportApiPath(room.id, format)}?token=${token(link)}`);

      await candidate.ask(ClientEvent.note, { text: 'I will use a hash map.', tag: 'approach' });
      await candidate.ask(ClientEvent.claim, { time: 'O(n)', space: 'O(n)', reason: 'One pass, one map.' });
      type(candidate, TWO_SUM);
      const submit = await candidate.runToEnd({ mode: 'submit' });
      await interviewer.ask(ClientEvent.revealHint, { index: 0 });
      const check = await candidate.followUpCheck(submit.id);
      await eventually(() => expect(candidate.thinkAloud).toHaveLength(1));
      await eventually(() => expect(candidate.claims).toHaveLength(1));
      const hint = await eventually(() => {
        const [revealed] = candidate.hints;
        expect(revealed).toBeDefined();
        return revealed;
      });
      const note = candidate.thinkAloud[0];
      const claim = candidate.claims[0];

      expect((await get(room.links.candidate)).status).toBe(404);
      const input = scorecard({
        scores: {
          ...scorecard().scores,
          communication: { score: 4, comment: 'Narrated the plan.', evidence: [{ kind: 'note', id: note?.id ?? '' }] },
          verification: { score: 3, comment: '', evidence: [{ kind: 'run', id: submit.id }] },
          complexity: {
            score: 4,
            comment: '',
            evidence: [
              { kind: 'claim', id: claim?.id ?? '' },
              { kind: 'run', id: check.id },
            ],
          },
          problemSolving: { score: 3, comment: '', evidence: [{ kind: 'hint', id: hint?.id ?? '' }] },
        },
      });
      expect(await interviewer.ask(ClientEvent.submitScorecard, input)).toEqual({ ok: true });

      const response = await get(room.links.candidate);
      expect(response.status).toBe(200);
      const report = (await response.json()) as FeedbackReport;
      expect(report.scorecard).toMatchObject({ recommendation: 'yes', by: { name: 'Ivy' } });
      expect(report.scorecard.scores.communication.score).toBe(4);
      expect(report.scorecard.evidence.communication).toEqual([
        expect.objectContaining({ kind: 'note', label: 'Note (approach): “I will use a hash map.”' }),
      ]);
      expect(report.scorecard.evidence.complexity.map((e) => e.label)).toEqual([
        'Claim: O(n) time, O(n) space — One pass, one map.',
        'Complexity check — measured O(n)',
      ]);
      expect(report.scorecard.evidence.complexity[1]).toMatchObject({ kind: 'run', mode: 'complexity' });
      expect(report.scorecard.evidence.problemSolving[0]?.label).toContain('Hint 1 revealed');
      const [problem] = report.problems;
      expect(problem).toMatchObject({
        slug: 'two-sum',
        finalCode: TWO_SUM,
        submission: { runId: submit.id, verdict: 'accepted' },
        complexity: { runId: check.id, agrees: true, report: { time: 'O(n)' } },
        expected: { time: 'O(n)', space: 'O(n)' },
      });
      expect(problem?.claims.map((c) => c.time)).toEqual(['O(n)']);
      expect(problem?.hints.map((h) => h.index)).toEqual([0]);
      // Hidden tests: name and verdict only.
      expect(problem?.submission?.tests.some((test) => test.hidden)).toBe(true);
      for (const test of problem?.submission?.tests ?? []) {
        expect(Object.keys(test).sort()).toEqual(['hidden', 'name', 'verdict']);
      }
      expect(report.thinkAloud.map((n) => n.text)).toEqual(['I will use a hash map.']);

      // Nothing the server keeps to itself, apart from the hint that was revealed.
      const secrets = (await problemSecrets()).filter((s) => s.slug === 'two-sum' && s.text !== hint?.text);
      const markdown = await (await get(room.links.candidate, 'markdown')).text();
      for (const text of [JSON.stringify(report), markdown]) {
        expect(secrets.filter((secret) => text.includes(secret.text))).toEqual([]);
      }
      expect(markdown).toContain('**Recommendation: Yes**');
      expect(markdown).toContain('| Communication | 4 / 4 |');
      expect(markdown).toContain('Measured: O(n) — agrees with the claim');
      expect(markdown).toContain('I will use a hash map.');
      expect(markdown).toContain('function twoSum(nums, target)');

      // The interviewer sees it too; an observer and a wrong token do not.
      expect((await get(room.links.interviewer)).status).toBe(200);
      expect(await (await get(room.links.observer)).json()).toMatchObject({ reason: 'FORBIDDEN' });
      const wrong = await fetch(`${t.server.url}${reportApiPath(room.id)}?token=not-a-token`);
      expect(wrong.status).toBe(403);
      expect(observer.welcome.role).toBe('observer');

      // The candidate rates it; the interviewer reads the rating in the report.
      const rate = (link: string, body: unknown) =>
        fetch(`${t.server.url}${reportApiPath(room.id, 'rating')}?token=${token(link)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const seven = await rate(room.links.candidate, { stars: 7, comment: '' });
      expect(seven.status).toBe(400);
      expect(await seven.json()).toMatchObject({ reason: 'MALFORMED', message: expect.stringContaining('1 to 5') });
      expect((await rate(room.links.interviewer, { stars: 5 })).status).toBe(403);
      expect((await rate(room.links.candidate, { stars: 4, comment: 'Specific and kind.' })).status).toBe(200);
      const seen = (await (await get(room.links.interviewer)).json()) as FeedbackReport;
      expect(seen.rating).toMatchObject({ stars: 4, comment: 'Specific and kind.' });
    });

    it('keeps the draft, the notes and the guide from the candidate', async () => {
      const { interviewer, candidate } = await twoSumRoom();
      const received: unknown[] = [];
      candidate.socket.onAny((event, ...args) => received.push(event, args));
      const draft = 'DRAFT: leaning towards strong yes';
      interviewer.privateDoc.getMap('scorecard').set('strengths', draft);
      interviewer.notes.insert(0, 'PRIVATE: candidate hesitated on duplicates');
      await interviewer.ask(ClientEvent.guide, {});
      await eventually(() => expect(interviewer.privateDoc.getMap('scorecard').get('strengths')).toBe(draft));
      candidate.sendStep1('private');
      await eventually(() =>
        expect(candidate.rejections.some((r) => r.reason === 'FORBIDDEN' && r.event === ClientEvent.sync)).toBe(true),
      );
      const everything = JSON.stringify(received, (_key, value) =>
        value instanceof Uint8Array || (value && value.type === 'Buffer')
          ? Buffer.from(value).toString('latin1')
          : value,
      );
      expect(everything).not.toContain('DRAFT');
      expect(everything).not.toContain('PRIVATE');
      expect(candidate.receivedPrivateFrames).toEqual([]);
      const guide = await interviewer.ask(ClientEvent.guide, {});
      for (const hint of guide.ok ? (guide.guide?.hints ?? []) : [])
        expect(everything).not.toContain(hint.slice(0, 40));
    });
  });
});
