import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setEditorCode } from '../support/browser.ts';
import { useRoomsInChromium } from '../support/chromiumFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { createRoom } from '../support/testServer.ts';

/** Judging and measuring, cold workers included, take a few seconds at most. */
const JUDGED = { timeout: 30_000 };

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
/** The side panel's open tab (the others are hidden, and role queries skip them). */
const panel = (page: Page) => page.getByRole('tabpanel');

describe('a whole mock interview in Chromium', () => {
  const t = useRoomsInChromium('pglite');
  const join = t.join;

  it('notes, a claim, runs and a check; a hint, a scorecard; then the report', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum', title: 'Mock with Cara' });
    const cara = await join(room.links.candidate, 'Cara');
    const ivy = await join(room.links.interviewer, 'Ivy');

    // The candidate thinks aloud: a tagged note, pinned to the line the caret is on.
    await setEditorCode(cara.page, TWO_SUM);
    await tab(cara.page, 'Think aloud').click();
    await panel(cara.page).getByLabel('Note', { exact: true }).fill('Can the array hold duplicates?');
    await panel(cara.page).getByLabel('Tag').selectOption('question');
    await panel(cara.page).getByLabel('Pin to my line').check();
    await panel(cara.page).getByRole('button', { name: 'Add note' }).click();
    await tab(ivy.page, 'Think aloud').click();
    for (const { page } of [cara, ivy]) {
      const note = page.getByTestId('think-aloud-note');
      await expect.poll(() => note.count()).toBe(1);
      const text = await note.textContent();
      expect(text).toContain('Cara');
      expect(text).toContain('Question');
      expect(text).toContain('Can the array hold duplicates?');
      expect(text).toMatch(/line \d+/);
    }
    // An oversized note is refused in place and nothing is added.
    await panel(cara.page).getByLabel('Note', { exact: true }).fill('x'.repeat(501));
    expect(await panel(cara.page).getByRole('button', { name: 'Add note' }).isDisabled()).toBe(true);
    await panel(cara.page).getByLabel('Note', { exact: true }).fill('I will keep a map from value to index.');
    await panel(cara.page).getByLabel('Note', { exact: true }).press('Enter');
    await expect.poll(() => ivy.page.getByTestId('think-aloud-note').count()).toBe(2);

    // A claim: an unknown class is explained and cannot be sent; then O(n) / O(n).
    await tab(cara.page, 'Big-O').click();
    await panel(cara.page).getByLabel('Time', { exact: true }).selectOption('other');
    await panel(cara.page).getByLabel('Time complexity, typed').fill('O(banana)');
    await expect.poll(() => panel(cara.page).getByText('"banana" is not a complexity term').count()).toBe(1);
    await panel(cara.page).getByLabel('Why, in one line').fill('One pass with a map of seen values.');
    await panel(cara.page).getByLabel('Space', { exact: true }).selectOption('O(n)');
    expect(await panel(cara.page).getByRole('button', { name: 'State claim' }).isDisabled()).toBe(true);
    await panel(cara.page).getByLabel('Time complexity, typed').fill('O(n)');
    await panel(cara.page).getByRole('button', { name: 'State claim' }).click();
    await tab(ivy.page, 'Big-O').click();
    for (const { page } of [cara, ivy]) {
      await expect.poll(() => page.getByTestId('claim-standing').textContent()).toContain('One pass with a map');
      expect(await page.getByTestId('claim-standing').textContent()).toMatch(/Time\s*O\(n\)\s*Space\s*O\(n\)/);
    }

    // Run, Submit (followed by the complexity check), and Check complexity.
    await cara.page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => cara.page.getByTestId('run-verdict').first().textContent(), JUDGED).toContain('Accepted');
    await cara.page.getByRole('button', { name: 'Submit', exact: true }).click();
    for (const { page } of [cara, ivy]) {
      await expect
        .poll(() => page.getByTestId('claim-check').textContent(), JUDGED)
        .toContain('Measured O(n) — agrees');
    }
    await cara.page.getByRole('button', { name: 'Check complexity' }).click();
    await expect.poll(() => ivy.page.getByTestId('run-panel').textContent(), JUDGED).toMatch(/O\(n\)/);

    // The interviewer reveals the first hint: the candidate sees it, with its time.
    await tab(ivy.page, 'Guide').click();
    await panel(ivy.page).getByRole('button', { name: 'Reveal hint 1' }).click();
    await expect.poll(() => cara.page.getByTestId('revealed-hint').count()).toBe(1);
    const hintText = (await cara.page.getByTestId('revealed-hint').textContent()) ?? '';
    expect(hintText).toContain('Hint 1');
    await expect.poll(() => ivy.page.getByTestId('guide-hint-1').textContent()).toContain('Revealed at');
    expect(await panel(ivy.page).getByRole('button', { name: 'Reveal hint 2' }).isEnabled()).toBe(true);
    const unrevealed = (await ivy.page.getByTestId('guide-hint-3').locator('p').first().textContent()) ?? '';
    expect(unrevealed.length).toBeGreaterThan(30);

    // A private note, which the candidate never receives.
    await tab(ivy.page, 'Notes').click();
    await panel(ivy.page).getByLabel('Private note', { exact: true }).fill('PRIVATE: hesitated on duplicates');
    await panel(ivy.page).getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => ivy.page.getByTestId('private-note').count()).toBe(1);

    // The scorecard: every dimension, evidence, a recommendation; submit and lock.
    await tab(ivy.page, 'Scorecard').click();
    const scores = { problemSolving: 3, coding: 4, verification: 3, communication: 4, complexity: 4 };
    for (const [dimension, score] of Object.entries(scores)) {
      const field = ivy.page.getByTestId(`score-${dimension}`);
      await field.getByRole('radio', { name: new RegExp(`^${score}`) }).check();
    }
    const communication = ivy.page.getByTestId('score-communication');
    const noteOption = await communication
      .getByRole('combobox')
      .locator('option', { hasText: 'Can the array hold duplicates?' })
      .getAttribute('value');
    await communication.getByRole('combobox').selectOption(noteOption ?? '');
    const complexity = ivy.page.getByTestId('score-complexity');
    const checkOption = await complexity
      .getByRole('combobox')
      .locator('option', { hasText: 'Complexity check — measured O(n)' })
      .first()
      .getAttribute('value');
    await complexity.getByRole('combobox').selectOption(checkOption ?? '');
    await panel(ivy.page).getByLabel('Strengths').fill('Asked about duplicates first; clean single pass.');
    await panel(ivy.page).getByLabel('Things to improve').fill('Say the space cost out loud sooner.');
    await expect.poll(() => panel(ivy.page).getByText('Still needed: a recommendation.').count()).toBe(1);
    await panel(ivy.page).getByRole('radio', { name: 'Strong yes' }).check();
    await panel(ivy.page).getByRole('button', { name: 'Submit scorecard' }).click();
    await panel(ivy.page).getByRole('button', { name: 'Submit and lock' }).click();
    await expect.poll(() => ivy.page.getByTestId('scorecard-locked').count()).toBe(1);
    expect(await panel(ivy.page).getByRole('radio', { name: 'Strong yes' }).isDisabled()).toBe(true);

    // The candidate is told, and opens the report.
    const banner = cara.page.getByTestId('feedback-banner');
    await expect.poll(() => banner.textContent()).toContain('Your feedback is ready');
    const href = (await banner.getByRole('link').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/room\/[^/]+\/report\?token=/);
    const report = await cara.page.context().newPage();
    await report.goto(new URL(href, t.server.url).toString());
    const body = report.locator('body');
    await expect.poll(() => body.textContent(), JUDGED).toContain('Strong yes');
    const text = (await body.textContent()) ?? '';
    for (const expected of [
      'Mock with Cara',
      'Can the array hold duplicates?',
      'Asked about duplicates first; clean single pass.',
      'Say the space cost out loud sooner.',
      'Complexity check — measured O(n)',
      'One pass with a map of seen values.',
      'const seen = new Map();',
      'Two Sum',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(hintText.replace(/^Hint 1 · \S+\s*/, '').slice(0, 30));

    // Nothing private reached the candidate's browser: not the note, not the draft, not the guide.
    const received = cara.frames.join('\n') + (await cara.page.content()) + (await report.content());
    expect(received).not.toContain('PRIVATE: hesitated');
    expect(received).not.toContain(unrevealed.slice(0, 40));
  });
});
