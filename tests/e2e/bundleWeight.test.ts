import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../client/dist', import.meta.url));
/** The page shell's budget: HTML, entry JS and CSS, as Brotli sends them. */
const SHELL_BUDGET_BYTES = 80 * 1000;

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

const manifest = (): Record<string, ManifestChunk> =>
  JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** The entry chunk, its CSS, and what it imports statically: what every page loads first. */
function shellFiles(): string[] {
  const chunks = manifest();
  const files = new Set<string>(['index.html']);
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(chunks)) if (chunk.isEntry) visit(key);
  return [...files];
}

/** What the browser receives for a file: its Brotli copy when there is one. */
const brotliBytes = (file: string) => {
  const path = join(dist, file);
  return statSync(existsSync(`${path}.br`) ? `${path}.br` : path).size;
};

// The built client (the e2e set-up builds it); `pnpm bench:client` measures it in Chromium.
describe('the client build', () => {
  it(`keeps the page shell within ${SHELL_BUDGET_BYTES / 1000} KB compressed`, () => {
    const files = shellFiles();
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const bytes = files.reduce((sum, file) => sum + brotliBytes(file), 0);
    expect(bytes, files.join(', ')).toBeLessThanOrEqual(SHELL_BUDGET_BYTES);
  });

  it('has Brotli and gzip copies of every script, style sheet and font', () => {
    const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css|ttf)$/.test(f));
    expect(assets.length).toBeGreaterThan(10);
    const missing = assets.filter(
      (f) =>
        statSync(join(dist, 'assets', f)).size > 512 &&
        !(existsSync(join(dist, 'assets', `${f}.br`)) && existsSync(join(dist, 'assets', `${f}.gz`))),
    );
    expect(missing).toEqual([]);
  });

  it("carries only the editor's own workers and languages: JavaScript, TypeScript, Markdown", () => {
    const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    const workers = assets.filter((f) => f.includes('.worker')).map((f) => f.split('-')[0]);
    expect(workers.sort()).toEqual(['editor.worker', 'ts.worker']);
    for (const language of ['python', 'cpp', 'java', 'html', 'css', 'json', 'yaml', 'sql']) {
      expect(assets.filter((f) => f.startsWith(`${language}-`))).toEqual([]);
    }
  });
});
