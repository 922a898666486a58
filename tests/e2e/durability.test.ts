import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectionStatus,
  editorText,
  focusEditorEnd,
  openRoom,
  waitForEditor,
  waitForLocalCopy,
  waitForSynced,
} from '../support/browser.ts';
import { useChromium } from '../support/chromiumFixture.ts';
import { type ServerProcess, startServerProcess } from '../support/serverProcess.ts';
import { backends } from '../support/storage.ts';
import { createRoom } from '../support/testServer.ts';

describe.each(backends())('nothing is lost, in Chromium on %s', (backend) => {
  const t = useChromium(backend);
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServerProcess(t.storage);
    browser = t.browser;
  });
  afterAll(() => server?.kill('SIGTERM'));

  /** Kills the server with SIGKILL and starts it again on the same port and data. */
  async function crashAndRestart(whileDown: () => Promise<void> = async () => {}) {
    await server.kill('SIGKILL');
    await whileDown();
    server = await startServerProcess(t.storage, server.port);
  }

  it('a reload keeps the code', async () => {
    const room = await createRoom(server.url);
    const cam = await openRoom(browser, room.links.candidate, 'Cam');
    await waitForSynced(cam);
    await focusEditorEnd(cam);
    await cam.keyboard.type('function keep() { return 1 }');
    const typed = await editorText(cam);
    await cam.reload();
    await waitForEditor(cam);
    await expect.poll(() => editorText(cam)).toBe(typed);
    await cam.context().close();
  });

  it('the server is killed and restarted mid-session: nothing typed is lost', async () => {
    const room = await createRoom(server.url);
    const ivy = await openRoom(browser, room.links.interviewer, 'Ivy');
    const cam = await openRoom(browser, room.links.candidate, 'Cam');
    await Promise.all([waitForSynced(ivy), waitForSynced(cam)]);
    await focusEditorEnd(cam);
    await cam.keyboard.type('before ');
    await expect.poll(() => editorText(ivy)).toBe('before ');

    // Keep typing on both sides while the server dies and comes back.
    await focusEditorEnd(ivy);
    await crashAndRestart(async () => {
      await expect.poll(() => connectionStatus(cam)).toMatch(/reconnecting|offline/);
      await cam.keyboard.type('during ');
      await ivy.keyboard.type('ivy ');
    });
    await Promise.all([waitForSynced(ivy, 60_000), waitForSynced(cam, 60_000)]);
    await cam.keyboard.type('after');

    await expect.poll(async () => (await editorText(ivy)) === (await editorText(cam)), { timeout: 15_000 }).toBe(true);
    const text = await editorText(ivy);
    for (const word of ['before', 'during', 'ivy', 'after']) expect(text).toContain(word);

    // A newcomer, who never saw the outage, gets all of it from the server.
    const olga = await openRoom(browser, room.links.observer, 'Olga');
    await expect.poll(() => editorText(olga), { timeout: 15_000 }).toBe(text);
    await Promise.all([ivy, cam, olga].map((p) => p.context().close()));
  });

  it('a refresh while the server is down shows the code, and offline edits merge on reconnect', async () => {
    const room = await createRoom(server.url);
    const cam = await openRoom(browser, room.links.candidate, 'Cam');
    await waitForSynced(cam);
    // The service worker takes over after the first load; wait until it controls the page.
    await cam.evaluate(() => navigator.serviceWorker.ready);
    await cam.reload();
    await waitForEditor(cam);
    await expect.poll(() => cam.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await waitForSynced(cam);
    await focusEditorEnd(cam);
    await cam.keyboard.type('saved online');
    await expect
      .poll(() => cam.evaluate(() => document.querySelector('[data-synced]')?.getAttribute('data-synced')))
      .toBe('true');
    // The reload below happens with the server down: what it shows comes from IndexedDB.
    await waitForLocalCopy(cam);

    await crashAndRestart(async () => {
      await cam.reload();
      await waitForEditor(cam);
      await expect.poll(() => editorText(cam)).toBe('saved online');
      expect(await connectionStatus(cam)).toMatch(/connecting|reconnecting|offline/);
      await focusEditorEnd(cam);
      await cam.keyboard.type(' + typed offline');
    });
    await waitForSynced(cam, 60_000);
    const ivy = await openRoom(browser, room.links.interviewer, 'Ivy');
    await expect.poll(() => editorText(ivy), { timeout: 15_000 }).toBe('saved online + typed offline');
    await Promise.all([cam.context().close(), ivy.context().close()]);
  });
});
