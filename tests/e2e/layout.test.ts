import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForEditor, waitForSynced } from '../support/browser.ts';
import { useInterviewInChromium } from '../support/chromiumFixture.ts';

/** How far the page has scrolled, and whether anything in it is taller or wider than the window. */
const windowScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      x: window.scrollX,
      y: window.scrollY,
      overflowY: root.scrollHeight - window.innerHeight,
      overflowX: root.scrollWidth - window.innerWidth,
    };
  });
const STILL = { x: 0, y: 0, overflowY: 0, overflowX: 0 };

describe('the room fills the window, in Chromium', () => {
  const t = useInterviewInChromium();

  async function open(link: string, name: string, viewport = { width: 1280, height: 800 }) {
    const page = await t.newPage({ viewport });
    const url = new URL(link);
    url.searchParams.set('name', name);
    await page.goto(url.toString());
    await waitForEditor(page);
    await waitForSynced(page);
    return page;
  }

  /** Turns the mouse wheel well past the end of `region`, down and then up, over its middle. */
  async function wheelOver(page: Page, region: Locator): Promise<void> {
    const box = await region.boundingBox();
    if (!box || box.width === 0 || box.height === 0) throw new Error('the region is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 150));
    for (const dy of [4000, 4000, -8000]) await page.mouse.wheel(0, dy);
  }

  it('never scrolls the window while the wheel turns over each pane, with each side tab open', async () => {
    const page = await open(t.session.room.links.interviewer, 'Ivy');
    await page.getByTestId('run-panel').getByText('Accepted').first().waitFor();
    expect(await windowScroll(page)).toEqual(STILL);
    const panes = {
      problem: page.getByTestId('problem-statement'),
      editor: page.locator('.editor-pane .monaco-editor'),
      results: page.getByTestId('run-panel'),
      participants: page.getByTestId('participants'),
    };
    const tabs = page.getByRole('tablist', { name: 'Interview tools' }).getByRole('tab');
    expect(await tabs.count()).toBe(5);
    for (const tab of await tabs.all()) {
      await tab.click();
      const panel = page.locator('.side-panel [role="tabpanel"]:not([hidden])');
      for (const [name, region] of [...Object.entries(panes), ['side panel', panel] as const]) {
        await wheelOver(page, region);
        // The wheel's scrolling is asynchronous: wait for a frame, then for the page to settle.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        expect(await windowScroll(page), `${await tab.textContent()} tab, wheel over the ${name}`).toEqual(STILL);
      }
    }
    // The panes scroll inside themselves instead: the scorecard is long.
    await tabs.last().click();
    const scorecard = page.locator('.side-panel [role="tabpanel"]:not([hidden])');
    await scorecard.evaluate((el) => {
      el.scrollTop = 0;
    });
    // Down only (wheelOver turns back up at the end). A turn made while a busy machine is
    // still laying the panel out may be lost: turn it again until the panel has moved.
    const box = await scorecard.boundingBox();
    if (!box) throw new Error('the scorecard is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 150));
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, 600);
          return scorecard.evaluate((el) => el.scrollTop);
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
  });

  it('resizes the panes from the keyboard and remembers their sizes, and folds the problem away', async () => {
    const page = await open(t.session.room.links.candidate, 'Cara');
    const side = page.locator('.room-side');
    const results = page.getByTestId('run-panel');
    const widthOf = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().width);
    const heightOf = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().height);
    const sideBefore = await widthOf(side);
    const resultsBefore = await heightOf(results);

    const sideHandle = page.getByRole('separator', { name: 'Resize the side panel' });
    await sideHandle.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => widthOf(side)).toBeGreaterThan(sideBefore + 20);
    const resultsHandle = page.getByRole('separator', { name: 'Resize the results' });
    await resultsHandle.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => heightOf(results)).toBeGreaterThan(resultsBefore + 20);
    const sideAfter = await widthOf(side);
    const resultsAfter = await heightOf(results);

    // Enter on the problem's handle folds it to a strip, and the button opens it again.
    const problemHandle = page.getByRole('separator', { name: 'Resize the problem pane' });
    await problemHandle.focus();
    await page.keyboard.press('Enter');
    const toggle = page.getByRole('button', { name: 'Show the problem' });
    await toggle.waitFor();
    expect(await page.getByTestId('problem-statement').isVisible()).toBe(false);
    await toggle.click();
    await page.getByTestId('problem-statement').waitFor();

    await page.reload();
    await waitForEditor(page);
    await expect.poll(() => widthOf(side)).toBeCloseTo(sideAfter, -1);
    expect(await heightOf(results)).toBeCloseTo(resultsAfter, -1);

    // Folded with its button, the problem stays folded across a reload, and opens again.
    await page.getByRole('button', { name: 'Hide the problem' }).click();
    await page.getByRole('button', { name: 'Show the problem' }).waitFor();
    await page.reload();
    await waitForEditor(page);
    await page.getByRole('button', { name: 'Show the problem' }).click();
    await page.getByTestId('problem-statement').waitFor();
    expect(await page.getByRole('button', { name: 'Hide the problem' }).count()).toBe(1);
  });

  it('on a first visit, gives the code the most room and every pane a readable width', async () => {
    const page = await open(t.session.room.links.candidate, 'Cara');
    const widths = await page.evaluate(() =>
      Object.fromEntries(
        ['problem-pane', 'run-panel'].map((id) => [
          id,
          document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect().width ?? 0,
        ]),
      ),
    );
    const side = await page.locator('.room-side').evaluate((el) => el.getBoundingClientRect().width);
    const editor = await page.locator('.editor-pane').evaluate((el) => el.getBoundingClientRect().width);
    // At 1280 px: the problem about 28 %, the side about 26 %, the code and its results the rest.
    expect(widths['problem-pane']).toBeGreaterThan(300);
    expect(side).toBeGreaterThan(280);
    expect(editor).toBeGreaterThan(Math.max(widths['problem-pane'] ?? 0, side));
    expect(widths['run-panel']).toBeCloseTo(editor, -1);
    // Every border between panes is drawn, a line one pixel thick.
    const handles = await page
      .locator('.resize-handle')
      .evaluateAll((els) => els.map((el) => Math.min(el.clientWidth, el.clientHeight)));
    expect(handles).toEqual([1, 1, 1]);
  });

  it('keeps the editor itself, its text and its undo history, when the window turns compact and back', async () => {
    const page = await open(t.session.room.links.candidate, 'Cara');
    await page.locator('.editor-pane .monaco-editor').evaluate((el) => {
      (el as HTMLElement & { mark?: string }).mark = 'the same editor';
    });
    await page.locator('.editor-pane .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('// keptAcrossLayouts');
    await page.setViewportSize({ width: 640, height: 400 });
    await page.getByRole('tablist', { name: 'Room' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('separator', { name: 'Resize the side panel' }).waitFor();
    const editor = page.locator('.editor-pane .monaco-editor');
    expect(await editor.evaluate((el) => (el as HTMLElement & { mark?: string }).mark)).toBe('the same editor');
    await expect.poll(() => page.locator('.editor-pane .view-lines').textContent()).toContain('keptAcrossLayouts');
    await page.locator('.editor-pane .view-lines').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('.editor-pane .view-lines').textContent()).not.toContain('keptAcrossLayouts');
  });

  it('in a narrow or zoomed window, shows one part at a time, and never scrolls the window', async () => {
    // 200 % zoom of a 1280 × 800 window.
    const page = await open(t.session.room.links.candidate, 'Cara', { width: 640, height: 400 });
    const views = page.getByRole('tablist', { name: 'Room' }).getByRole('tab');
    expect(await views.allTextContents()).toEqual(['Problem', 'Code', 'Interview']);
    expect(await page.locator('.editor-pane .monaco-editor').isVisible()).toBe(true);
    for (const view of await views.all()) {
      await view.click();
      const shown = page.locator('.room-compact > [role="tabpanel"]:not([hidden])');
      await wheelOver(page, shown);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(await windowScroll(page), `${await view.textContent()} view`).toEqual(STILL);
    }
    await views.filter({ hasText: 'Code' }).click();
    expect(await page.locator('.editor-pane .monaco-editor').isVisible()).toBe(true);
    expect(await page.getByTestId('run-panel').isVisible()).toBe(true);
  });

  it('shows a long title in full on hover and to screen readers', async () => {
    const page = await open(t.session.room.links.interviewer, 'Ivy', { width: 1024, height: 700 });
    const title = page.getByTestId('room-title');
    expect(await title.textContent()).toBe('Mock interview with Cara');
    expect(await title.getAttribute('title')).toBe('Mock interview with Cara');
    // Not cut to a stub: the header wraps before the title would.
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
});
