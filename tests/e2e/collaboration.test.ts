import type { RunningServer } from '@dryrun/server';
import type { CreateRoomResponse } from '@dryrun/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, focusEditorEnd, openRoom, waitForSynced } from '../support/browser.ts';
import { useChromium } from '../support/chromiumFixture.ts';
import { backends } from '../support/storage.ts';
import { createRoom, startTestServer } from '../support/testServer.ts';

describe.each(backends())('collaboration in Chromium on %s', (backend) => {
  const t = useChromium(backend);
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer(t.storage);
    browser = t.browser;
  });
  afterAll(() => server?.close());

  async function pair(): Promise<{ room: CreateRoomResponse; ivy: Page; cam: Page }> {
    const room = await createRoom(server.url);
    const ivy = await openRoom(browser, room.links.interviewer, 'Ivy');
    const cam = await openRoom(browser, room.links.candidate, 'Cam');
    await Promise.all([waitForSynced(ivy), waitForSynced(cam)]);
    return { room, ivy, cam };
  }

  it('two people typing at once converge, each word intact', async () => {
    const { ivy, cam } = await pair();
    await focusEditorEnd(cam);
    await cam.keyboard.type('let total = 0');
    await expect.poll(() => editorText(ivy)).toBe('let total = 0');

    // Both carets at the same spot, both typing at the same time.
    await Promise.all([focusEditorEnd(ivy), focusEditorEnd(cam)]);
    await Promise.all([
      ivy.keyboard.type(' ivyivyivyivy', { delay: 25 }),
      cam.keyboard.type(' camcamcamcam', { delay: 25 }),
    ]);
    await expect.poll(async () => (await editorText(ivy)) === (await editorText(cam)), { timeout: 10_000 }).toBe(true);
    const text = await editorText(ivy);
    expect(text.startsWith('let total = 0')).toBe(true);
    // The caret is pinned to the left, so neither person's word is split by the other's.
    expect(text).toContain(' ivyivyivyivy');
    expect(text).toContain(' camcamcamcam');
    expect(text.length).toBe('let total = 0'.length + 26);
    await Promise.all([ivy.context().close(), cam.context().close()]);
  });

  it('shows each other person as a named cursor and in the participants list', async () => {
    const { ivy, cam } = await pair();
    await focusEditorEnd(cam);
    await cam.keyboard.type('x');
    await expect.poll(() => ivy.locator('.yRemoteSelectionHead').count()).toBeGreaterThan(0);
    await expect
      .poll(() => ivy.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n')))
      .toContain('"Cam"');
    await expect.poll(() => ivy.getByTestId('participants').textContent()).toMatch(/Cam.*Candidate/);
    await Promise.all([ivy.context().close(), cam.context().close()]);
  });

  it('undo takes back only your own edits', async () => {
    const { ivy, cam } = await pair();
    await focusEditorEnd(cam);
    await cam.keyboard.type('const mine = 1;');
    await expect.poll(() => editorText(ivy)).toBe('const mine = 1;');
    await focusEditorEnd(ivy);
    await ivy.keyboard.type(' // theirs');
    await expect.poll(() => editorText(cam)).toBe('const mine = 1; // theirs');

    await cam.keyboard.press('Control+z');
    await expect.poll(() => editorText(cam)).toBe(' // theirs');
    await expect.poll(() => editorText(ivy)).toBe(' // theirs');
    await cam.keyboard.press('Control+Shift+z');
    await expect.poll(() => editorText(ivy)).toBe('const mine = 1; // theirs');
    await Promise.all([ivy.context().close(), cam.context().close()]);
  });

  it('keeps observers read-only and interviewer notes away from everyone else', async () => {
    const { room, ivy, cam } = await pair();
    const olga = await openRoom(browser, room.links.observer, 'Olga');
    await waitForSynced(olga);
    await focusEditorEnd(cam);
    await cam.keyboard.type('visible to all');
    await expect.poll(() => editorText(olga)).toBe('visible to all');
    await focusEditorEnd(olga);
    await olga.keyboard.type('observer typing');
    expect(await editorText(olga)).toBe('visible to all');

    // Only interviewers have the notes tab, and notes reach other interviewers only.
    await ivy.getByRole('tab', { name: 'Notes' }).click();
    await ivy.getByLabel('Private interviewer notes').waitFor();
    await ivy.locator('.notes-pad .monaco-editor .view-lines').click();
    await ivy.keyboard.type('asked about edge cases');
    const ian = await openRoom(browser, room.links.interviewer, 'Ian');
    await ian.getByRole('tab', { name: 'Notes' }).click();
    await expect.poll(() => editorText(ian, '.notes-pad')).toBe('asked about edge cases');
    for (const page of [cam, olga]) {
      expect(await page.getByRole('tab', { name: 'Notes' }).count()).toBe(0);
      expect(await page.getByLabel('Private interviewer notes').count()).toBe(0);
      expect(await page.content()).not.toContain('asked about edge cases');
    }
    await Promise.all([ivy, cam, olga, ian].map((p) => p.context().close()));
  });
});
