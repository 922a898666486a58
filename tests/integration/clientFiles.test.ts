import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/roomFixture.ts';

/** A built client as `pnpm build` lays it out: hashed assets with Brotli and gzip copies. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dryrun-dist-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  const write = (path: string, text: string, compressed: boolean) => {
    writeFileSync(join(dir, path), text);
    if (!compressed) return;
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(text));
  };
  write('index.html', '<!doctype html><title>DryRun</title><div id="root"></div>', true);
  write('sw.js', `// service worker ${'x'.repeat(600)}`, true);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
  write('assets/index-Ab12.js', `console.log(${JSON.stringify('shell '.repeat(200))});`, true);
  write('assets/tiny-Cd34.js', 'export {};', false);
  write('.vite/manifest.json', '{"index.html":{"file":"assets/index-Ab12.js","isEntry":true}}', false);
  return dir;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Decoded by what Content-Encoding says. */
  text: string;
}

/** A GET with exactly the Accept-Encoding given (fetch would add its own). */
function get(base: string, path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    request(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text: body.toString('utf8') });
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('the built client, as the server sends it', () => {
  const dist = fakeBuild();
  const t = useTestServer('pglite', { clientDir: dist });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('sends the Brotli copy, else the gzip one, else the file, always with Vary', async () => {
    const br = await get(t.server.url, '/assets/index-Ab12.js', 'gzip, deflate, br, zstd');
    const gz = await get(t.server.url, '/assets/index-Ab12.js', 'gzip');
    const plain = await get(t.server.url, '/assets/index-Ab12.js');
    expect([br.headers['content-encoding'], gz.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(
      ['br', 'gzip', undefined],
    );
    for (const answer of [br, gz, plain]) {
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('shell shell');
      expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect(Number(br.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']));
  });

  it('sends a file without copies as it is, without Vary', async () => {
    const tiny = await get(t.server.url, '/assets/tiny-Cd34.js', 'br, gzip');
    expect(tiny.status).toBe(200);
    expect(tiny.text).toBe('export {};');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers.vary).toBeUndefined();
  });

  it('has the page and the service worker revalidated, compressed too', async () => {
    for (const path of ['/', '/room/some-room', '/room/some-room/report', '/index.html']) {
      const page = await get(t.server.url, path, 'br');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<div id="root">');
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    }
    const worker = await get(t.server.url, '/sw.js', 'gzip');
    expect(worker.text).toContain('service worker');
    expect(worker.headers['content-encoding']).toBe('gzip');
    expect(worker.headers['cache-control']).toBe('no-cache');
    const icon = await get(t.server.url, '/favicon.svg');
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  it('answers a missing asset 404, never with the page, and keeps the build manifest to itself', async () => {
    const missing = await get(t.server.url, '/assets/gone-Zz99.js', 'br');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<div id="root">');
    const manifest = await get(t.server.url, '/.vite/manifest.json');
    expect(manifest.text).not.toContain('isEntry');
    const variant = await get(t.server.url, '/assets/index-Ab12.js.br');
    expect(variant.status).toBe(404);
  });

  it('compresses JSON from the API', async () => {
    const problems = await get(t.server.url, '/api/problems', 'gzip');
    expect(problems.status).toBe(200);
    expect(problems.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(problems.text).length).toBeGreaterThan(30);
  });
});
