import { ClientEvent } from '@dryrun/shared';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { setEditorCode } from '../support/browser.ts';
import { useRoomsInChromium } from '../support/chromiumFixture.ts';
import { linkParts } from '../support/roomFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually } from '../support/testServer.ts';

const QUADRATIC = `function twoSum(nums, target) {
  for (let i = 0; i < nums.length; i++)
    for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j];
  return [];
}`;

const WRONG = `function twoSum(nums, target) {
  return [0, 1];
}`;

/** Measuring runs the code at many sizes; a cold judge takes a while on the first check. */
const MEASURED = { timeout: 45_000 };

const checkButton = (page: Page) => page.getByRole('button', { name: 'Check complexity', exact: true });
const headline = (page: Page) => page.getByTestId('complexity-headline');
const chart = (page: Page) => page.getByRole('img', { name: /^Steps against input size n/ });

async function waitForHeadline(page: Page, text: RegExp): Promise<void> {
  await expect.poll(() => headline(page).textContent(), MEASURED).toMatch(text);
}

describe('the complexity check in Chromium', () => {
  const t = useRoomsInChromium('pglite');
  const peers: TestPeer[] = [];
  afterAll(() => {
    for (const peer of peers) peer.close();
  });

  const join = async (link: string, name: string): Promise<Page> => (await t.join(link, name)).page;

  it('measures quadratic code as O(n²) for both people, with a chart, its points, and the claim set against it', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const cara = await join(room.links.candidate, 'Cara');
    const ivo = await join(room.links.interviewer, 'Ivo');
    await setEditorCode(cara, QUADRATIC);

    // The button is busy (disabled, aria-busy) while its check runs.
    await checkButton(cara).evaluate((el) => {
      const state = globalThis as { busySeen?: boolean };
      new MutationObserver(() => {
        if (el.getAttribute('aria-busy') === 'true' && (el as HTMLButtonElement).disabled) state.busySeen = true;
      }).observe(el, { attributes: true });
    });
    await checkButton(cara).click();

    for (const page of [cara, ivo]) {
      await waitForHeadline(page, /^Measured O\(n²\)$/);
      expect(await page.getByTestId('run-result').textContent()).toContain('Cara checked the complexity');
      expect(await chart(page).count()).toBe(1);
      expect(await chart(page).getAttribute('aria-label')).toMatch(/from [\d,.]+ steps at n = 16 to .* fits O\(n²\)/);
      // Drawn at the size it is shown, so its smallest text reads at 11 px or more.
      const smallestText = () =>
        chart(page).evaluate((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize));
          return Math.min(...sizes) * scale;
        });
      await expect.poll(smallestText).toBeGreaterThanOrEqual(11);
      // The points, as a table behind a disclosure.
      const table = page.getByRole('table');
      expect(await table.count()).toBe(0);
      await page.getByRole('button', { name: 'Data points' }).click();
      const rows = table.getByRole('row');
      expect(await rows.count()).toBeGreaterThanOrEqual(4);
      expect(await rows.nth(0).textContent()).toBe('Input size nSteps');
      expect(await rows.nth(1).getByRole('cell').first().textContent()).toBe('16');
      await expect.poll(() => page.getByTestId('run-announcement').textContent()).toBe('Measured O(n²).');
    }
    expect(await cara.evaluate(() => (globalThis as { busySeen?: boolean }).busySeen)).toBe(true);
    expect(await checkButton(cara).isEnabled()).toBe(true);

    // Cara claims O(n) (from another tab of hers): the result is set against the claim.
    const peer = await TestPeer.connect(t.server.url, { ...linkParts(room.links.candidate), name: 'Cara' });
    peers.push(peer);
    await eventually(() => expect(peer.synced).toBe(true));
    expect(
      await peer.ask(ClientEvent.claim, { time: 'O(n)', space: 'O(1)', reason: 'I look at each number once.' }),
    ).toEqual({ ok: true });
    for (const page of [cara, ivo]) {
      await waitForHeadline(page, /^Claimed O\(n\) — measured O\(n²\)$/);
      expect(await page.getByTestId('complexity-result').textContent()).toContain('differs from the claim');
      expect(await chart(page).getAttribute('aria-label')).toContain('a dashed line fits O(n), as claimed');
      expect(await page.locator('svg path.chart-curve.claimed').count()).toBe(1);
      expect(await page.getByTestId('complexity-result').textContent()).toContain('Claimed O(n), fitted (dashed line)');
    }
  });

  it('does not measure wrong code, and says why; the shortcut checks from the editor', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const page = await join(room.links.candidate, 'Cara');
    await setEditorCode(page, WRONG);
    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await page.keyboard.press("Control+Shift+'");
    await waitForHeadline(page, /Not measured: Wrong answer at n = [\d,]+ — .+/);
    expect(await chart(page).count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('run-announcement').textContent())
      .toMatch(/^Not measured: Wrong answer at n = [\d,]+\.$/);

    // A blank pad has nothing to measure against: no button.
    const scratch = await join((await createRoom(t.server.url)).links.candidate, 'Cara');
    expect(await scratch.getByRole('button', { name: 'Run', exact: true }).count()).toBe(1);
    expect(await checkButton(scratch).count()).toBe(0);
  });

  it('an accepted submission is followed by its complexity check, shown with the verdict', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const cara = await join(room.links.candidate, 'Cara');
    const ivo = await join(room.links.interviewer, 'Ivo');
    await setEditorCode(cara, TWO_SUM);
    await cara.getByRole('button', { name: 'Submit', exact: true }).click();

    for (const page of [cara, ivo]) {
      await waitForHeadline(page, /^Measured O\(n\)$/);
      // One result: the verdict and its tests, then the check of the same code.
      expect(await page.getByTestId('run-result').count()).toBe(1);
      expect(await page.getByTestId('run-verdict').textContent()).toContain('Accepted');
      expect(await page.getByTestId('run-passed').textContent()).toBe('16 / 16 tests passed');
      expect(await page.getByRole('region', { name: 'Complexity of this submission' }).count()).toBe(1);
      expect(await chart(page).count()).toBe(1);
      // The check is part of the submission, not a second entry in the history.
      expect(await page.getByTestId('run-history').count()).toBe(0);
      await expect
        .poll(() => page.getByTestId('run-announcement').textContent())
        .toBe('Accepted submission. Measured O(n).');
    }
  });
});
