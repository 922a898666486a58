import { inspect } from 'node:util';
import { loadProblem, PROBLEMS_ROOT } from '@dryrun/problems';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, setEditorCode } from '../support/browser.ts';
import { useRoomsInChromium } from '../support/chromiumFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { createRoom } from '../support/testServer.ts';

const WRONG = `function twoSum(nums, target) {
  console.log("looking at", nums.length, "numbers");
  console.log("for", target);
  return [0, 1];
}`;

const THROWS = `function twoSum(nums, target) {
  return nums.foo.bar;
}`;

/** Judging a whole submission, cold workers included, takes a few seconds at most. */
const JUDGED = { timeout: 30_000 };

const button = (page: Page, name: 'Run' | 'Submit') => page.getByRole('button', { name, exact: true });
const verdict = (page: Page) => page.getByTestId('run-verdict');

/** Waits until the results panel shows a finished run with this verdict. */
async function waitForVerdict(page: Page, text: string): Promise<void> {
  await expect.poll(() => verdict(page).textContent(), JUDGED).toContain(text);
}

/**
 * Notes whether a button ever shows its busy state (disabled, `aria-busy`), from now on:
 * a quick run cannot slip past the check.
 */
async function watchBusy(page: Page, name: 'Run' | 'Submit'): Promise<void> {
  await button(page, name).evaluate((el) => {
    const state = globalThis as { busySeen?: boolean };
    state.busySeen = false;
    new MutationObserver(() => {
      if (el.getAttribute('aria-busy') === 'true' && (el as HTMLButtonElement).disabled) state.busySeen = true;
    }).observe(el, { attributes: true });
  });
}

const wasBusy = (page: Page) => page.evaluate(() => (globalThis as { busySeen?: boolean }).busySeen);

/**
 * What only the hidden tests of two-sum hold: their first arguments, as JSON and as the
 * judge prints them, minus anything that also appears in a visible test.
 */
async function hiddenOnlyInputs(): Promise<string[]> {
  const { problem } = await loadProblem(PROBLEMS_ROOT, 'two-sum');
  if (!problem) throw new Error('two-sum did not load');
  const forms = (value: unknown) => [JSON.stringify(value), inspect(value), inspect(value, { breakLength: Infinity })];
  const visible = problem.tests.visible
    .flatMap((t) => (t.kind === 'args' ? [...t.args.flatMap(forms), ...forms(t.expected)] : []))
    .join('\n');
  const hidden = problem.tests.hidden.flatMap((t) => (t.kind === 'args' ? forms(t.args[0]) : []));
  return [...new Set(hidden)].filter((s) => !visible.includes(s) && !TWO_SUM.includes(s));
}

