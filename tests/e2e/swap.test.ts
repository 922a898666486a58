import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { editorText, setEditorCode, waitForEditor, waitForSynced } from '../support/browser.ts';
import { useRoomsInChromium } from '../support/chromiumFixture.ts';

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const panel = (page: Page) => page.getByRole('tabpanel');
const roomIdOf = (page: Page) => new URL(page.url()).pathname.split('/')[2] ?? '';

/** Fills and locks the scorecard of the half the page's person interviewed. */
async function submitScorecard(page: Page, strengths: string): Promise<void> {
  await tab(page, 'Scorecard').click();
  for (const dimension of ['problemSolving', 'coding', 'verification', 'communication', 'complexity']) {
    await page.getByTestId(`score-${dimension}`).getByRole('radio', { name: /^3/ }).check();
  }
  await panel(page).getByLabel('Strengths').fill(strengths);
  await panel(page).getByLabel('Things to improve').fill('Test the empty input first.');
  await panel(page).getByRole('radio', { name: 'Yes', exact: true }).check();
  await panel(page).getByRole('button', { name: 'Submit scorecard' }).click();
  await panel(page).getByRole('button', { name: 'Submit and lock' }).click();
  await expect.poll(() => page.getByTestId('scorecard-locked').count()).toBe(1);
}

/** Rates, from the Feedback tab, the interviewer of the half the page's person was interviewed in. */
async function rateInterviewer(page: Page, stars: number, comment: string): Promise<void> {
  await tab(page, 'Feedback').click();
  const form = page.getByTestId('rating-form');
  await form.getByRole('radio', { name: `${stars} stars` }).check();
  await form.getByLabel('Comment (optional)').fill(comment);
  await form.getByRole('button', { name: 'Save rating' }).click();
  await expect.poll(() => page.getByTestId('duty-rate').textContent()).toContain('You rated your interviewer');
  // Given once: no form to change it.
  expect(await page.getByTestId('rating-form').count()).toBe(0);
}

