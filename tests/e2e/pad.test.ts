import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paste, setEditorCode } from '../support/browser.ts';
import { useRoomsInChromium } from '../support/chromiumFixture.ts';
import { createRoom } from '../support/testServer.ts';

const QUESTION = `# Reverse a list

Write \`reverse(list)\`, which returns the list backwards.

<script>window.pwned = 1</script>
<img src=x onerror="window.pwned = 2">
<div onclick="window.pwned = 3">click</div>

[a harmless-looking link](javascript:window.pwned=4) and [the docs](https://developer.mozilla.org/)
`;

const JUDGED = { timeout: 30_000 };

/** Pastes text into the question's Markdown editor, as one edit. */
async function writeQuestion(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Write the question' }).click();
  await page.locator('.pad-question-editor .monaco-editor .view-lines').click();
  await paste(page, text);
}

describe('a blank pad in Chromium', () => {
  const t = useRoomsInChromium('pglite');
  const join = t.join;

  it("the interviewer's question reaches the candidate, safely; the program runs for both, and a runaway one stops", async () => {
    const room = await createRoom(t.server.url);
    const ivy = await join(room.links.interviewer, 'Ivy');
    const cara = await join(room.links.candidate, 'Cara');
    expect(await cara.page.getByTestId('blank-pad').textContent()).toContain('the interviewer will write the question');
    expect(await cara.page.getByRole('button', { name: 'Write the question' }).count()).toBe(0);

    await writeQuestion(ivy.page, QUESTION);
    const shown = cara.page.getByTestId('pad-question-text');
    await expect.poll(() => shown.locator('h3').first().textContent()).toBe('Reverse a list');
    expect(await shown.textContent()).toContain('which returns the list backwards');
    // Sanitised: no element from raw HTML, no event handler, no script URL; safe links stay.
    const html = await shown.innerHTML();
    expect(html).not.toMatch(/<script|<img|<div|onerror|onclick/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(await shown.getByRole('link', { name: 'the docs' }).getAttribute('href')).toBe(
      'https://developer.mozilla.org/',
    );
    expect(await shown.getByText('a harmless-looking link').evaluate((el) => el.tagName)).toBe('SPAN');
    expect(await cara.page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

    // The candidate writes a program and runs it; both see what it printed.
    await setEditorCode(cara.page, 'const reverse = (xs) => [...xs].reverse();\nconsole.log(reverse([1, 2, 3]));');
    await cara.page.getByRole('button', { name: 'Run', exact: true }).click();
    for (const { page } of [cara, ivy]) {
      await expect.poll(() => page.getByTestId('run-verdict').textContent(), JUDGED).toContain('Finished');
      await expect.poll(() => page.getByTestId('test-stdout').textContent()).toBe('[ 3, 2, 1 ]');
    }

    // A program that never ends stops at the limit, says so, and the room stays usable.
    await setEditorCode(cara.page, 'console.log("looping");\nwhile (true) {}');
    await cara.page.getByRole('button', { name: 'Run', exact: true }).click();
    for (const { page } of [cara, ivy]) {
      await expect.poll(() => page.getByTestId('run-result').textContent(), JUDGED).toMatch(/stopped after/);
    }
    await setEditorCode(cara.page, 'console.log("still here");');
    await cara.page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => ivy.page.getByTestId('test-stdout').textContent(), JUDGED).toBe('still here');

    // The interviewer changes the question mid-session; the candidate sees the change.
    await ivy.page.locator('.pad-question-editor .monaco-editor .view-lines').click();
    await ivy.page.keyboard.press('Control+End');
    await ivy.page.keyboard.type('\nBonus: do it in place.');
    await expect.poll(() => shown.textContent()).toContain('Bonus: do it in place.');
  });

  it("judges the interviewer's own tests; the hidden ones never reach the candidate's browser", async () => {
    const room = await createRoom(t.server.url);
    const ivy = await join(room.links.interviewer, 'Ivy');
    const cara = await join(room.links.candidate, 'Cara');

    await ivy.page.getByRole('button', { name: 'Add tests' }).click();
    await ivy.page.getByLabel('Test 1 call').fill('sum([1, 2, 3])');
    await ivy.page.getByLabel('Test 1 expected value').fill('6');
    await ivy.page.getByRole('button', { name: 'Add a test' }).click();
    await ivy.page.getByLabel('Test 2 call').fill('sum([40, 2, hidden])');
    await expect.poll(() => ivy.page.getByText('Test 2: The arguments must be JSON').count()).toBe(1);
    expect(await ivy.page.getByRole('button', { name: 'Save tests' }).isDisabled()).toBe(true);
    await ivy.page.getByLabel('Test 2 call').fill('sum([40, 2, 987654321])');
    await ivy.page.getByLabel('Test 2 expected value').fill('987654363');
    await ivy.page.getByLabel('Hidden (test 2)').check();
    await ivy.page.getByRole('button', { name: 'Save tests' }).click();
    await expect.poll(() => ivy.page.getByTestId('pad-test').count()).toBe(2);

    await expect.poll(() => cara.page.getByTestId('pad-test').count()).toBe(1);
    expect(await cara.page.getByTestId('pad-test').textContent()).toContain('sum([1, 2, 3])');
    expect(await cara.page.getByTestId('pad-hidden-count').textContent()).toContain('and 1 hidden test');

    await setEditorCode(
      cara.page,
      'function sum(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\nconsole.log("sum of 1..4 is", sum([1, 2, 3, 4]));',
    );
    await cara.page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => cara.page.getByTestId('run-passed').textContent(), JUDGED).toBe('1 / 1 tests passed');
    await cara.page.getByRole('button', { name: 'Submit', exact: true }).click();
    for (const { page } of [cara, ivy]) {
      await expect.poll(() => page.getByTestId('run-passed').textContent(), JUDGED).toBe('2 / 2 tests passed');
      await expect.poll(() => page.getByTestId('run-verdict').textContent()).toContain('Accepted');
    }

    // Run file runs the whole file on its own, tests or not.
    await cara.page.getByRole('button', { name: 'Run file' }).click();
    await expect.poll(() => ivy.page.getByTestId('test-stdout').textContent(), JUDGED).toBe('sum of 1..4 is 10');
    expect(await ivy.page.getByTestId('run-result').textContent()).toContain('Cara ran the program');

    const received = cara.frames.join('\n') + (await cara.page.content());
    expect(received).not.toContain('987654321');
    expect(received).not.toContain('987654363');
  });
});
