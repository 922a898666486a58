import type { RunningServer } from '@dryrun/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEditor } from '../support/browser.ts';
import { useChromium } from '../support/chromiumFixture.ts';
import { createRoom, startTestServer } from '../support/testServer.ts';

describe('home page and joining', () => {
  const t = useChromium('pglite');
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer(t.storage);
  });
  afterAll(() => server?.close());
  const newPage = () => t.browser.newPage();

  it('creates a pair interview, shows the three links, and joins after the name prompt', async () => {
    const page = await newPage();
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
    const page = await newPage();
    const created = await createRoom(server.url);
    await page.goto(`${server.url}/room/${created.id}?token=not-the-token&name=Eve`);
    await expect.poll(() => page.getByTestId('room-error').textContent()).toContain('does not open the room');
    await page.goto(`${server.url}/room/nope?token=whatever&name=Eve`);
    await expect.poll(() => page.getByTestId('room-error').textContent()).toContain('no such room');
    await page.context().close();
  });
});