describe('a session in two halves in Chromium', () => {
  const t = useRoomsInChromium('pglite');
  const open = async (link: string, name: string) => (await t.join(link, name)).page;

  it('is planned on the home page, swaps roles, and releases both reports only once both have submitted', async () => {
    // Planned as two halves, each with its problem and minutes.
    const home = await t.browser.newPage();
    await home.goto(t.server.url);
    await home.getByLabel('Two halves: swap roles midway').check();
    const first = home.getByTestId('half-1');
    const second = home.getByTestId('half-2');
    await first.getByRole('spinbutton', { name: 'Minutes for the first half' }).fill('20');
    await first.getByRole('radio', { name: /^Two Sum/ }).check();
    await second.getByRole('radio', { name: /^Balanced Brackets/ }).check();
    expect(await axeViolations(home)).toEqual([]);
    await home.getByRole('button', { name: 'New pair interview' }).click();
    await home.getByTestId('room-links').waitFor();
    const links = {
      ann: await home.getByTestId('interviewer-link').inputValue(),
      ben: await home.getByTestId('candidate-link').inputValue(),
      olu: await home.getByTestId('observer-link').inputValue(),
    };

    const ann = await open(links.ann, 'Ann');
    const ben = await open(links.ben, 'Ben');
    const olu = await open(links.olu, 'Olu');
    const firstRoom = roomIdOf(ann);
    for (const page of [ann, ben, olu]) {
      await expect.poll(() => page.getByTestId('session-half').textContent()).toBe('Half 1 of 2');
      expect(await page.getByTestId('session-minutes').textContent()).toBe('20 min planned');
    }
    // The phase timer's default plan fits the half's 20 minutes.
    const plan = ann.getByTestId('phase-plan');
    await plan.locator('summary').click();
    expect(await plan.textContent()).toContain('20 minutes in all');
    const firstCode = 'function twoSum(nums, target) {\n  return []; // first half\n}';
    await setEditorCode(ben, firstCode);
    await expect.poll(() => editorText(ann)).toBe(firstCode);

    // Ben proposes; Ann declines; Ann proposes; Ben accepts.
    await ben.getByTestId('swap-controls').getByRole('button', { name: 'Swap roles' }).click();
    const annPrompt = ann.getByTestId('swap-prompt');
    await expect
      .poll(() => annPrompt.textContent())
      .toContain('Ben proposes to swap roles: you would become the candidate.');
    expect(await axeViolations(ann)).toEqual([]);
    await annPrompt.getByRole('button', { name: 'Decline' }).click();
    await expect.poll(() => ben.getByTestId('swap-controls').textContent()).toContain('Ann declined the swap');
    await ann.getByTestId('swap-controls').getByRole('button', { name: 'Swap roles' }).click();
    const benPrompt = ben.getByTestId('swap-prompt');
    await expect.poll(() => benPrompt.textContent()).toContain('you would become the interviewer');
    await benPrompt.getByRole('button', { name: 'Accept' }).click();

    // Everyone, the observer too, moves to the second half's room on the same link.
    for (const page of [ann, ben, olu]) {
      await expect.poll(() => roomIdOf(page)).not.toBe(firstRoom);
      await waitForEditor(page);
      await waitForSynced(page);
      await expect.poll(() => page.getByTestId('session-half').textContent()).toBe('Half 2 of 2');
      expect(await page.getByTestId('session-minutes').textContent()).toBe('30 min planned');
      await expect.poll(() => editorText(page)).toContain('function');
    }
    const secondRoom = roomIdOf(ben);
    expect(roomIdOf(ann)).toBe(secondRoom);
    expect(roomIdOf(olu)).toBe(secondRoom);
    await expect.poll(() => ben.getByTestId('problem-title').textContent()).toBe('Balanced Brackets');
    // Ben has the guide and the phase timer now; Ann has neither.
    await expect.poll(() => tab(ben, 'Guide').count()).toBe(1);
    expect(await tab(ann, 'Guide').count()).toBe(0);
    expect(await ben.getByTestId('phase-plan').count()).toBe(1);
    expect(await ann.getByTestId('phase-plan').count()).toBe(0);

    // The first half stays readable, closed: Ann finishes her scorecard of Ben there.
    await ann.getByRole('link', { name: 'First half (read-only)' }).click();
    await waitForEditor(ann);
    await waitForSynced(ann);
    expect(roomIdOf(ann)).toBe(firstRoom);
    await expect
      .poll(() => ann.getByTestId('half-over').textContent())
      .toContain('The roles were swapped: this half is over, and its code is read-only.');
    await expect.poll(() => editorText(ann)).toBe(firstCode);
    expect(await ann.getByRole('button', { name: 'Run', exact: true }).count()).toBe(0);
    await expect.poll(() => ann.locator('.editor-pane').getByText('read only').count()).toBeGreaterThan(0);
    await submitScorecard(ann, 'Ben found the map at once.');

    // Ben rates Ann as his interviewer: sealed, he cannot read her scorecard yet.
    await rateInterviewer(ben, 2, 'Ann hinted too early.');
    expect(await ben.getByTestId('session-seal').count()).toBe(1);
    expect(await ben.getByTestId('session-released').count()).toBe(0);
    expect(await axeViolations(ben)).toEqual([]);

    // Ann goes back to the second half and rates Ben; Ben scores Ann's half.
    await ann.getByRole('link', { name: 'Go to the second half' }).click();
    await waitForEditor(ann);
    await waitForSynced(ann);
    await rateInterviewer(ann, 5, 'Ben asked good questions.');
    expect(await ann.getByTestId('session-released').count()).toBe(0);
    await submitScorecard(ben, 'Ann tested as she went.');

    // All four are in: both are told at once, and each opens the feedback on them.
    for (const page of [ann, ben]) {
      await tab(page, 'Feedback').click();
      await expect.poll(() => page.getByTestId('session-released').count()).toBe(1);
    }
    const feedbackOnBen = await ben.getByRole('link', { name: 'Feedback on you' }).getAttribute('href');
    expect(feedbackOnBen).toContain(`/room/${firstRoom}/report`);
    const report = await ben.context().newPage();
    await report.goto(new URL(feedbackOnBen ?? '', t.server.url).toString());
    await expect.poll(() => report.locator('body').textContent()).toContain('Ben found the map at once.');
    // The rating Ben gave is his, and final: no form to change it.
    await expect.poll(() => report.getByTestId('rating').textContent()).toContain('Ann hinted too early.');
    expect(await report.getByTestId('rating').getByRole('button').count()).toBe(0);
    const feedbackByBen = await ben.getByRole('link', { name: 'Your feedback to them' }).getAttribute('href');
    expect(feedbackByBen).toContain(`/room/${secondRoom}/report`);
  });
});
