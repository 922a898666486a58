#!/usr/bin/env node
// `pnpm start`: install the dependencies from the lockfile, build the client, serve. One
// command on a fresh clone; on a restart the install and the build are skipped when none
// of their inputs changed since they last ran here (scripts/upToDate.mjs decides), so the
// server is up in seconds. `pnpm start --rebuild` or DRYRUN_REBUILD=1 runs both anyway.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkStep, STEPS, writeStamp } from './upToDate.mjs';

const root = resolve(import.meta.dirname, '..');
const forced = process.argv.slice(2).includes('--rebuild') || process.env.DRYRUN_REBUILD === '1';

/** Runs `command` unless `step` is up to date, saying which and why; stamps it once it ran. */
function ensure(step, command, { running, skipped }) {
  const check = checkStep(root, step, process.env);
  if (check.upToDate && !forced) {
    console.log(`[start] ${skipped}`);
    return;
  }
  console.log(`[start] ${running} (${forced ? 'forced by --rebuild or DRYRUN_REBUILD=1' : check.reason})`);
  const { status } = spawnSync('pnpm', command, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  writeStamp(root, step, check.fingerprint);
}

ensure(STEPS.install, ['install', '--frozen-lockfile'], {
  running: 'installing dependencies',
  skipped: 'dependencies up to date (lockfile, package.json files and patches/ unchanged since the last install)',
});
ensure(STEPS.build, ['build'], {
  running: 'building the client',
  skipped: 'client build up to date (client, shared/src and lockfile unchanged since the last build)',
});

// The server itself, as `pnpm serve` runs it, but as our own child: a signal sent to this
// process reaches it (pnpm passes no SIGTERM on to its scripts), and it shuts down cleanly.
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: resolve(root, 'server'),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
// Stopped by a signal we passed on is a clean stop.
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
