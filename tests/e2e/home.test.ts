import type { RunningServer } from '@dryrun/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForEditor } from '../support/browser.ts';
import { createStorage, type TestStorage } from '../support/storage.ts';
import { createRoom, startTestServer } from '../support/testServer.ts';

describe('home page and joining', () => {
  let storage: TestStorage;
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  beforeAll(async () => {
    storage = await createStorage('pglite');
    server = await startTestServer(storage);
    chromium = await launchChromium();
    browser = chromium.browser;
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    await storage?.cleanup();
  });

  it('creates a pair interview, shows the three links, and joins after the name prompt', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel('Interview title (optional)').fill('Graphs warm-up');
    await page.getByRole('button', { name: 'New pair interview' }).click();
    const links = page.getByTestId('room-links');
    await links.waitFor();
    const interviewer = await page.getByTestId('interviewer-link').inputValue();
    const candidate = await page.getByTestId('candidate-link').inputValue();
    const observer = await page.getByTestId('observer-link').inputValue();
    expect(new Set([interviewer, candidate, observer]).size).toBe(3);
    for (const link of [interviewer, candidate, observer]) expect(link).toMatch(new RegExp(`^${server.url}/room/`));

    await page.getByRole('link', { name: 'Open as interviewer' }).click();
    await page.getByLabel('Your name, as others will see it').fill('Ines');
    await page.getByRole('button', { name: 'Join' }).click();
    await waitForEditor(page);
    await expect.poll(() => page.locator('.room-title').textContent()).toBe('Graphs warm-up');
    await expect.poll(() => page.getByTestId('participants').textContent()).toContain('Ines (you)');
    await page.context().close();
  });

  it('shows a readable error for a wrong token or an unknown room', async () => {
    const page = await browser.newPage();
    const created = await createRoom(server.url);
    await page.goto(`${server.url}/room/${created.id}?token=not-the-token&name=Eve`);
    await expect.poll(() => page.getByTestId('room-error').textContent()).toContain('does not open the room');
    await page.goto(`${server.url}/room/nope?token=whatever&name=Eve`);
    await expect.poll(() => page.getByTestId('room-error').textContent()).toContain('no such room');
    await page.context().close();
  });
});
