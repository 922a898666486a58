import type { RunningServer } from '@dryrun/server';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { joinRoom, launchChromium } from './browser.ts';
import { type InterviewSession, interviewSession } from './interviewSession.ts';
import { linkParts } from './roomFixture.ts';
import { type Backend, createStorage, type TestStorage } from './storage.ts';
import { TestPeer } from './TestPeer.ts';
import { startTestServer } from './testServer.ts';

/**
 * Storage for one `describe` and a Chromium shared by its tests (each test opens its own
 * contexts). The suite starts whichever server it needs on `storage`.
 */
export function useChromium(backend: Backend) {
  const state = {} as { storage: TestStorage; browser: Browser; close(): Promise<void> };
  beforeAll(async () => {
    state.storage = await createStorage(backend);
    const chromium = await launchChromium();
    state.browser = chromium.browser;
    state.close = chromium.close;
  });
  afterAll(async () => {
    await state.close?.();
    await state.storage?.cleanup();
  });
  return {
    get storage() {
      return state.storage;
    },
    get browser() {
      return state.browser;
    },
  };
}

/**
 * A real server and Chromium for one `describe`, and `join`, which opens a room link as a
 * named person in a fresh context (recording the socket frames it receives) and waits
 * until it is in sync. Contexts and the server are closed after the suite.
 */
export function useRoomsInChromium(backend: Backend) {
  const chromium = useChromium(backend);
  const state = {} as { server: RunningServer };
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    state.server = await startTestServer(chromium.storage);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await state.server?.close();
  });
  return {
    get server() {
      return state.server;
    },
    get browser() {
      return chromium.browser;
    },
    join: (link: string, name: string) => joinRoom(chromium.browser, link, name, contexts),
  };
}

/**
 * A real server holding one finished interview session (`interviewSession`: notes, claims,
 * a hint, a submission and its check, a scorecard ready to submit), and Chromium, for one
 * `describe`. `newPage` opens a page in a fresh context with the options given (viewport,
 * colour scheme), closed after each test.
 */
export function useInterviewInChromium() {
  const chromium = useChromium('pglite');
  const state = {} as { server: RunningServer; session: InterviewSession };
  const peers: TestPeer[] = [];
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    state.server = await startTestServer(chromium.storage);
    state.session = await interviewSession(state.server.url, async (link, name, extra = {}) => {
      const peer = await TestPeer.connect(state.server.url, { ...linkParts(link), name, ...extra });
      peers.push(peer);
      return peer;
    });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    for (const peer of peers) peer.close();
    await state.server?.close();
  });
  return {
    get server() {
      return state.server;
    },
    get session() {
      return state.session;
    },
    get browser() {
      return chromium.browser;
    },
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}
