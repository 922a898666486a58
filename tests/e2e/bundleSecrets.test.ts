import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { problemSecrets } from '../support/problemSecrets.ts';

const dist = fileURLToPath(new URL('../../client/dist', import.meta.url));

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

// The built client (the e2e set-up builds it) is what every browser downloads.
describe('the client bundle', () => {
  it('holds no hidden test, solution, harness or interviewer guide of any problem', async () => {
    const secrets = await problemSecrets();
    expect(secrets.length).toBeGreaterThan(30);
    let bundle = '';
    for await (const path of files(dist)) {
      if (/\.(js|css|html|json|map|txt)$/.test(path)) bundle += await readFile(path, 'utf8');
    }
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(secrets.filter((secret) => bundle.includes(secret.text))).toEqual([]);
  });
});
