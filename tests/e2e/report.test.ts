import { readFile } from 'node:fs/promises';
import type { RunningServer } from '@dryrun/server';
import {
  ClientEvent,
  type FeedbackReport,
  RUBRIC,
  RUBRIC_DIMENSIONS,
  reportApiPath,
  reportPath,
  roomPath,
} from '@dryrun/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from '../support/chromiumFixture.ts';
import { problemSecrets } from '../support/problemSecrets.ts';
import { interviewSession } from '../support/interviewSession.ts';
import { linkParts } from '../support/roomFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { type PeerOptions, TestPeer } from '../support/TestPeer.ts';
import { createRoom, startTestServer } from '../support/testServer.ts';

describe('the feedback report page in Chromium', () => {
  const t = useChromium('pglite');
  let server: RunningServer;
  let browser: Browser;
  const peers: TestPeer[] = [];
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startTestServer(t.storage);
    browser = t.browser;
  });
  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.close();
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(() => server?.close());

  async function join(link: string, name: string, extra: Partial<PeerOptions> = {}): Promise<TestPeer> {
    const peer = await TestPeer.connect(server.url, { ...linkParts(link), name, ...extra });
    peers.push(peer);
    return peer;
  }

  /** Opens a room link's report page in a fresh browser context; `before` runs before the page loads. */
  async function openReport(link: string, before?: (page: Page) => Promise<unknown>): Promise<Page> {
    const { roomId, token } = linkParts(link);
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await before?.(page);
    await page.goto(`${server.url}${reportPath(roomId)}?token=${encodeURIComponent(token)}`);
    return page;
  }

  const session = () => interviewSession(server.url, join);

  it('waits for the scorecard, then shows the whole session, exports it and prints without controls', async () => {
    const { room, interviewer, hint, scorecard } = await session();
    const requested: string[] = [];
    // The page's clock is ours, so its 10 s re-check can be hurried along.
    const page = await openReport(room.links.candidate, async (p) => {
      p.on('request', (request) => requested.push(request.url()));
      await p.clock.install();
    });

    const waiting = page.getByTestId('report-not-ready');
    await expect.poll(() => waiting.textContent()).toContain('The interviewer has not submitted feedback yet');
    const back = await waiting.getByRole('link', { name: 'Back to the room' }).getAttribute('href');
    expect(back).toBe(`${roomPath(room.id)}?token=${linkParts(room.links.candidate).token}`);

    expect(await interviewer.ask(ClientEvent.submitScorecard, scorecard)).toEqual({ ok: true });
    await page.clock.fastForward(10_000);
    const report = page.getByTestId('report');
    await report.waitFor({ timeout: 10_000 });

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mock interview with Cara');
    expect(await page.getByTestId('recommendation').textContent()).toContain('Strong yes');
    expect(await page.getByTestId('report-interviewer').textContent()).toBe('Ivy');

    // Each score in words, with what it means and the evidence it cites.
    for (const dimension of RUBRIC_DIMENSIONS) {
      const { score } = scorecard.scores[dimension];
      const item = page.locator(`[data-testid="score"][data-dimension="${dimension}"]`);
      expect(await item.getByRole('heading', { level: 3 }).textContent()).toBe(RUBRIC[dimension].label);
      expect(await item.getByTestId('score-value').textContent()).toBe(`${score} / 4`);
      expect(await item.getByTestId('score-anchor').textContent()).toContain(RUBRIC[dimension].anchors[score]);
    }
    const evidence = async (dimension: string) =>
      page.locator(`[data-dimension="${dimension}"] [data-testid="evidence"]`).allTextContents();
    expect(await evidence('communication')).toEqual([
      expect.stringContaining('Note (approach): “I will use a hash map <b>not</b> a loop.”'),
    ]);
    expect(await evidence('complexity')).toEqual([
      expect.stringContaining('Claim: O(n) time, O(n) space — One pass, one map.'),
      expect.stringContaining('Complexity check — measured O(n)'),
    ]);
    expect(await evidence('verification')).toEqual([expect.stringContaining('Submission — 16/16 passed (accepted)')]);
    // Each piece of evidence is tagged by what it is: a complexity check is not called a run.
    const tags = async (dimension: string) =>
      page.locator(`[data-dimension="${dimension}"] [data-testid="evidence"] .report-chip`).allTextContents();
    expect(await tags('complexity')).toEqual(['Claim', 'Complexity check']);
    expect(await tags('verification')).toEqual(['Submission']);
    expect((await evidence('problemSolving'))[0]).toContain('Hint 1 revealed');
    expect(await page.locator('[data-dimension="coding"]').textContent()).toContain('Clean and idiomatic.');

    // What people typed is text, never markup.
    expect(await page.getByTestId('improve').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('.report script, .report b').count()).toBe(0);

    // The problem: results, hidden tests by name and verdict only, complexity, hints, code.
    const problem = page.getByTestId('problem-report');
    expect(await problem.getByRole('heading', { level: 2 }).textContent()).toContain('Two Sum');
    expect(await problem.getByTestId('submission-passed').textContent()).toBe('16 of 16 tests passed');
    expect(await problem.getByTestId('report-test').count()).toBe(16);
    const hidden = problem.locator('[data-testid="report-test"][data-hidden="true"]');
    expect(await hidden.count()).toBe(13);
    for (const row of await hidden.all()) expect(await row.textContent()).toMatch(/hidden.*Accepted$/);
    const verdict = await problem.getByTestId('complexity-verdict').textContent();
    expect(verdict).toContain('claimed O(n) — measured O(n)');
    expect(verdict).toContain('Agrees with the claim.');
    expect(await problem.getByTestId('claim-history').locator('li').allTextContents()).toEqual([
      expect.stringMatching(/O\(n²\) time, O\(1\) space — Two nested loops\..*superseded/),
      expect.stringMatching(/O\(n\) time, O\(n\) space — One pass, one map\..*line 2.*standing/),
    ]);
    expect(await problem.getByTestId('data-points').locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await problem.getByTestId('complexity-expected').textContent()).toBe('O(n) time, O(n) space');
    // The hint is the guide's Markdown, shown as the room shows it: *other* in italics.
    const hints = problem.getByTestId('hints-used');
    expect(await hints.textContent()).toContain('Hint 1, revealed at');
    expect(await hints.textContent()).toContain(hint.text.replace(/[*_`]/g, ''));
    expect(await problem.getByTestId('final-code').textContent()).toBe(TWO_SUM);

    const log = page.getByTestId('log-entry');
    expect(await log.count()).toBe(1);
    const entry = await log.textContent();
    for (const part of ['Cara', 'candidate', 'approach', 'I will use a hash map <b>not</b> a loop.', 'Line 2:']) {
      expect(entry).toContain(part);
    }

    // Nothing the server keeps to itself (apart from the hint that was revealed), and no editor.
    const text = (await page.locator('body').textContent()) ?? '';
    const secrets = (await problemSecrets()).filter((s) => s.slug === 'two-sum' && s.text !== hint.text);
    expect(secrets.filter((s) => text.includes(s.text))).toEqual([]);
    expect(requested.filter((url) => /CollabEditor|editor\.api|monaco/i.test(url))).toEqual([]);

    // Exports: the Markdown from the server, the JSON as the page holds it.
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe(`dryrun-feedback-${room.id}.md`);
    const md = await readFile(await markdown.path(), 'utf8');
    expect(md).toContain('**Recommendation: Strong yes**');
    expect(md).toContain('function twoSum(nums, target)');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toBe(`dryrun-feedback-${room.id}.json`);
    const exported = JSON.parse(await readFile(await json.path(), 'utf8')) as FeedbackReport;
    expect(exported).toMatchObject({ roomId: room.id, scorecard: { recommendation: 'strong_yes' } });
    expect(exported.problems[0]?.finalCode).toBe(TWO_SUM);

    // On paper: the report without its buttons or the rating form.
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Print', 'Download Markdown', 'Download JSON']) {
      expect(await page.getByRole('button', { name }).isVisible()).toBe(false);
    }
    expect(await page.getByTestId('rating-form').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Back to the room' }).isVisible()).toBe(false);
    expect(await page.getByTestId('final-code').isVisible()).toBe(true);
    expect(await page.getByTestId('recommendation').isVisible()).toBe(true);
    const colours = await page
      .getByTestId('score-value')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(colours).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
  });

  it('takes the candidate rating, and the interviewer reads it but cannot rate', async () => {
    const { room, interviewer, scorecard } = await session();
    expect(await interviewer.ask(ClientEvent.submitScorecard, scorecard)).toEqual({ ok: true });

    const cara = await openReport(room.links.candidate);
    await cara.getByTestId('report').waitFor();
    expect(await cara.getByTestId('rating-none').textContent()).toContain('has not rated');
    const save = cara.getByRole('button', { name: 'Save rating' });
    await save.click();
    await expect.poll(() => cara.getByTestId('rating-error').textContent()).toContain('Choose from 1 to 5 stars');
    await cara.getByRole('radio', { name: '4 stars' }).check();
    await cara.getByLabel('Comment (optional)').fill('Specific and kind.');
    await save.click();
    await expect.poll(() => cara.getByTestId('rating-saved').textContent()).toContain('Saved');
    expect(await cara.getByTestId('rating-summary').textContent()).toContain('You rated this feedback');
    expect(await cara.getByTestId('rating-stars').textContent()).toBe('4 / 5 stars');
    expect(await cara.getByRole('button', { name: 'Update rating' }).isVisible()).toBe(true);

    const ivy = await openReport(room.links.interviewer);
    await ivy.getByTestId('report').waitFor();
    const summary = ivy.getByTestId('rating-summary');
    expect(await summary.textContent()).toContain('The candidate rated this feedback');
    expect(await summary.getByTestId('rating-stars').textContent()).toBe('4 / 5 stars');
    expect(await summary.getByTestId('rating-comment').textContent()).toBe('Specific and kind.');
    // The page cannot know Ivy is not the candidate until the server says so.
    await ivy.getByRole('radio', { name: '1 star', exact: true }).check();
    await ivy.getByRole('button', { name: 'Save rating' }).click();
    await ivy.getByTestId('rating-forbidden').waitFor();
    expect(await ivy.getByTestId('rating-form').count()).toBe(0);
    expect(await summary.getByTestId('rating-stars').textContent()).toBe('4 / 5 stars');
    const stored = await fetch(`${server.url}${reportApiPath(room.id)}`, {
      headers: { authorization: `Bearer ${linkParts(room.links.interviewer).token}` },
    });
    expect(((await stored.json()) as FeedbackReport).rating).toMatchObject({ stars: 4, comment: 'Specific and kind.' });
  });

  it('says clearly when a link cannot open the report, and retries after a network error', async () => {
    const room = await createRoom(server.url, { problemSlug: 'two-sum' });
    const message = async (page: Page) => {
      const box = page.getByTestId('report-error');
      await box.waitFor();
      return box.textContent();
    };

    const wrong = await openReport(room.links.candidate.replace(/token=[^&]+/, 'token=not-a-token'));
    expect(await message(wrong)).toContain('This link does not open the report');
    const observer = await openReport(room.links.observer);
    expect(await message(observer)).toContain('This report is for the candidate and the interviewer');
    const noToken = await openReport(room.links.candidate.replace(/token=[^&]+/, 'token='));
    expect(await message(noToken)).toContain('This link is incomplete');
    const noRoom = await openReport(room.links.candidate.replace(room.id, 'no-such-room'));
    expect(await message(noRoom)).toMatch(/no such room|does not open/);

    // The server unreachable: a clear message and a way to try again.
    const offline = await openReport(room.links.candidate, (page) =>
      page.route('**/api/rooms/*/report', (route) => route.abort('connectionrefused')),
    );
    expect(await message(offline)).toContain("Can't reach the server");
    await offline.unroute('**/api/rooms/*/report');
    await offline.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => offline.getByTestId('report-not-ready').textContent())
      .toContain('The interviewer has not submitted feedback yet');
    await offline.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => offline.getByTestId('report-not-ready').textContent()).toContain('not submitted');
  });
});
