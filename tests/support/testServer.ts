import { DEFAULT_CONFIG, type RunningServer, type ServerConfig, startServer } from '@dryrun/server';
import type { CreateRoomResponse } from '@dryrun/shared';
import type { TestStorage } from './storage.ts';

/** Starts a real DryRun server in this process on port 0. */
export function startTestServer(storage: TestStorage, overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  return startServer({
    ...DEFAULT_CONFIG,
    port: 0,
    host: '127.0.0.1',
    dataDir: storage.dataDir,
    databaseUrl: storage.databaseUrl,
    logLevel: 'silent',
    flushIntervalMs: 20,
    idleUnloadMs: 200,
    judgeWorkers: 2,
    // Every test connects from 127.0.0.1: the per-address limits are tested on their own.
    maxConnectionsPerAddress: 1000,
    roomsPerAddressPerHour: 100_000,
    historyReadsPerAddressPerMinute: 100_000,
    ...overrides,
  });
}

export async function createRoom(baseUrl: string, body: object = {}): Promise<CreateRoomResponse> {
  const response = await fetch(`${baseUrl}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST /api/rooms answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CreateRoomResponse;
}

/** Polls until `check` stops throwing (an assertion), or fails with its last error. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 15));
    }
  }
}
