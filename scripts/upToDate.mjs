// Whether `pnpm install` and the client build can be skipped: each step's inputs are hashed
// file by file, and the step is up to date when its product exists and its stamp holds the
// same hashes. Plain JavaScript with no dependencies, because `pnpm start` asks before
// anything is installed. Types for the tests are in upToDate.d.mts.
//
// Content hashes, not modification times: `git checkout`, `git stash` and a fresh clone
// change mtimes without changing content, and an edit undone is not a change. Hashing the
// few hundred input files takes milliseconds. Per-file hashes, not one, so the reason a
// step runs can name the file that changed.
//
// Install: our own stamp, not pnpm's copy of the lockfile (node_modules/.pnpm/lock.yaml).
// That copy is not byte-equal to pnpm-lock.yaml (it leaves out optional packages skipped
// on this platform), its format is pnpm's internal business, and it does not see a changed
// patch in patches/ or a package.json edited without the lockfile; both must reach
// `pnpm install`, which applies the one and refuses the other.
//
// This module decides; it runs nothing. It does not know whether a step succeeded:
// scripts/start.mjs writes the stamp only after it did.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What `pnpm install --frozen-lockfile` reads: the lockfile, the workspace's settings
 * (patchedDependencies, onlyBuiltDependencies), every workspace package.json, the patches
 * it applies, and the config files that change its layout if anyone adds them.
 */
function installInputs(root) {
  const manifests = workspacePackages(root).map((dir) => `${dir}/package.json`);
  return [
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'package.json',
    '.npmrc',
    '.pnpmfile.cjs',
    ...manifests,
    ...filesUnder(root, 'patches'),
  ];
}

/**
 * What the client bundle is made from: its sources and static files, its Vite and
 * TypeScript settings, @dryrun/shared (imported from source), and the exact dependency
 * versions with their patches (y-monaco's patch ends up in the bundle).
 */
function buildInputs(root) {
  return [
    'client/index.html',
    'client/vite.config.ts',
    'client/package.json',
    'client/tsconfig.json',
    'tsconfig.base.json',
    ...filesUnder(root, 'client/src'),
    ...filesUnder(root, 'client/public'),
    // The .env files Vite reads for a production build.
    'client/.env',
    'client/.env.local',
    'client/.env.production',
    'client/.env.production.local',
    'shared/package.json',
    ...filesUnder(root, 'shared/src'),
    'pnpm-lock.yaml',
    ...filesUnder(root, 'patches'),
  ];
}

/** Environment variables Vite folds into the bundle: the mode's NODE_ENV and every VITE_*. */
function buildEnv(env) {
  return Object.keys(env).filter((name) => name === 'NODE_ENV' || name.startsWith('VITE_'));
}

/** The two steps `pnpm start` may skip: the file that proves each ran, and its stamp. */
export const STEPS = {
  install: {
    product: 'node_modules/.modules.yaml',
    stamp: 'node_modules/.dryrun-install-stamp.json',
    inputs: installInputs,
    envNames: () => [],
  },
  // The server skips dot-files in client/dist, so the stamp is never served.
  build: {
    product: 'client/dist/index.html',
    stamp: 'client/dist/.build-stamp.json',
    inputs: buildInputs,
    envNames: buildEnv,
  },
};

/**
 * The workspace's package directories, as pnpm-workspace.yaml lists them. Only literal
 * directories: a glob would need pnpm's own matcher, so one is refused rather than missed.
 */
export function workspacePackages(root) {
  const text = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\r?\n((?:[ \t]+-[^\n]*\n?)*)/m.exec(text)?.[1] ?? '';
  const dirs = [...block.matchAll(/-\s*['"]?([^'"\s#]+)/g)].map((match) => match[1]);
  const glob = dirs.find((dir) => /[*?{!]/.test(dir));
  if (glob) throw new Error(`scripts/upToDate.mjs lists literal workspace directories only, not "${glob}"`);
  return dirs;
}

/**
 * Every file under `dir` (relative to `root`, `/`-separated, sorted), skipping
 * node_modules; none when it does not exist.
 */
export function filesUnder(root, dir) {
  if (!existsSync(join(root, dir))) return [];
  const found = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() && entry.name !== 'node_modules') found.push(...filesUnder(root, path));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort();
}

/**
 * A SHA-256 per input file that exists (a missing one is left out, so its appearing counts
 * as a change), and each named environment variable's value under `env:NAME`.
 */
export function fingerprint(root, paths, env = {}, envNames = []) {
  const hashes = {};
  for (const path of [...new Set(paths)].sort()) {
    const file = join(root, path);
    if (existsSync(file)) hashes[path] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  for (const name of [...envNames].sort()) hashes[`env:${name}`] = env[name];
  return hashes;
}

/** What differs between two fingerprints, as "x changed", "y added", "z removed". */
export function differences(before, after) {
  const changes = [];
  for (const [path, hash] of Object.entries(after)) {
    if (!(path in before)) changes.push(`${path} added`);
    else if (before[path] !== hash) changes.push(`${path} changed`);
  }
  for (const path of Object.keys(before)) if (!(path in after)) changes.push(`${path} removed`);
  return changes;
}

function readStamp(file) {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8'));
    return typeof stamp?.files === 'object' && stamp.files !== null ? stamp.files : undefined;
  } catch {
    return undefined;
  }
}

/** At most three changes by name, then how many more. */
function summarize(changes) {
  const named = changes.slice(0, 3).join(', ');
  return changes.length > 3 ? `${named} and ${changes.length - 3} more` : named;
}

/**
 * Whether `step` (one of STEPS) must run in the repository at `root`, and why: its product
 * is missing, it has no stamp, or an input differs from the stamp. `env` is read for the
 * build's environment variables only. The fingerprint is what to stamp once the step has
 * run: taken before it, so an edit made during the step is seen next time.
 */
export function checkStep(root, step, env = {}) {
  const current = fingerprint(root, step.inputs(root), env, step.envNames(env));
  if (!existsSync(join(root, step.product))) {
    return { upToDate: false, reason: `no ${step.product} yet`, fingerprint: current };
  }
  const stamped = readStamp(join(root, step.stamp));
  if (!stamped) return { upToDate: false, reason: 'no stamp from a previous run', fingerprint: current };
  const changes = differences(stamped, current);
  if (changes.length > 0) return { upToDate: false, reason: summarize(changes), fingerprint: current };
  return { upToDate: true, reason: 'no input changed since the last run', fingerprint: current };
}

/** Records that `step` ran with these inputs. */
export function writeStamp(root, step, files) {
  const file = join(root, step.stamp);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ files }, null, 2)}\n`);
}
