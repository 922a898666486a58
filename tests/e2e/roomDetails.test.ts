import { ClientEvent, ServerEvent } from '@dryrun/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { focusEditorEnd, openRoom, waitForEditor, waitForSynced } from '../support/browser.ts';
import { useChromium } from '../support/chromiumFixture.ts';
import { linkParts } from '../support/roomFixture.ts';
import { type ServerProcess, startServerProcess } from '../support/serverProcess.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { createRoom } from '../support/testServer.ts';

const JUDGED = { timeout: 30_000 };
const NAME_FIELD = 'Your name, as others will see it';

describe('the small things of a room, in Chromium', () => {
  const t = useChromium('pglite');
  let server: ServerProcess;
  const contexts: BrowserContext[] = [];
  const peers: TestPeer[] = [];
  beforeAll(async () => {
    server = await startServerProcess(t.storage);
  });
  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.close();
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(() => server?.kill('SIGTERM'));

  async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await t.browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  }
  async function peer(link: string, name: string) {
    const joined = await TestPeer.connect(server.url, { ...linkParts(link), name });
    peers.push(joined);
    return joined;
  }

  it('brings the new room’s links into view, with the focus, under a long problem list', async () => {
    const page = await newPage({ width: 1280, height: 720 });
    await page.goto(server.url);
    await page.getByTestId('problem-choice').getByRole('radio').first().waitFor();
    await page.getByRole('button', { name: 'New pair interview' }).click();
    const heading = page.getByRole('heading', { name: 'Your room is ready' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
  });

  it('asks the name once per browser, keeps it across a reload and lets it change', async () => {
    const room = await createRoom(server.url, { problemSlug: 'two-sum' });
    const page = await newPage();
    await page.goto(room.links.candidate);
    await page.getByLabel(NAME_FIELD).fill('Ines');
    await page.getByRole('button', { name: 'Join' }).click();
    await waitForSynced(page);
    await expect.poll(() => page.getByTestId('participants').textContent()).toContain('Ines (you)');

    await page.reload();
    await waitForSynced(page);
    expect(await page.getByLabel(NAME_FIELD).count()).toBe(0);
    await expect.poll(() => page.getByTestId('participants').textContent()).toContain('Ines (you)');

    // A new name reaches everyone in place: the same participant, no reconnection.
    const watcher = await peer(room.links.observer, 'Otto');
    await expect.poll(() => watcher.participants.some((p) => p.name === 'Ines')).toBe(true);
    const ines = watcher.participants.find((p) => p.name === 'Ines');
    await page.getByRole('button', { name: 'Change name' }).click();
    await page.getByLabel(NAME_FIELD).fill('Ines B.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('participants').textContent()).toContain('Ines B. (you)');
    await expect.poll(() => watcher.participants.find((p) => p.id === ines?.id)?.name).toBe('Ines B.');
    expect(watcher.participants.map((p) => p.name)).not.toContain('Ines');
    expect(watcher.received.filter(([event]) => event === ServerEvent.left)).toEqual([]);
    // The keyboard is back where it was.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Change name');

    // Another room, same browser: no question asked.
    const other = await createRoom(server.url);
    await page.goto(other.links.interviewer);
    await waitForSynced(page);
    await expect.poll(() => page.getByTestId('participants').textContent()).toContain('Ines B. (you)');
  });

  it('shows the results of the problem on screen only, and those of the last one when it comes back', async () => {
    const room = await createRoom(server.url, { problemSlug: 'balanced-brackets' });
    const interviewer = await peer(room.links.interviewer, 'Ivy');
    const page = await openRoom(t.browser, room.links.candidate, 'Cara');
    contexts.push(page.context());
    await waitForSynced(page);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const passed = page.getByTestId('run-passed');
    await expect.poll(() => passed.textContent(), JUDGED).toMatch(/\d+ \/ \d+ tests passed/);
    expect(await page.getByTestId('run-panel').textContent()).toContain('isBalanced');

    expect(await interviewer.ask(ClientEvent.setProblem, { slug: 'two-sum' })).toEqual({ ok: true });
    await expect.poll(() => page.getByTestId('problem-title').textContent()).toBe('Two Sum');
    const panel = page.getByTestId('run-panel');
    await expect.poll(() => panel.textContent()).toContain('Nothing has run on this problem yet');
    expect(await panel.textContent()).not.toContain('isBalanced');
    expect(await passed.count()).toBe(0);

    expect(await interviewer.ask(ClientEvent.setProblem, { slug: 'balanced-brackets' })).toEqual({ ok: true });
    await expect.poll(() => panel.textContent()).toContain('isBalanced');

    // A second run brings the history, which folds away and stays folded.
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const toggle = page.getByRole('button', { name: /^History \(2\)/ });
    await toggle.waitFor(JUDGED);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('run-history').waitFor();
    await toggle.click();
    await expect.poll(() => page.getByTestId('run-history').count()).toBe(0);
    await page.reload();
    await waitForSynced(page);
    expect(await page.getByRole('button', { name: /^History \(2\)/ }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('run-history').count()).toBe(0);
  });

  it('lists an observer as watching and never draws a cursor for them', async () => {
    const room = await createRoom(server.url, { problemSlug: 'two-sum' });
    const ivy = await openRoom(t.browser, room.links.interviewer, 'Ivy');
    const cara = await openRoom(t.browser, room.links.candidate, 'Cara');
    const otto = await openRoom(t.browser, room.links.observer, 'Otto');
    contexts.push(ivy.context(), cara.context(), otto.context());
    await Promise.all([ivy, cara, otto].map((page) => waitForSynced(page)));
    // Each puts a caret in the code: the observer's too.
    for (const page of [cara, otto]) await focusEditorEnd(page);
    const labels = () =>
      ivy.evaluate(() =>
        [...document.querySelectorAll('style')]
          .map((s) => s.textContent ?? '')
          .join('\n')
          .match(/content: "[^"]*"/g),
      );
    await expect.poll(labels).toEqual(['content: "Cara"']);
    const heads = ivy.locator('.editor-pane [class*="yRemoteSelectionHead-"]');
    await expect.poll(() => heads.count()).toBe(1);
    const entry = ivy.getByTestId('participants').locator('li', { hasText: 'Otto' });
    expect(await entry.textContent()).toContain('Watching');
  });

  it('offline, keeps a pad’s tests and Submit, and says who is here is unknown', async () => {
    const room = await createRoom(server.url);
    const interviewer = await peer(room.links.interviewer, 'Ivy');
    const tests = [
      { call: 'sum([1, 2])', expected: '3', hidden: false },
      { call: 'sum([5])', expected: '5', hidden: true },
    ];
    expect(await interviewer.ask(ClientEvent.setPadTests, { tests })).toEqual({ ok: true });
    const page = await openRoom(t.browser, room.links.candidate, 'Cara');
    contexts.push(page.context());
    await waitForSynced(page);
    await expect.poll(() => page.getByTestId('pad-test').count()).toBe(1);
    // The service worker serves the page once it controls it.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await waitForSynced(page);

    await server.kill('SIGKILL');
    await page.reload();
    await waitForEditor(page);
    await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status')).not.toBe('connected');
    expect(await page.getByTestId('pad-test').textContent()).toContain('sum([1, 2])');
    expect(await page.getByTestId('pad-hidden-count').textContent()).toContain('1 hidden test');
    expect(await page.getByRole('button', { name: 'Submit', exact: true }).count()).toBe(1);
    expect(await page.getByTestId('participants-unknown').textContent()).toBe('Unknown while offline.');
    expect(await page.locator('h2', { hasText: 'In the room' }).textContent()).toBe('In the room');

    server = await startServerProcess(t.storage, server.port);
    await waitForSynced(page, 60_000);
    await expect.poll(() => page.getByTestId('participants').textContent()).toContain('Cara (you)');
  });
});
