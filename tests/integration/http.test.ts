import type { RunningServer } from '@dryrun/server';
import { LIMITS } from '@dryrun/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createStorage, type TestStorage } from '../support/storage.ts';
import { startTestServer } from '../support/testServer.ts';

describe.each(backends())('HTTP API on %s', (backend) => {
  let storage: TestStorage;
  let server: RunningServer;
  beforeAll(async () => {
    storage = await createStorage(backend);
    server = await startTestServer(storage);
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${server.url}/api/rooms`, { method: 'POST', headers, body });

  it('answers the health check', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('creates a room with one capability link per role', async () => {
    const response = await post(JSON.stringify({ title: 'Two sum practice' }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; links: Record<string, string> };
    expect(Object.keys(body.links).sort()).toEqual(['candidate', 'interviewer', 'observer']);
    const tokens = new Set<string>();
    for (const link of Object.values(body.links)) {
      const url = new URL(link);
      expect(url.origin).toBe(server.url);
      expect(url.pathname).toBe(`/room/${body.id}`);
      const token = url.searchParams.get('token') ?? '';
      // 128 random bits in base64url.
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
      tokens.add(token);
    }
    expect(tokens.size).toBe(3);
  });

  it('accepts an empty body: every field is optional', async () => {
    expect((await post('')).status).toBe(201);
    expect((await post('{}')).status).toBe(201);
  });

  it('answers bad bodies with a typed 400', async () => {
    for (const body of [
      '{',
      '[]',
      '"x"',
      JSON.stringify({ title: 5 }),
      JSON.stringify({ extra: true }),
      JSON.stringify({ problemSlug: '../etc' }),
    ]) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({ reason: 'MALFORMED', message: expect.any(String) });
    }
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await post(JSON.stringify({ title: 'x'.repeat(LIMITS.maxJsonBodyBytes + 10) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ reason: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers an unknown API path with a typed 404', async () => {
    const response = await fetch(`${server.url}/api/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ reason: 'MALFORMED' });
  });

  it('never sends a Referer from pages that carry tokens', async () => {
    const response = await fetch(`${server.url}/room/abc?token=x`);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
