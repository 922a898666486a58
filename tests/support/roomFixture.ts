import type { RunningServer, ServerConfig } from '@dryrun/server';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Backend, createStorage, type TestStorage } from './storage.ts';
import { type PeerOptions, TestPeer } from './TestPeer.ts';
import { startTestServer } from './testServer.ts';

/**
 * One real server per `describe`, started on port 0 against `backend` (with `overrides` of
 * its config), plus a `join` that connects a {@link TestPeer} from a room link and closes it
 * after each test.
 */
export function useTestServer(backend: Backend, overrides: Partial<ServerConfig> = {}) {
  const state = {} as { server: RunningServer; storage: TestStorage };
  const peers: TestPeer[] = [];
  beforeAll(async () => {
    state.storage = await createStorage(backend);
    state.server = await startTestServer(state.storage, overrides);
  });
  afterEach(() => {
    for (const p of peers.splice(0)) p.close();
  });
  afterAll(async () => {
    await state.server.close();
    await state.storage.cleanup();
  });
  return {
    get server() {
      return state.server;
    },
    get storage() {
      return state.storage;
    },
    async join(link: string, name: string, extra: Partial<PeerOptions> = {}): Promise<TestPeer> {
      const peer = await TestPeer.connect(state.server.url, { ...linkParts(link), name, ...extra });
      peers.push(peer);
      return peer;
    },
  };
}

export function linkParts(link: string): { roomId: string; token: string } {
  const url = new URL(link);
  return { roomId: decodeURIComponent(url.pathname.split('/')[2] ?? ''), token: url.searchParams.get('token') ?? '' };
}
