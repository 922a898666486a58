import { loadProblem, PROBLEMS_ROOT } from '@dryrun/problems';
import type { RunningServer } from '@dryrun/server';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, openRoom, waitForEditor, waitForSynced } from '../support/browser.ts';
import { useChromium } from '../support/chromiumFixture.ts';
import { type ServerProcess, startServerProcess } from '../support/serverProcess.ts';
import { createRoom, startTestServer } from '../support/testServer.ts';

async function starter(slug: string): Promise<string> {
  const { problem } = await loadProblem(PROBLEMS_ROOT, slug);
  if (!problem) throw new Error(`${slug} did not load`);
  return problem.starter.javascript;
}

const pane = (page: Page) => page.getByTestId('problem-pane');
const title = (page: Page) => page.getByTestId('problem-title').textContent();
const statement = (page: Page) => page.getByTestId('problem-statement').textContent();
const picker = (page: Page) => page.getByTestId('problem-picker');
const chooseButton = (page: Page) => page.getByRole('button', { name: 'Choose problem' });

/** The interviewer picks a problem through the picker, by its title. */
async function pick(page: Page, title: string): Promise<void> {
  await chooseButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a problem' });
  await dialog.getByLabel('Search by title').fill(title);
  await dialog.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

/** What the statement of a problem rendered: no element Markdown could smuggle in. */
async function unsafeInStatement(page: Page): Promise<string[]> {
  return page.getByTestId('problem-statement').evaluate((root) => {
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (['SCRIPT', 'IFRAME', 'STYLE', 'IMG', 'OBJECT', 'EMBED', 'FORM'].includes(el.tagName)) found.push(el.tagName);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name) || /^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(attr.name);
      }
      if (el.tagName === 'A' && el.getAttribute('rel') !== 'noreferrer noopener') found.push('a without rel');
    }
    return found;
  });
}

