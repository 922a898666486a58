import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { type Backend, createStorage, type TestStorage } from './storage.ts';

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
