import type { RunningServer } from '@dryrun/server';
import { ClientEvent, type CreateAssessmentResponse, type ScorecardInput } from '@dryrun/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import {
  editorText,
  focusEditorEnd,
  paste,
  waitForEditor,
  waitForLocalCopy,
  waitForSynced,
} from '../support/browser.ts';
import { useChromium } from '../support/chromiumFixture.ts';
import { ManualClock } from '../support/manualClock.ts';
import { linkParts } from '../support/roomFixture.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { startTestServer } from '../support/testServer.ts';

const JUDGED = { timeout: 60_000 };

describe('solo practice, in Chromium', () => {
  const t = useChromium('pglite');
  const clock = new ManualClock();
  let server: RunningServer;
  const contexts: BrowserContext[] = [];
  const peers: TestPeer[] = [];
  beforeAll(async () => {
    server = await startTestServer(t.storage, { clock });
  });
  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.close();
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(() => server?.close());

  async function newPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const context = await t.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
    contexts.push(context);
    const page = await context.newPage();
    // The name is asked once per browser: this one has answered already.
    await page.addInitScript(() => localStorage.setItem('dryrun:name', 'Cleo'));
    return page;
  }

  async function createAssessment(body: object): Promise<CreateAssessmentResponse> {
    const response = await fetch(`${server.url}/api/assessments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as CreateAssessmentResponse;
  }

  /** axe-core finds nothing on the page as it is. */
  async function expectAccessible(page: Page, where: string): Promise<void> {
    const violations = await axeViolations(page);
    expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  /** The editor's lines at the end of the code (it draws only those in view). */
  async function textAtEnd(page: Page): Promise<string> {
    await focusEditorEnd(page);
    return editorText(page);
  }

  /** Types at the end of the editor's text, as a person does. */
  async function typeAtEnd(page: Page, text: string): Promise<void> {
    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
  }

  it('creates from the home page, starts, keeps code and clock across a reload, records a paste, and reports the score on finishing', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    const solo = page.getByTestId('solo-practice');
    await solo.getByLabel(/Screen/).check();
    await solo.getByRole('button', { name: 'New solo practice' }).click();
    await page.getByTestId('assessment-start').waitFor();
    await expectAccessible(page, 'start page');
    const start = page.getByTestId('assessment-start');
    // The rules, the formula and the review link, before the clock starts.
    await expect.poll(() => page.getByTestId('score-formula').textContent()).toContain('100 points if easy');
    expect(await start.getByText('2 problems in 45 minutes').count()).toBe(1);
    const reviewLink = await start.getByTestId('review-link').inputValue();
    expect(new URL(reviewLink).pathname).toMatch(/^\/assessment\//);
    await start.getByRole('button', { name: 'Start the clock' }).click();

    await waitForEditor(page);
    await waitForSynced(page);
    const tabs = page.getByRole('tablist', { name: 'Problems' }).getByRole('tab');
    expect(await tabs.count()).toBe(2);
    await expect.poll(() => page.getByTestId('countdown').textContent()).toMatch(/4[45]:\d\d/);

    // Type in the first problem, then the second.
    await typeAtEnd(page, '\n// first problem, typed');
    await tabs.nth(1).click();
    await expect.poll(() => tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    // The second problem's own code (its starter), not the first's, and not an editor still loading.
    await expect
      .poll(async () => {
        const text = await editorText(page);
        return text.trim() !== '' && !text.includes('first problem');
      })
      .toBe(true);
    await typeAtEnd(page, '\n// second problem, typed');
    // A paste is recorded, and shown to the candidate.
    await paste(page, '// pasted line');
    await expect.poll(() => editorText(page)).toContain('// pasted line');
    const integrity = page.getByTestId('integrity');
    await expect.poll(() => integrity.locator('summary').textContent()).toContain('1 paste');
    await expectAccessible(page, 'a running attempt');

    // A reload: the clock is the server's, the code is where it was (once this browser's copy
    // has it: a reload straight after typing may abort the page's last IndexedDB writes).
    const before = await page.getByTestId('countdown').textContent();
    await waitForLocalCopy(page);
    await page.reload();
    await waitForEditor(page);
    await waitForSynced(page);
    // The editor draws only the lines in view: look at the end, where the typing was.
    await expect.poll(() => textAtEnd(page)).toContain('// second problem, typed');
    expect(await page.getByTestId('countdown').textContent()).toMatch(/4[45]:\d\d/);
    expect(before).toMatch(/4[45]:\d\d/);
    await page.getByRole('tablist', { name: 'Problems' }).getByRole('tab').first().click();
    await expect.poll(() => textAtEnd(page)).toContain('// first problem, typed');

    // Finish early: every problem is judged, and the score comes with its terms.
    await page.getByRole('button', { name: 'Finish early' }).click();
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    const ended = page.getByTestId('assessment-ended');
    await expect.poll(() => ended.textContent(), JUDGED).toMatch(/Finished early\. Score: \d+ \/ 1000/);
    await ended.getByRole('link', { name: 'Open the report' }).click();
    const report = page.getByTestId('assessment-report');
    await report.waitFor();
    expect(await page.getByTestId('score-terms').locator('tbody tr').count()).toBe(2);
    await expectAccessible(page, 'the report');
    await expect.poll(() => page.getByTestId('report-integrity').textContent()).toMatch(/Pasted 14 characters into/);

    // The home page lists the attempt, with its score.
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getByTestId('practice-history').textContent()).toMatch(/Screen.*\d+ \/ 1000/s);
    await expectAccessible(page, 'home with the practice history');
  }, 180_000);

  it('blocks a paste in strict mode, and at the deadline judges the code and reports it; a reviewer’s scorecard reaches the report', async () => {
    const made = await createAssessment({ problems: ['two-sum'], minutes: 1, strict: true });
    const page = await newPage('dark');
    await page.goto(made.links.candidate);
    await page.getByTestId('assessment-start').waitFor();
    await expectAccessible(page, 'start page, dark');
    await page.getByRole('button', { name: 'Start the clock' }).click();
    await waitForEditor(page);
    await waitForSynced(page);
    const starter = await editorText(page);
    // A one-minute attempt is inside its last minute from the start: said, and shown in red.
    await expect.poll(() => page.getByTestId('countdown').getByRole('status').textContent()).toBe('1 minute left');
    expect(await page.getByTestId('countdown').getAttribute('class')).toContain('countdown-critical');

    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await paste(page, '// pasted in strict mode');
    const integrity = page.getByTestId('integrity');
    await expect.poll(() => integrity.getByRole('alert').textContent()).toContain('Pasting is off in strict mode');
    await expect.poll(() => integrity.locator('summary').textContent()).toContain('1 blocked');
    await expectAccessible(page, 'strict mode after a blocked paste, dark');
    expect(await editorText(page)).toBe(starter);
    // The editor's own Paste (its context menu reads the clipboard, with no paste event) is
    // taken out again, and recorded as blocked too.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.evaluate(() => navigator.clipboard.writeText('// pasted from the menu'));
    await page.locator('.editor-pane .monaco-editor .view-lines').click({ button: 'right' });
    // Chosen from the open menu by keyboard: a mouse click on the item could land as the menu
    // closed and paste nothing, depending on timing (seen in Chromium), which is not what is tested.
    await page.locator('.monaco-menu').getByText('Paste', { exact: true }).hover();
    await page.keyboard.press('Enter');
    await expect.poll(() => integrity.locator('summary').textContent()).toContain('2 blocked');
    expect(await editorText(page)).toBe(starter);
    await typeAtEnd(page, '\n// typed, never run');
    await expect.poll(() => editorText(page)).toContain('// typed, never run');
    await waitForSynced(page);

    // The deadline arrives on the server's clock; nobody presses anything.
    clock.advance(60_000);
    const ended = page.getByTestId('assessment-ended');
    await expect.poll(() => ended.textContent(), JUDGED).toMatch(/Time ran out\. Score: 0 \/ 1000/);
    // Editing has stopped.
    await expect.poll(() => page.locator('.editor-pane').getByText('read only').count()).toBeGreaterThan(0);

    // A reviewer opens the ended attempt and submits a scorecard.
    const reviewer = await TestPeer.connect(server.url, { ...linkParts(made.links.review), name: 'Rita' });
    peers.push(reviewer);
    const scorecard: ScorecardInput = {
      scores: {
        problemSolving: { score: 2, comment: '', evidence: [] },
        coding: { score: 2, comment: 'Started, but nothing ran.', evidence: [] },
        verification: { score: 1, comment: '', evidence: [] },
        communication: { score: 2, comment: '', evidence: [] },
        complexity: { score: 1, comment: '', evidence: [] },
      },
      recommendation: 'no',
      strengths: 'Read the problem carefully.',
      improve: 'Run the examples early.',
    };
    expect(await reviewer.ask(ClientEvent.submitScorecard, scorecard)).toEqual({ ok: true });

    await ended.getByRole('link', { name: 'Open the report' }).click();
    await page.getByTestId('assessment-report').waitFor();
    expect(await page.getByTestId('report-score').textContent()).toBe('0');
    await expect.poll(() => page.getByTestId('report-integrity').textContent()).toContain('was blocked (strict mode)');
    await expect.poll(() => page.getByTestId('report-review').textContent()).toContain('Review by Rita');
    expect(await page.getByTestId('final-code').textContent()).toContain('// typed, never run');
    await expectAccessible(page, 'the report with a review, dark');
  }, 180_000);

  it('takes a custom set of chosen problems, in the order chosen, and records leaving the page', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    const solo = page.getByTestId('solo-practice');
    await solo.getByLabel(/^Custom/).check();
    await solo.getByLabel('Minutes', { exact: true }).fill('30');
    await solo.getByText(/Or choose the problems yourself/).click();
    await solo.getByRole('checkbox', { name: /Balanced Brackets/ }).check();
    await solo.getByRole('checkbox', { name: /Two Sum/ }).check();
    await expectAccessible(page, 'home with a custom set');
    await solo.getByRole('button', { name: 'New solo practice' }).click();
    const start = page.getByTestId('assessment-start');
    await start.waitFor();
    expect(await start.getByText('2 problems in 30 minutes').count()).toBe(1);
    await start.getByRole('button', { name: 'Start the clock' }).click();
    await waitForEditor(page);
    const tabs = page.getByRole('tablist', { name: 'Problems' }).getByRole('tab');
    await expect
      .poll(() => tabs.allTextContents())
      .toEqual([expect.stringMatching(/^1\. Balanced Brackets/), expect.stringMatching(/^2\. Two Sum/)]);

    // The page is hidden for a while (another tab), then shown again. Headless Chromium keeps
    // every page visible, so the page is told so as a browser would tell it.
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await setVisibility('visible');
    const integrity = page.getByTestId('integrity');
    await expect.poll(() => integrity.locator('summary').textContent()).toContain('left the page 1 time');
    await integrity.locator('summary').click();
    await expect
      .poll(() => integrity.locator('li').allTextContents())
      .toEqual([expect.stringContaining('Left the page'), expect.stringMatching(/Came back after \d+ s/)]);
  }, 180_000);
});
