import type { RunningServer } from '@dryrun/server';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { waitForEditor, waitForSynced } from '../support/browser.ts';
import { useChromium } from '../support/chromiumFixture.ts';
import { ManualClock } from '../support/manualClock.ts';
import { createRoom, startTestServer } from '../support/testServer.ts';

describe('the phase timer in Chromium', () => {
  const t = useChromium('pglite');
  let server: RunningServer;
  const contexts: BrowserContext[] = [];
  // The server's clock moves with the pages': the server's time is the truth a page keeps to.
  const clock = new ManualClock();
  beforeAll(async () => {
    server = await startTestServer(t.storage, { clock });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(() => server?.close());

  /** A room link opened as `name`, with the page's clock ours to move. */
  async function open(link: string, name: string): Promise<Page> {
    const context = await t.browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${link}&name=${name}`);
    await waitForEditor(page);
    await waitForSynced(page);
    return page;
  }

  it('is planned by the interviewer, shown to both, moves on when a phase is up, and stops', async () => {
    const room = await createRoom(server.url, { problemSlug: 'two-sum' });
    const interviewer = await open(room.links.interviewer, 'Ivy');
    const candidate = await open(room.links.candidate, 'Cara');
    expect(await candidate.getByTestId('phase-plan').count()).toBe(0);

    const plan = interviewer.getByTestId('phase-plan');
    await plan.locator('summary').click();
    // The default plan: 45 minutes in five phases; the first made one minute long.
    expect(await plan.textContent()).toContain('45 minutes in all');
    await plan.getByRole('spinbutton', { name: 'min for phase 1' }).fill('1');
    expect(await plan.textContent()).toContain('41 minutes in all');
    expect(await axeViolations(interviewer)).toEqual([]);
    await plan.getByRole('button', { name: 'Start' }).click();

    for (const page of [interviewer, candidate]) {
      const timer = page.getByTestId('phase-timer');
      await expect.poll(() => timer.textContent()).toContain('1/5 · Clarify');
      expect(await page.getByTestId('phase-left').textContent()).toMatch(/^(1:00|0:5\d) left$/);
    }
    expect(await candidate.getByTestId('phase-timer').getByRole('button').count()).toBe(0);

    // A minute on: the next phase, with a cue said to screen readers.
    clock.advance(61_000);
    for (const page of [interviewer, candidate]) await page.clock.fastForward(61_000);
    for (const page of [interviewer, candidate]) {
      const timer = page.getByTestId('phase-timer');
      await expect.poll(() => timer.textContent()).toContain('2/5 · Approach');
      await expect.poll(() => timer.getByRole('status').textContent()).toBe('Now: Approach, 10 minutes.');
    }
    expect(await axeViolations(candidate)).toEqual([]);

    // The interviewer moves on early, then stops it (once connected again: a minute skipped
    // on the page's clock is past socket.io's heartbeat, and it reconnects).
    for (const page of [interviewer, candidate]) await waitForSynced(page);
    await interviewer.getByTestId('phase-timer').getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => candidate.getByTestId('phase-timer').textContent()).toContain('3/5 · Code');
    await interviewer.getByTestId('phase-timer').getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => candidate.getByTestId('phase-timer').count()).toBe(0);
    await expect.poll(() => interviewer.getByTestId('phase-plan').count()).toBe(1);
  });
});
