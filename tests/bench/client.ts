/**
 * `pnpm bench:client [-- --loads 10 --json]`: what the browser fetches, and how long it
 * takes, before a person can type in the room. Real Chromium (Debian's) against a real
 * server process on loopback, serving the built client (`pnpm build` first).
 *
 * - The shell: the HTML, and the JS and CSS the page loads before any of its lazy parts (the
 *   entry chunk and what it imports statically), as the bytes that crossed the wire
 *   (compressed, when the server compresses) and as decoded bytes. Target: at most 80 KB on
 *   the wire. Beside it, the room's lazy chunks (the room UI, its sync code) and the
 *   editor's own files (its lazy chunk, what only it imports, Monaco's workers).
 * - Everything fetched from navigation until the editor is editable, wire and decoded.
 * - Time from navigation start to an editable editor: the starter code drawn in a Monaco
 *   editor that is not read-only. Cold: a fresh browser profile each load (empty HTTP cache,
 *   no service worker). Warm: reloads in one profile. p50 (and the rest) over --loads loads
 *   each. Target: warm p50 within 1 s.
 *
 * Which files are the editor's comes from the build's manifest (`dist/.vite/manifest.json`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startServerProcess } from '../support/serverProcess.ts';
import { createRoom } from '../support/testServer.ts';
import { benchArgs, numberOption } from './benchArgs.ts';
import { type Distribution, distribution } from './judgeStats.ts';

const SHELL_TARGET_BYTES = 80 * 1000;
const WARM_TARGET_MS = 1000;
const EDITOR_MODULE = 'src/editor/CollabEditor.tsx';

const args = benchArgs(process.argv.slice(2), {
  loads: { type: 'string' },
  json: { type: 'boolean', default: false },
});
const LOADS = numberOption(args.loads, 10, 'loads', 1, 100);

const distDir = fileURLToPath(new URL('../../client/dist', import.meta.url));
const manifestPath = joinPath(distDir, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  throw new Error(`${manifestPath} is missing: build the client first (pnpm build)`);
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

/**
 * Every file a chunk loads with it: itself, its CSS, and the same for what it imports (and,
 * with `lazy`, for what it may import later), never entering the chunks in `stop`.
 */
function closure(manifest: Manifest, key: string, lazy: boolean, stop: string[] = []): Set<string> {
  const into = new Set<string>();
  const visit = (at: string) => {
    const chunk = manifest[at];
    if (!chunk || stop.includes(at) || into.has(`/${chunk.file}`)) return;
    into.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) into.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
    if (lazy) for (const imported of chunk.dynamicImports ?? []) visit(imported);
  };
  visit(key);
  return into;
}

/**
 * The shell's files (the entry and its static imports), and the editor's own: what its lazy
 * chunk brings, now or later, that no other part of the app loads.
 */
function filesOf(manifest: Manifest): { shell: Set<string>; editor: Set<string> } {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry || !manifest[EDITOR_MODULE]) throw new Error(`the manifest names no entry or no ${EDITOR_MODULE}`);
  const app = closure(manifest, entry, true, [EDITOR_MODULE]);
  return {
    shell: closure(manifest, entry, false),
    editor: new Set([...closure(manifest, EDITOR_MODULE, true)].filter((file) => !app.has(file))),
  };
}

const files = filesOf(JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest);
const isWorker = (path: string) => /\.worker[-.]/.test(path);

/** shell: the page and its entry; lazy: the app's other chunks; editor: Monaco; other: API, fonts. */
type Part = 'shell' | 'lazy' | 'editor' | 'other';

interface Fetched {
  path: string;
  part: Part;
  wire: number;
  decoded: number;
  encoding: string;
}

function partOf(request: Request, path: string): Part {
  if (request.resourceType() === 'document' || files.shell.has(path)) return 'shell';
  if (files.editor.has(path) || isWorker(path)) return 'editor';
  return path.startsWith('/assets/') && /\.(js|css)$/.test(path) ? 'lazy' : 'other';
}

