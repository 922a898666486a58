import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, waitForEditor, waitForSynced } from '../support/browser.ts';
import { useRoomsInChromium } from '../support/chromiumFixture.ts';
import { createRoom } from '../support/testServer.ts';

/** What has the focus: its role or tag, its accessible name's start, and where it is. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', name: '', inEditor: false, tablist: null };
    return {
      what: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
      inEditor: el.closest('.editor-pane .monaco-editor') !== null,
      tablist: el.closest('[role="tablist"]')?.getAttribute('aria-label') ?? null,
    };
  });

/** Presses Tab until `done` says the focus is where it should be; fails after `limit` presses. */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (done(now)) return now;
  }
  throw new Error(`the focus never got there in ${limit} presses of Tab`);
}

/** The regions the focus crossed, from the header to its next return there, each run once. */
function regionsOfOneRound(regions: string[]): string[] {
  const crossed = regions.filter((region, i) => region !== regions[i - 1]);
  const start = crossed.indexOf('header');
  const end = crossed.indexOf('header', start + 1);
  if (start < 0 || end < 0) throw new Error(`the focus never went round the room: ${crossed.join(' → ')}`);
  return crossed.slice(start, end);
}

describe('the room by keyboard alone, in Chromium', () => {
  const t = useRoomsInChromium('pglite');

  it('joins, writes code, leaves the editor with Ctrl+M then Tab, runs, opens every tab and adds a note', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const context = await t.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(room.links.candidate);
    // The name field has the focus: type and press Enter.
    await page.getByLabel('Your name, as others will see it').waitFor();
    await page.keyboard.type('Kim');
    await page.keyboard.press('Enter');
    await waitForEditor(page);
    await waitForSynced(page);

    // Into the editor by Tab; Tab there indents, as the line under it says.
    await tabUntil(page, (f) => f.inEditor);
    expect(await page.getByTestId('tab-mode').textContent()).toMatch(/^Tab indents/);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('console.log("by keyboard");');
    await expect.poll(() => editorText(page)).toContain('console.log("by keyboard");');

    // The documented key: Ctrl+M, and Tab leaves the editor without touching the code.
    const code = await editorText(page);
    await page.keyboard.press('Control+m');
    await expect.poll(() => page.getByTestId('tab-mode').textContent()).toMatch(/^Tab moves focus/);
    await page.keyboard.press('Tab');
    expect((await focused(page)).inEditor).toBe(false);
    expect(await editorText(page)).toBe(code);

    // Run, by its shortcut; the result is announced.
    await page.keyboard.press("Control+'");
    await expect
      .poll(() => page.getByTestId('run-announcement').textContent(), { timeout: 30_000 })
      .toMatch(/passed|answer|failed/i);

    // Every side tab by the arrow keys, then into the think-aloud box to add a note.
    const tab = await tabUntil(page, (f) => f.what === 'tab' && f.tablist === 'Interview tools');
    expect(tab.name).toMatch(/^Think aloud/);
    const tabs = page.getByRole('tablist', { name: 'Interview tools' }).getByRole('tab');
    const selected = () =>
      tabs.evaluateAll((all) => all.find((el) => el.getAttribute('aria-selected') === 'true')?.textContent);
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toMatch(/^Big-O/);
    await page.keyboard.press('Home');
    await expect.poll(selected).toMatch(/^Think aloud/);
    await tabUntil(page, (f) => f.what === 'textarea', 5);
    await page.keyboard.type('Hash map of value to index.');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('think-aloud').textContent()).toContain('Hash map of value to index.');
    await context.close();
  });

  it('shows where the focus is on every control, and ? opens the shortcuts', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const { page } = await t.join(room.links.interviewer, 'Ivy');
    // Round the page once, noting every stop that shows no focus indicator (a style that
    // changes when the control loses the focus) and the region of each; in the editor,
    // Ctrl+M first, so that Tab goes on.
    const unmarked: string[] = [];
    const seen = new Set<string>();
    const regions: string[] = [];
    for (let i = 0; i < 60; i++) {
      if (
        (await focused(page)).inEditor &&
        !(await page.getByTestId('tab-mode').textContent())?.startsWith('Tab moves')
      ) {
        await page.keyboard.press('Control+m');
      }
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const look = () => {
          const style = getComputedStyle(el);
          // The code editor's ring is drawn around it, by its frame.
          const ring = getComputedStyle(el.closest('.editor-frame') ?? el, '::after');
          return [style.outline, style.boxShadow, style.backgroundColor, style.borderColor, ring.borderTopWidth].join();
        };
        const focusedLook = look();
        el.blur();
        const blurredLook = look();
        el.focus();
        const region =
          [
            ['header', '.room-header'],
            ['border', '.resize-handle'],
            ['problem', '[data-testid="problem-pane"]'],
            ['editor', '.editor-pane'],
            ['results', '[data-testid="run-panel"]'],
            ['side', '.room-side'],
          ].find(([, selector]) => el.closest(selector as string))?.[0] ?? 'elsewhere';
        const path = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
        return { path, marked: focusedLook !== blurredLook, region };
      });
      if (!stop) continue;
      regions.push(stop.region);
      if (seen.has(stop.path)) continue;
      seen.add(stop.path);
      if (!stop.marked) unmarked.push(stop.path);
    }
    expect(seen.size).toBeGreaterThan(15);
    expect(unmarked).toEqual([]);
    // Tab goes through the room in reading order, each region once a round, a pane's border
    // between it and the next.
    expect(regionsOfOneRound(regions)).toEqual([
      'header',
      'problem',
      'border',
      'editor',
      'border',
      'results',
      'border',
      'side',
    ]);

    // ? anywhere but in a field or the editor.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).first().focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Tab moves focus out of the editor');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});