describe('Run and Submit in Chromium', () => {
  const t = useRoomsInChromium('pglite');
  const join = t.join;

  it('a submission reaches both people, and no hidden input reaches either browser', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const cara = await join(room.links.candidate, 'Cara');
    const ivo = await join(room.links.interviewer, 'Ivo');
    await setEditorCode(cara.page, TWO_SUM);

    await watchBusy(cara.page, 'Submit');
    await button(cara.page, 'Submit').click();

    for (const { page } of [cara, ivo]) {
      await waitForVerdict(page, 'Accepted');
      expect(await page.getByTestId('run-passed').textContent()).toBe('16 / 16 tests passed');
      expect(await page.getByTestId('run-result').textContent()).toContain('Cara submitted');
      await expect.poll(() => page.getByTestId('run-announcement').textContent()).toContain('Accepted');
      const rows = page.getByTestId('test-row');
      expect(await rows.count()).toBe(16);
      const hidden = page.locator('[data-testid="test-row"][data-hidden="true"]');
      expect(await hidden.count()).toBe(13);
      // A hidden row is not a button to open, and says it is hidden.
      expect(await hidden.locator('button').count()).toBe(0);
      expect(await hidden.first().textContent()).toMatch(/two numbers\s*hidden.*Accepted/);
    }
    expect(await wasBusy(cara.page)).toBe(true);
    expect(await button(cara.page, 'Submit').getAttribute('aria-busy')).toBe('false');
    expect(await button(cara.page, 'Submit').isEnabled()).toBe(true);

    // A visible test opens to show its call.
    await ivo.page.getByRole('button', { name: /^example 1/ }).click();
    await expect.poll(() => ivo.page.getByTestId('run-result').textContent()).toContain('twoSum([ 2, 7, 11, 15 ], 9)');

    const secrets = await hiddenOnlyInputs();
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    for (const { page, frames } of [cara, ivo]) {
      expect(frames.some((f) => f.includes('run:finished'))).toBe(true);
      const received = frames.join('\n');
      const dom = await page.content();
      for (const secret of secrets) {
        expect(dom, `DOM holds ${secret}`).not.toContain(secret);
        expect(received, `frames hold ${secret}`).not.toContain(secret);
      }
    }
  });

  it('a wrong answer shows expected and actual; Run takes custom input; the shortcuts work from the editor', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const { page } = await join(room.links.candidate, 'Cara');
    await setEditorCode(page, WRONG);

    await page.getByRole('button', { name: 'Custom input' }).click();
    await page.getByLabel('Arguments of one call, as JSON').fill('[[1, 5, 9, 4], 13]');
    // Ctrl+' from inside Monaco runs.
    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await page.keyboard.press("Control+'");
    await waitForVerdict(page, 'Wrong answer');
    const result = page.getByTestId('run-result');
    expect(await result.textContent()).toContain('Cara ran the tests with custom input');
    expect(await page.getByTestId('run-passed').textContent()).toBe('2 / 4 tests passed');

    // The first failing test is open: its call, the expected and the actual answer.
    const failing = page.getByRole('button', { name: /^example 2/ });
    expect(await failing.getAttribute('aria-expanded')).toBe('true');
    const details = await result.textContent();
    expect(details).toContain('twoSum([ 3, 2, 4 ], 6)');
    expect(details).toMatch(/Expected\s*\[ 1, 2 \]/);
    expect(details).toMatch(/Actual\s*\[ 0, 1 \]/);
    // Console output keeps its lines, as rendered.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text shows whether newlines are kept
    expect(await page.getByTestId('test-stdout').first().innerText()).toBe('looking at 3 numbers\nfor 6');

    // The custom call is one more test, answered by the reference solution; rows open with the keyboard.
    const custom = page.getByRole('button', { name: /^custom input/ });
    await custom.focus();
    await page.keyboard.press('Enter');
    expect(await custom.getAttribute('aria-expanded')).toBe('true');
    expect(await result.textContent()).toContain('twoSum([ 1, 5, 9, 4 ], 13)');
    expect(await result.textContent()).toMatch(/Expected\s*\[ 2, 3 \]/);

    // Ctrl+Enter inside Monaco submits, and Monaco does not insert a line.
    await page.locator('.editor-pane .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => result.textContent(), JUDGED).toContain('Cara submitted');
    await waitForVerdict(page, 'Wrong answer');
    expect(await editorText(page)).toBe(WRONG);

    // The earlier run stays one click away in the history.
    const history = page.getByTestId('run-history').getByRole('button');
    expect(await history.count()).toBe(2);
    await history.nth(1).click();
    expect(await history.nth(1).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => result.textContent()).toContain('with custom input');
  });

  it('a refused run is explained beside the buttons', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const { page } = await join(room.links.candidate, 'Cara');
    await setEditorCode(page, WRONG);
    await page.getByRole('button', { name: 'Custom input' }).click();
    await page.getByLabel('Arguments of one call, as JSON').fill('[[1, 2], ');
    await button(page, 'Run').click();
    await expect.poll(() => page.getByTestId('run-refusal').textContent()).toContain('not valid JSON');
    expect(await page.getByTestId('run-result').count()).toBe(0);
    // The next request clears it.
    await page.getByLabel('Arguments of one call, as JSON').fill('');
    await button(page, 'Run').click();
    await expect.poll(() => page.getByTestId('run-refusal').count()).toBe(0);
    await waitForVerdict(page, 'Wrong answer');
  });

  it('an error’s line takes the caret there', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const { page } = await join(room.links.candidate, 'Cara');
    await setEditorCode(page, THROWS);
    await button(page, 'Run').click();
    await waitForVerdict(page, 'Runtime error');
    const link = page.getByRole('button', { name: /^Go to line 2, column \d+/ }).first();
    const column = Number((await link.textContent())?.match(/line 2:(\d+)/)?.[1]);
    expect(column).toBeGreaterThan(1);
    await link.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.editor-pane .monaco-editor') !== null))
      .toBe(true);
    await page.keyboard.type('X');
    const line = '  return nums.foo.bar;';
    await expect
      .poll(async () => (await editorText(page)).split('\n')[1])
      .toBe(`${line.slice(0, column - 1)}X${line.slice(column - 1)}`);
  });

  it('an observer sees the results but has no buttons', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const cara = await join(room.links.candidate, 'Cara');
    const olga = await join(room.links.observer, 'Olga');
    expect(await button(olga.page, 'Run').count()).toBe(0);
    expect(await button(olga.page, 'Submit').count()).toBe(0);
    expect(await olga.page.getByRole('button', { name: 'Custom input' }).count()).toBe(0);
    await setEditorCode(cara.page, TWO_SUM);
    await button(cara.page, 'Run').click();
    await waitForVerdict(olga.page, 'Accepted');
    expect(await olga.page.getByTestId('run-passed').textContent()).toBe('3 / 3 tests passed');
    expect(await olga.page.getByTestId('run-result').textContent()).toContain('Cara ran the tests');
  });

  it('in a room without a problem, Run runs the program and shows what it printed', async () => {
    const room = await createRoom(t.server.url);
    const { page } = await join(room.links.candidate, 'Cara');
    expect(await button(page, 'Submit').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Custom input' }).count()).toBe(0);
    await setEditorCode(page, 'const xs = [3, 1, 2].sort();\nconsole.log(xs);\nconsole.log("done");');
    await button(page, 'Run').click();
    await waitForVerdict(page, 'Finished');
    expect(await page.getByTestId('run-result').textContent()).toContain('Cara ran the program');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text shows whether newlines are kept
    expect(await page.getByTestId('test-stdout').innerText()).toBe('[ 1, 2, 3 ]\ndone');
  });
});
