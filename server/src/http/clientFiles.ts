import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { NodeBindings } from './api.ts';

/** The encodings `pnpm build` writes beside each asset (`x.js.br`, `x.js.gz`). */
const VARIANT_SUFFIXES = ['.br', '.gz'];
/** Hashed file names never change content: a year, and no revalidation. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page and the service worker: always revalidated, so a new build is picked up. */
const REVALIDATE = 'no-cache';
const INDEX = 'index.html';

/** Every file under `dir`, as `/`-rooted paths, skipping dot-directories (`.vite`). */
function listFiles(dir: string, root = dir, into = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, root, into);
    else into.add(`/${relative(root, path).split('\\').join('/')}`);
  }
  return into;
}

/**
 * Serves the built client: hashed assets with a year's immutable caching, every other file
 * revalidated, each from its Brotli or gzip copy when the browser takes one (with
 * `Vary: Accept-Encoding` on anything that has copies, whichever is sent). Client-side routes
 * (`/`, `/room/:id`, …) get the page; a missing asset is a 404, never the page.
 */
export function serveClient(app: Hono<NodeBindings>, clientDir: string): void {
  const files = listFiles(clientDir);
  const isVariant = (path: string) => VARIANT_SUFFIXES.some((suffix) => path.endsWith(suffix));
  const hasVariants = (path: string) => VARIANT_SUFFIXES.some((suffix) => files.has(`${path}${suffix}`));
  const served = new Set([...files].filter((path) => !isVariant(path)));
  const notFound = (c: Context<NodeBindings>) => c.text('Not found', 404);

  const headersFor = (cacheControl: string) => (found: string, c: Context<NodeBindings>) => {
    c.header('Cache-Control', cacheControl);
    const path = `/${relative(clientDir, found).split('\\').join('/')}`;
    const original = VARIANT_SUFFIXES.reduce(
      (p, suffix) => (p.endsWith(suffix) ? p.slice(0, -suffix.length) : p),
      path,
    );
    if (hasVariants(original)) c.header('Vary', 'Accept-Encoding');
  };

  // A copy is sent in place of its file, never asked for by name.
  app.use('/assets/*', (c, next) => (isVariant(c.req.path) ? Promise.resolve(notFound(c)) : next()));
  app.use('/assets/*', serveStatic({ root: clientDir, precompressed: true, onFound: headersFor(IMMUTABLE) }));
  app.get('/assets/*', notFound);
  const page = serveStatic({ root: clientDir, path: INDEX, precompressed: true, onFound: headersFor(REVALIDATE) });
  const rootFile = serveStatic({ root: clientDir, precompressed: true, onFound: headersFor(REVALIDATE) });
  app.get('*', (c, next) => (served.has(c.req.path) && c.req.path !== `/${INDEX}` ? rootFile(c, next) : page(c, next)));
}

/** Whether `clientDir` holds a build to serve. */
export function isBuilt(clientDir: string | undefined): clientDir is string {
  return clientDir !== undefined && existsSync(join(clientDir, INDEX));
}