/** Records each response the page receives: bytes on the wire (headers and body) and decoded. */
function recordFetches(context: BrowserContext): { fetched: Promise<Fetched | null>[]; stop(): void } {
  const fetched: Promise<Fetched | null>[] = [];
  const onFinished = (request: Request) => {
    fetched.push(
      (async () => {
        const response = await request.response();
        if (!response) return null;
        const path = new URL(request.url()).pathname;
        const sizes = await request.sizes();
        const decoded = await response.body().then(
          (body) => body.length,
          () => 0,
        );
        // A response from the service worker's cache crossed no wire.
        const wire = response.fromServiceWorker() ? 0 : sizes.responseBodySize + sizes.responseHeadersSize;
        const encoding = (await response.headerValue('content-encoding')) ?? 'identity';
        return { path, part: partOf(request, path), wire, decoded, encoding };
      })().catch(() => null),
    );
  };
  context.on('requestfinished', onFinished);
  return { fetched, stop: () => context.off('requestfinished', onFinished) };
}

/** ms from navigation start until the starter code shows in an editor that takes typing. */
async function untilEditable(page: Page, url: string, reload: boolean): Promise<number> {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const editor = document.querySelector('.editor-pane .monaco-editor');
      // Monaco's input: a native EditContext element in Chromium (a textarea elsewhere).
      const input = editor?.querySelector('[role="textbox"]');
      const text = editor?.querySelector('.view-lines')?.textContent ?? '';
      const writable = input && input.getAttribute('aria-readonly') !== 'true' && !input.hasAttribute('readonly');
      return writable && text.includes('twoSum') ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** One entry per path: a preload and the import that uses it are one file fetched once. */
function byPath(fetched: (Fetched | null)[]): Fetched[] {
  const files = new Map<string, Fetched>();
  for (const f of fetched) {
    if (!f) continue;
    const seen = files.get(f.path);
    files.set(
      f.path,
      seen ? { ...seen, wire: Math.max(seen.wire, f.wire), decoded: Math.max(seen.decoded, f.decoded) } : f,
    );
  }
  return [...files.values()];
}

interface Load {
  ms: number;
  /** Until the editor is editable. */
  fetched: Fetched[];
  /** Until the network has been quiet for QUIET_MS after that (workers, late chunks). */
  settled: Fetched[];
}

const QUIET_MS = 2000;

async function load(context: BrowserContext, page: Page, url: string, reload: boolean): Promise<Load> {
  const recorder = recordFetches(context);
  const ms = await untilEditable(page, url, reload);
  const fetched = byPath(await Promise.all(recorder.fetched));
  let count = recorder.fetched.length;
  for (let quietSince = Date.now(); Date.now() - quietSince < QUIET_MS; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (recorder.fetched.length !== count) {
      count = recorder.fetched.length;
      quietSince = Date.now();
    }
  }
  recorder.stop();
  const settled = byPath(await Promise.all(recorder.fetched));
  return { ms, fetched, settled };
}

interface Bytes {
  wire: number;
  decoded: number;
  files: number;
}

function bytesOf(fetched: Fetched[], part?: Part): Bytes {
  const chosen = part ? fetched.filter((f) => f.part === part) : fetched;
  return {
    wire: chosen.reduce((sum, f) => sum + f.wire, 0),
    decoded: chosen.reduce((sum, f) => sum + f.decoded, 0),
    files: chosen.length,
  };
}

const dataDir = mkdtempSync(joinPath(tmpdir(), 'dryrun-client-bench-'));
const storage = { backend: 'pglite' as const, dataDir, databaseUrl: undefined, cleanup: async () => {} };
const server = await startServerProcess(storage, 0, { LOG_LEVEL: 'error', ROOMS_PER_ADDRESS_PER_HOUR: '100000' });
const chromium = await launchChromium();

async function coldLoads(): Promise<Load[]> {
  const loads: Load[] = [];
  for (let i = 0; i < LOADS; i++) {
    const room = await createRoom(server.url, { problemSlug: 'two-sum' });
    const url = new URL(room.links.candidate);
    url.searchParams.set('name', 'Bench');
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    loads.push(await load(context, page, url.toString(), false));
    await context.close();
  }
  return loads;
}

async function warmLoads(): Promise<Load[]> {
  const room = await createRoom(server.url, { problemSlug: 'two-sum' });
  const url = new URL(room.links.candidate);
  url.searchParams.set('name', 'Bench');
  const context = await chromium.browser.newContext();
  const page = await context.newPage();
  // The first load fills the HTTP cache and installs the service worker.
  await load(context, page, url.toString(), false);
  await page.evaluate(() => navigator.serviceWorker?.ready);
  const loads: Load[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await load(context, page, url.toString(), true));
  await context.close();
  return loads;
}

interface Report {
  shell: Bytes & { encodings: string[] };
  /** Of a cold load, until editable. */
  lazy: Bytes;
  editor: Bytes;
  coldUntilEditable: Bytes;
  warmUntilEditable: Bytes;
  coldSettled: Bytes;
  coldMs: Distribution;
  warmMs: Distribution;
  largest: { path: string; part: Part; wire: number; decoded: number }[];
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

try {
  const cold = await coldLoads();
  const warm = await warmLoads();
  const first = cold[0]?.fetched ?? [];
  const shellFiles = first.filter((f) => f.part === 'shell');
  const median = (loads: Load[], settled = false): Bytes => {
    const all = loads.map((l) => bytesOf(settled ? l.settled : l.fetched)).sort((a, b) => a.wire - b.wire);
    return all[Math.floor(all.length / 2)] ?? { wire: 0, decoded: 0, files: 0 };
  };
  const report: Report = {
    shell: { ...bytesOf(first, 'shell'), encodings: [...new Set(shellFiles.map((f) => f.encoding))] },
    lazy: bytesOf(first, 'lazy'),
    editor: bytesOf(first, 'editor'),
    coldUntilEditable: median(cold),
    warmUntilEditable: median(warm),
    coldSettled: median(cold, true),
    coldMs: distribution(
      cold.map((l) => l.ms),
      0,
    ),
    warmMs: distribution(
      warm.map((l) => l.ms),
      0,
    ),
    largest: [...(cold[0]?.settled ?? [])]
      .sort((a, b) => b.decoded - a.decoded)
      .slice(0, 12)
      .map(({ path, part, wire, decoded }) => ({ path, part, wire, decoded })),
  };
  if (args.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const { shell } = report;
    console.log(`Room page in Chromium on loopback, ${LOADS} loads each`);
    console.log(
      `  shell (HTML, entry JS and CSS)           ${kb(shell.wire)} on the wire, ${kb(shell.decoded)} decoded, ${shell.files} files (${shell.encodings.join(', ')})`,
    );
    console.log(`  target ≤ ${kb(SHELL_TARGET_BYTES)}: ${shell.wire <= SHELL_TARGET_BYTES ? 'met' : 'MISSED'}`);
    for (const [label, bytes] of [
      ["the room's lazy chunks (cold)", report.lazy],
      ["the editor's files (cold, until editable)", report.editor],
      ['cold, until editable', report.coldUntilEditable],
      ['warm, until editable', report.warmUntilEditable],
      [`cold, until ${QUIET_MS / 1000} s quiet after that`, report.coldSettled],
    ] as const) {
      console.log(
        `  ${label.padEnd(40)} ${kb(bytes.wire)} on the wire, ${kb(bytes.decoded)} decoded, ${bytes.files} files`,
      );
    }
    for (const [label, ms] of [
      ['cold, navigation to editable', report.coldMs],
      ['warm, navigation to editable', report.warmMs],
    ] as const) {
      console.log(`  ${label.padEnd(40)} p50 ${ms.p50} ms   p90 ${ms.p90} ms   max ${ms.max} ms`);
    }
    console.log(
      `  target warm p50 ≤ ${WARM_TARGET_MS} ms: ${report.warmMs.p50 <= WARM_TARGET_MS ? 'met' : 'MISSED'} (${report.warmMs.p50} ms)`,
    );
    console.log('  largest files of a cold load (until quiet):');
    for (const f of report.largest) {
      console.log(
        `    ${f.part.padEnd(6)} ${kb(f.decoded).padStart(10)} decoded ${kb(f.wire).padStart(10)} wire  ${f.path}`,
      );
    }
  }
} finally {
  await chromium.close();
  await server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
