import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  return {
    browser,
    // playwright gives every launch a fresh temporary profile and removes it on close.
    close: () => browser.close(),
  };
}

/** Opens a room link as a named person in a fresh browser context (its own IndexedDB). */
export async function openRoom(browser: Browser, link: string, name: string, context?: BrowserContext): Promise<Page> {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  const url = new URL(link);
  url.searchParams.set('name', name);
  await page.goto(url.toString());
  await waitForEditor(page);
  return page;
}

export async function waitForEditor(page: Page): Promise<void> {
  await page.locator('.editor-pane .monaco-editor .view-lines').waitFor({ timeout: 30_000 });
}

/** The text of the shared code editor (or another pane's editor), as Monaco renders it. */
export async function editorText(page: Page, pane = '.editor-pane'): Promise<string> {
  return page.locator(`${pane} .monaco-editor .view-lines`).evaluate((el) => {
    const lines = [...el.querySelectorAll<HTMLElement>('.view-line')]
      .map((line) => ({ top: Number.parseFloat(line.style.top || '0'), text: line.textContent ?? '' }))
      .sort((a, b) => a.top - b.top);
    return lines.map((l) => l.text.replace(/\u00a0/g, ' ')).join('\n');
  });
}

/** Puts the caret at the end of the document in the shared editor. */
export async function focusEditorEnd(page: Page): Promise<void> {
  await page.locator('.editor-pane .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
}

export async function connectionStatus(page: Page): Promise<string | null> {
  return page.getByTestId('connection-status').getAttribute('data-status');
}

/**
 * Resolves once every edit made so far is in the page's IndexedDB copy. A read of the
 * y-indexeddb update store waits, by IndexedDB's ordering rules, for every write started
 * before it on that store; a reload right after typing could otherwise abort the last ones.
 */
export async function waitForLocalCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('dryrun:'));
    for (const name of names) {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('updates')) {
            db.close();
            resolve();
            return;
          }
          const request = db.transaction('updates', 'readonly').objectStore('updates').count();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve();
          };
        };
      });
    }
  });
}

/** Polls until the page says it is connected and in sync. */
export async function waitForSynced(page: Page, timeout = 30_000): Promise<void> {
  await expect
    .poll(async () => page.getByTestId('connection-status').getAttribute('data-synced'), { timeout })
    .toBe('true');
}

/**
 * Replaces the shared editor's text as a paste does: in one edit, without the brackets
 * and indentation Monaco adds while typing.
 */
export async function setEditorCode(page: Page, code: string): Promise<void> {
  await page.locator('.editor-pane .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+a');
  await paste(page, code);
  await expect.poll(() => editorText(page)).toBe(code);
}

/** Pastes text where the focus is, as one edit (Monaco adds no brackets or indentation to a paste). */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/**
 * Opens a room link as a named person in a fresh browser context (added to `contexts`, for
 * the suite to close), recording the socket frames it receives, and waits until it is in sync.
 */
export async function joinRoom(
  browser: Browser,
  link: string,
  name: string,
  contexts: BrowserContext[],
): Promise<{ page: Page; frames: string[] }> {
  const context = await browser.newContext();
  contexts.push(context);
  const frames = recordWebSocketFrames(context);
  const page = await openRoom(browser, link, name, context);
  await waitForSynced(page);
  return { page, frames };
}

/** Collects every websocket frame the context's pages receive, as text; call before opening a page. */
export function recordWebSocketFrames(context: BrowserContext): string[] {
  const frames: string[] = [];
  context.on('page', (page) =>
    page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => frames.push(typeof payload === 'string' ? payload : payload.toString())),
    ),
  );
  return frames;
}
