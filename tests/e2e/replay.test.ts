import { readFile } from 'node:fs/promises';
import { ClientEvent, eventsOf, HISTORY_FORMAT, reportPath, type SessionHistory } from '@dryrun/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { editorText, paste, waitForEditor, waitForSynced } from '../support/browser.ts';
import { useInterviewInChromium } from '../support/chromiumFixture.ts';
import { linkParts } from '../support/roomFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { createRoom } from '../support/testServer.ts';

/** Presses a replay key on the page, nothing focused (the code's box keeps arrows for scrolling). */
async function press(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

/** The event the replay is at, as its list marks it. */
function currentEvent(page: Page): Promise<string | null> {
  return page.locator('.replay-event[aria-current="true"]').textContent();
}

function shownCode(page: Page): Promise<string | null> {
  return page.getByTestId('replay-code').textContent();
}

describe('the session replay in Chromium', () => {
  const t = useInterviewInChromium();

  it('opens from a cited submission at its moment, showing the code that ran, and plays, seeks and steps', async () => {
    const { room, interviewer, scorecard } = t.session;
    expect(await interviewer.ask(ClientEvent.submitScorecard, scorecard)).toEqual({ ok: true });
    const { roomId, token } = linkParts(room.links.candidate);
    const page = await t.newPage();
    await page.goto(`${t.server.url}${reportPath(roomId)}?token=${encodeURIComponent(token)}`);

    // The verification score cites the submission: its link opens the replay at that moment.
    const verification = page.locator('[data-testid="score"][data-dimension="verification"]');
    await verification.getByRole('link', { name: /Replay from this submission/ }).click();
    await page.getByTestId('replay').waitFor();
    expect(page.url()).toContain('/replay?');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Replay: Mock interview with Cara');
    expect(await currentEvent(page)).toContain('Submission started by Cara');
    // The code at the submission's moment is the code the server judged (accepted).
    expect(await shownCode(page)).toBe(TWO_SUM);
    const events = page.getByTestId('replay-events').locator('li');
    expect(await events.count()).toBeGreaterThanOrEqual(9);
    expect(await page.getByTestId('replay-events').textContent()).toContain('Accepted');
    expect(await axeViolations(page)).toEqual([]);

    // Home: the start, before anyone typed: only the starter code.
    await press(page, 'Home');
    await expect.poll(() => shownCode(page)).not.toBe(TWO_SUM);
    expect(await shownCode(page)).toContain('function twoSum');
    // → steps to the next event, ← back.
    await press(page, 'ArrowRight');
    const first = await currentEvent(page);
    expect(first).toBeTruthy();
    await press(page, 'ArrowRight');
    await expect.poll(() => currentEvent(page)).not.toBe(first);
    await press(page, 'ArrowLeft');
    await expect.poll(() => currentEvent(page)).toBe(first);

    // The list jumps to any event: the note, written after the code was typed.
    await page
      .getByTestId('replay-events')
      .getByRole('button', { name: /I will use a hash map/ })
      .click();
    await expect.poll(() => currentEvent(page)).toContain('I will use a hash map');
    expect(await shownCode(page)).toBe(TWO_SUM);

    // The slider, by keyboard: Home goes to the start, End to the end of the session.
    await press(page, 'End');
    await expect.poll(() => currentEvent(page)).toContain('Feedback submitted');
    const slider = page.getByTestId('replay-slider');
    await slider.focus();
    await slider.press('Home');
    await expect.poll(() => shownCode(page)).not.toBe(TWO_SUM);
    await slider.press('End');
    await expect.poll(() => shownCode(page)).toBe(TWO_SUM);
    expect(await currentEvent(page)).toContain('Feedback submitted');

    // Play from the start at 16×: the playhead moves on by itself, and Space pauses it.
    await press(page, 'Home');
    await page.getByLabel('Speed').selectOption('16');
    const startTime = await page.getByTestId('replay-time').textContent();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.getByTestId('replay-time').textContent()).not.toBe(startTime);
    await page.getByRole('button', { name: 'Pause' }).focus();
    await press(page, 'k');
    await page.getByRole('button', { name: 'Play' }).waitFor();
  });

  it('opens for the interviewer at any moment, in dark mode and a narrow window, and exports the session', async () => {
    const { room, hint } = t.session;
    const { roomId, token } = linkParts(room.links.interviewer);
    const page = await t.newPage({ colorScheme: 'dark', viewport: { width: 1024, height: 700 } });
    await page.goto(`${t.server.url}/room/${roomId}/replay?token=${encodeURIComponent(token)}&moment=hint:${hint.id}`);
    await page.getByTestId('replay').waitFor();
    expect(await currentEvent(page)).toContain('Hint 1 revealed');
    expect(await axeViolations(page)).toEqual([]);
    // The window never scrolls sideways: the code scrolls inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export session (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`dryrun-session-${roomId}.json`);
    const exported = JSON.parse(await readFile((await file.path()) as string, 'utf8')) as SessionHistory;
    expect(exported).toMatchObject({ format: HISTORY_FORMAT, roomId, kind: 'pair' });
    expect(eventsOf(exported.timeline, 'hint')).toHaveLength(1);
  });

  it("records the pair room's candidate's pastes, shows them to both, and puts them in the replay", async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const candidate = await t.newPage();
    await candidate.goto(`${room.links.candidate}&name=Cara`);
    await waitForEditor(candidate);
    await waitForSynced(candidate);
    const interviewer = await t.newPage();
    await interviewer.goto(`${room.links.interviewer}&name=Ivy`);
    await waitForSynced(interviewer);

    await candidate.locator('.editor-pane .monaco-editor .view-lines').click();
    await paste(candidate, '// from elsewhere');
    await expect.poll(() => editorText(candidate)).toContain('// from elsewhere');
    const mine = candidate.getByTestId('integrity');
    await expect.poll(() => mine.locator('summary').textContent()).toContain('1 paste');
    expect(await mine.getByRole('heading').textContent()).toBe('Recorded about you');
    const theirs = interviewer.getByTestId('integrity');
    await expect.poll(() => theirs.locator('summary').textContent()).toContain('1 paste');
    expect(await theirs.getByRole('heading').textContent()).toBe('Recorded about the candidate');

    const { roomId, token } = linkParts(room.links.interviewer);
    const replay = await t.newPage();
    await replay.goto(`${t.server.url}/room/${roomId}/replay?token=${encodeURIComponent(token)}`);
    const list = replay.getByTestId('replay-events');
    await list.getByRole('button', { name: /Pasted 17 characters into Two Sum/ }).click();
    await expect.poll(() => shownCode(replay)).toContain('// from elsewhere');
  });

  it('is refused to an observer, and says so', async () => {
    const { room } = t.session;
    const { roomId, token } = linkParts(room.links.observer);
    const page = await t.newPage();
    await page.goto(`${t.server.url}/room/${roomId}/replay?token=${encodeURIComponent(token)}`);
    await expect
      .poll(() => page.getByTestId('report-error').textContent())
      .toContain('The replay is for the interviewer');
  });
});