describe('the room problem in Chromium', () => {
  const t = useChromium('pglite');
  let server: RunningServer;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startTestServer(t.storage);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await server?.close();
  });

  async function join(link: string, name: string): Promise<Page> {
    const context = await t.browser.newContext();
    contexts.push(context);
    const page = await openRoom(t.browser, link, name, context);
    await waitForSynced(page);
    return page;
  }

  it('the interviewer picks a problem; everyone gets its statement, examples and starter code', async () => {
    const room = await createRoom(server.url);
    const ivo = await join(room.links.interviewer, 'Ivo');
    const cara = await join(room.links.candidate, 'Cara');

    for (const page of [ivo, cara]) {
      await expect.poll(() => page.getByTestId('blank-pad').textContent()).toContain('Blank pad');
      expect(await page.getByRole('button', { name: 'Submit', exact: true }).count()).toBe(0);
    }
    expect(await chooseButton(cara).count()).toBe(0);
    expect(await picker(cara).count()).toBe(0);

    // The picker: a labelled modal dialog, the search box focused, Esc closes it.
    await chooseButton(ivo).click();
    const dialog = ivo.getByRole('dialog', { name: 'Choose a problem' });
    await dialog.waitFor();
    await expect.poll(() => ivo.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await ivo.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // Filter to easy problems on arrays and hashing, then pick Two Sum.
    await chooseButton(ivo).click();
    await dialog.waitFor();
    await dialog.getByLabel('Difficulty').selectOption('easy');
    await dialog.getByLabel('Topic').selectOption('arrays-and-hashing');
    const rows = dialog.locator('.problem-row').filter({ has: ivo.getByTestId('difficulty') });
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const text = await row.textContent();
      expect(text).toContain('Easy');
      expect(text).toContain('Arrays and hashing');
    }
    expect(await dialog.getByRole('button', { name: /^LRU Cache/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: /^Two Sum/ }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const twoSum = await starter('two-sum');
    for (const page of [ivo, cara]) {
      await expect.poll(() => title(page)).toBe('Two Sum');
      await expect.poll(() => statement(page)).toContain('At least one such pair always exists.');
      expect(await pane(page).getByTestId('difficulty').first().textContent()).toBe('Easy');
      expect(await pane(page).getByRole('list', { name: 'Topics' }).textContent()).toBe('Arrays and hashing');
      const examples = await page.getByTestId('problem-examples').textContent();
      expect(examples).toContain('twoSum([ 2, 7, 11, 15 ], 9)');
      expect(examples).toContain('[ 0, 1 ]');
      expect(await unsafeInStatement(page)).toEqual([]);
      await expect.poll(() => editorText(page)).toBe(twoSum);
      await page.getByRole('button', { name: 'Submit', exact: true }).waitFor();
    }
    expect(await chooseButton(cara).count()).toBe(0);

    // Switching problem switches both editors and statements.
    await pick(ivo, 'LRU Cache');
    for (const page of [ivo, cara]) {
      await expect.poll(() => title(page)).toBe('LRU Cache');
      await expect.poll(() => statement(page)).toContain('least recently used');
      await expect.poll(() => editorText(page)).toContain('class LRUCache');
      expect(await editorText(page)).not.toContain('function twoSum');
    }

    // The pane folds away and back with the keyboard.
    const toggle = cara.getByRole('button', { name: 'Hide the problem' });
    await toggle.focus();
    await cara.keyboard.press('Enter');
    await expect.poll(() => cara.getByTestId('problem-statement').isVisible()).toBe(false);
    const show = cara.getByRole('button', { name: 'Show the problem' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await cara.keyboard.press('Enter');
    await expect.poll(() => cara.getByTestId('problem-statement').isVisible()).toBe(true);

    // Back to a blank pad: the scratch code, no Submit.
    await chooseButton(ivo).click();
    await dialog.getByRole('button', { name: /^Blank pad/ }).click();
    for (const page of [ivo, cara]) {
      await expect.poll(() => page.getByTestId('blank-pad').count()).toBe(1);
      await expect.poll(() => editorText(page)).toBe('');
      expect(await page.getByRole('button', { name: 'Submit', exact: true }).count()).toBe(0);
    }
  });

  it('an observer sees the problem but not the picker', async () => {
    const room = await createRoom(server.url, { problemSlug: 'lru-cache' });
    const olga = await join(room.links.observer, 'Olga');
    await expect.poll(() => title(olga)).toBe('LRU Cache');
    expect(await chooseButton(olga).count()).toBe(0);
  });

  it('the home page creates a room with a problem chosen', async () => {
    const context = await t.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(server.url);
    const choice = page.getByTestId('problem-choice');
    expect(await choice.getByRole('radio', { name: /^Decide later/ }).isChecked()).toBe(true);
    await choice.getByLabel('Search by title').fill('two');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('room-links').count()).toBe(0);
    await choice.getByRole('radio', { name: /^Two Sum/ }).check();
    await page.getByRole('button', { name: 'New pair interview' }).click();
    await page.getByTestId('room-links').waitFor();

    await page.getByRole('link', { name: 'Open as interviewer' }).click();
    await page.getByLabel('Your name, as others will see it').fill('Ines');
    await page.getByRole('button', { name: 'Join' }).click();
    await waitForEditor(page);
    await expect.poll(() => title(page)).toBe('Two Sum');
    await expect.poll(() => editorText(page)).toBe(await starter('two-sum'));
  });
});

describe('the room problem while the server is away', () => {
  const t = useChromium('pglite');
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess(t.storage);
  });
  afterAll(() => server?.kill('SIGTERM'));

  it('a reload while the server is down opens the problem chosen last, its statement and its code', async () => {
    const room = await createRoom(server.url, { problemSlug: 'two-sum' });
    const ivo = await openRoom(t.browser, room.links.interviewer, 'Ivo');
    const cara = await openRoom(t.browser, room.links.candidate, 'Cara');
    await Promise.all([waitForSynced(ivo), waitForSynced(cara)]);
    // The service worker serves the page once it controls it.
    await cara.evaluate(() => navigator.serviceWorker.ready);
    await cara.reload();
    await waitForSynced(cara);
    await expect.poll(() => cara.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await pick(ivo, 'LRU Cache');
    await expect.poll(() => editorText(cara)).toContain('class LRUCache');

    await server.kill('SIGKILL');
    await cara.reload();
    await waitForEditor(cara);
    await expect.poll(() => title(cara)).toBe('LRU Cache');
    expect(await statement(cara)).toContain('least recently used');
    await expect.poll(() => editorText(cara)).toContain('class LRUCache');
    server = await startServerProcess(t.storage, server.port);
    await waitForSynced(cara, 60_000);
    expect(await title(cara)).toBe('LRU Cache');
    await Promise.all([ivo.context().close(), cara.context().close()]);
  });
});
