import { ClientEvent, reportPath } from '@dryrun/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { waitForEditor } from '../support/browser.ts';
import { useInterviewInChromium } from '../support/chromiumFixture.ts';
import { linkParts } from '../support/roomFixture.ts';
import { createRoom } from '../support/testServer.ts';

type Scheme = 'light' | 'dark';

/**
 * axe-core 4 on every page, in both colour schemes, with content in it: a session with
 * notes, claims, a hint, a submission and its complexity check, then its report. Zero
 * violations of any impact.
 */
describe('accessibility (axe-core) on every page, light and dark', () => {
  const t = useInterviewInChromium();
  const newPage = (scheme: Scheme, viewport?: { width: number; height: number }) =>
    t.newPage({ colorScheme: scheme, ...(viewport ? { viewport } : {}) });

  /** The page's violations, each with what it found and where, so a failure says what to fix. */
  async function expectNoViolations(page: Page, where: string): Promise<void> {
    const violations = await axeViolations(page);
    expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  async function openRoom(scheme: Scheme, link: string, name: string, viewport?: { width: number; height: number }) {
    const page = await newPage(scheme, viewport);
    const url = new URL(link);
    url.searchParams.set('name', name);
    await page.goto(url.toString());
    await waitForEditor(page);
    await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status')).toBe('connected');
    return page;
  }

  /** Opens each tab of the tab list named `label` in turn and checks the page with it open. */
  async function everyTab(page: Page, label: string, where: string): Promise<string[]> {
    const tabs = page.getByRole('tablist', { name: label }).getByRole('tab');
    const names: string[] = [];
    for (const tab of await tabs.all()) {
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      const name = (await tab.textContent()) ?? '';
      names.push(name);
      await expectNoViolations(page, `${where}, ${name} tab`);
    }
    return names;
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the home page, with the problem list, then the room's links (${scheme})`, async () => {
      const page = await newPage(scheme);
      await page.goto(t.server.url);
      await page.getByTestId('problem-choice').getByRole('radio').first().waitFor();
      await expectNoViolations(page, 'home');
      await page.getByRole('button', { name: 'New pair interview' }).click();
      await page.getByTestId('room-links').waitFor();
      await expectNoViolations(page, 'home with links');
    });

    it(`the name prompt (${scheme})`, async () => {
      const page = await newPage(scheme);
      await page.goto(t.session.room.links.candidate);
      await page.getByLabel('Your name, as others will see it').waitFor();
      await expectNoViolations(page, 'name prompt');
    });

    it(`the room for the interviewer, every tab, the problem picker and the shortcuts (${scheme})`, async () => {
      const page = await openRoom(scheme, t.session.room.links.interviewer, 'Ivy');
      await page.getByTestId('run-panel').getByText('Accepted').first().waitFor();
      const tabs = await everyTab(page, 'Interview tools', 'interviewer');
      expect(tabs.map((tab) => tab.replace(/, \d+$/, ''))).toEqual([
        'Guide',
        'Think aloud',
        'Big-O',
        'Notes',
        'Scorecard',
      ]);
      await page.getByRole('button', { name: 'Choose problem' }).click();
      await page.getByRole('dialog').waitFor();
      await expectNoViolations(page, 'problem picker');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).first().click();
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      await expectNoViolations(page, 'keyboard shortcuts');
    });

    it(`the room for the candidate and the observer, every tab (${scheme})`, async () => {
      for (const [role, name] of [
        ['candidate', 'Cara'],
        ['observer', 'Otto'],
      ] as const) {
        const page = await openRoom(scheme, t.session.room.links[role], name);
        await page.getByTestId('run-panel').getByText('Accepted').first().waitFor();
        await everyTab(page, 'Interview tools', role);
      }
    });

    it(`the room in a narrow or zoomed window, one part at a time (${scheme})`, async () => {
      const page = await openRoom(scheme, t.session.room.links.candidate, 'Cara', { width: 640, height: 400 });
      await everyTab(page, 'Room', 'compact room');
    });

    it(`a blank pad, as the interviewer writes the question and tests, and as the candidate (${scheme})`, async () => {
      const pad = await createRoom(t.server.url);
      const interviewer = await openRoom(scheme, pad.links.interviewer, 'Ivy');
      await interviewer.getByRole('button', { name: 'Write the question' }).click();
      await interviewer.getByRole('button', { name: 'Add tests' }).click();
      await interviewer.getByRole('button', { name: 'Add a test' }).waitFor();
      await expectNoViolations(interviewer, 'pad, interviewer');
      const candidate = await openRoom(scheme, pad.links.candidate, 'Cara');
      await expectNoViolations(candidate, 'pad, candidate');
    });
  }

  it('the feedback report, light and dark', async () => {
    expect(await t.session.interviewer.ask(ClientEvent.submitScorecard, t.session.scorecard)).toEqual({ ok: true });
    const { roomId, token } = linkParts(t.session.room.links.candidate);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await newPage(scheme);
      await page.goto(`${t.server.url}${reportPath(roomId)}?token=${encodeURIComponent(token)}`);
      await page.getByTestId('report').waitFor();
      await expectNoViolations(page, `report (${scheme})`);
    }
  });
});
