#!/usr/bin/env node
// `pnpm test`: the whole suite on a fresh machine. Installs dependencies from the lockfile,
// makes sure Debian's Chromium (end-to-end tests) and PostgreSQL (the second storage
// backend) are there, builds the client, then runs `pnpm check`:
// typecheck + lint + format check + unit, integration and end-to-end tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
const has = (path) => existsSync(path);
const isRoot = process.getuid?.() === 0;
const hasApt = has('/usr/bin/apt-get');

function ensureDebianPackage(label, pkg, present, required) {
  if (present()) return;
  if (isRoot && hasApt) {
    console.log(`[test] ${label} is missing; installing Debian package "${pkg}"…`);
    try {
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', pkg], { DEBIAN_FRONTEND: 'noninteractive' });
    } catch (error) {
      if (required) throw error;
      console.warn(`[test] could not install ${pkg}: ${error.message}`);
    }
    if (present()) return;
  }
  const how = `install it with: sudo apt-get install -y ${pkg}`;
  if (required) {
    console.error(`[test] ${label} is required for the end-to-end tests; ${how}`);
    process.exit(1);
  }
  console.warn(`[test] ${label} not found, so the PostgreSQL runs will be skipped; ${how}`);
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
ensureDebianPackage('Chromium', 'chromium', () => has(chromium), true);
ensureDebianPackage(
  'PostgreSQL server',
  'postgresql',
  () => ['17', '16', '15'].some((v) => has(`/usr/lib/postgresql/${v}/bin/postgres`)),
  false,
);

run('pnpm', ['install', '--frozen-lockfile']);
run('pnpm', ['build']);
run('pnpm', ['check'], { DRYRUN_SKIP_CLIENT_BUILD: '1' });
