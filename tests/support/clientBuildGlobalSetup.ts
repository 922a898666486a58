import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** End-to-end tests need the built client; build it once if `pnpm test` has not. */
export default function setup() {
  const dist = fileURLToPath(new URL('../../client/dist/index.html', import.meta.url));
  if (existsSync(dist) && process.env.DRYRUN_SKIP_CLIENT_BUILD === '1') return;
  // vitest sets NODE_ENV=test; the tests need the production build (its service worker).
  execFileSync('pnpm', ['--filter', '@dryrun/client', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
