import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStep, STEPS, type Step, workspacePackages, writeStamp } from '../../scripts/upToDate.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A checkout laid out as `pnpm start` sees it, before anything is installed or built. */
function fakeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'dryrun-start-'));
  dirs.push(root);
  write(root, 'pnpm-workspace.yaml', 'packages:\n  - client\n  - shared\n\npatchedDependencies:\n  a@1.0.0: x\n');
  write(root, 'package.json', '{"name":"dryrun"}');
  write(root, 'pnpm-lock.yaml', "lockfileVersion: '9.0'\n");
  write(root, 'patches/a@1.0.0.patch', '--- a\n+++ b\n');
  write(root, 'tsconfig.base.json', '{}');
  write(root, 'client/package.json', '{"name":"@dryrun/client"}');
  write(root, 'client/index.html', '<div id="root"></div>');
  write(root, 'client/vite.config.ts', 'export default {};');
  write(root, 'client/src/main.tsx', 'render();');
  write(root, 'client/src/room/Room.tsx', 'export const Room = 1;');
  write(root, 'client/public/favicon.svg', '<svg/>');
  write(root, 'shared/package.json', '{"name":"@dryrun/shared"}');
  write(root, 'shared/src/index.ts', 'export const LIMIT = 1;');
  return root;
}

/** What the step itself would leave behind, then the stamp `pnpm start` writes after it. */
function runStep(root: string, step: Step, env: Record<string, string> = {}): void {
  const { fingerprint } = checkStep(root, step, env);
  write(root, step.product, 'built');
  writeStamp(root, step, fingerprint);
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('pnpm start: whether to install', () => {
  it('installs a fresh checkout, and not again once stamped', () => {
    const root = fakeRepo();
    expect(checkStep(root, STEPS.install)).toMatchObject({
      upToDate: false,
      reason: expect.stringMatching(/^no node_modules/),
    });
    runStep(root, STEPS.install);
    expect(checkStep(root, STEPS.install).upToDate).toBe(true);
  });

  it('reinstalls when the lockfile changes, naming it', () => {
    const root = fakeRepo();
    runStep(root, STEPS.install);
    write(root, 'pnpm-lock.yaml', "lockfileVersion: '9.0'\nimporters: {}\n");
    expect(checkStep(root, STEPS.install)).toEqual(
      expect.objectContaining({ upToDate: false, reason: 'pnpm-lock.yaml changed' }),
    );
  });

  it('reinstalls when a patch, a package.json or the workspace settings change', () => {
    for (const [path, text] of [
      ['patches/a@1.0.0.patch', '--- a\n+++ c\n'],
      ['patches/b@2.0.0.patch', '--- new\n'],
      ['shared/package.json', '{"name":"@dryrun/shared","dependencies":{"zod":"4"}}'],
      ['pnpm-workspace.yaml', 'packages:\n  - client\n  - shared\n'],
      ['.npmrc', 'node-linker=hoisted\n'],
    ] as const) {
      const root = fakeRepo();
      runStep(root, STEPS.install);
      write(root, path, text);
      expect(checkStep(root, STEPS.install).reason, path).toMatch(new RegExp(`^${path}`));
    }
  });

  it('reinstalls when node_modules is gone, whatever a stamp says', () => {
    const root = fakeRepo();
    runStep(root, STEPS.install);
    rmSync(join(root, STEPS.install.product));
    expect(checkStep(root, STEPS.install).upToDate).toBe(false);
  });

  it('ignores source edits', () => {
    const root = fakeRepo();
    runStep(root, STEPS.install);
    write(root, 'client/src/main.tsx', 'render(<App />);');
    expect(checkStep(root, STEPS.install).upToDate).toBe(true);
  });
});

describe('pnpm start: whether to build the client', () => {
  it('builds a fresh checkout, and not again once stamped', () => {
    const root = fakeRepo();
    expect(checkStep(root, STEPS.build).upToDate).toBe(false);
    runStep(root, STEPS.build);
    expect(checkStep(root, STEPS.build)).toMatchObject({ upToDate: true });
  });

  it('rebuilds when an input file changes, is added or is removed, naming it', () => {
    const root = fakeRepo();
    runStep(root, STEPS.build);
    write(root, 'client/src/room/Room.tsx', 'export const Room = 2;');
    expect(checkStep(root, STEPS.build).reason).toBe('client/src/room/Room.tsx changed');
    runStep(root, STEPS.build);
    write(root, 'client/src/room/Panel.tsx', 'export {};');
    rmSync(join(root, 'client/public/favicon.svg'));
    expect(checkStep(root, STEPS.build).reason).toBe(
      'client/src/room/Panel.tsx added, client/public/favicon.svg removed',
    );
  });

  it('rebuilds when shared/src, the lockfile, the Vite config or a patch changes', () => {
    for (const path of ['shared/src/index.ts', 'pnpm-lock.yaml', 'client/vite.config.ts', 'patches/a@1.0.0.patch']) {
      const root = fakeRepo();
      runStep(root, STEPS.build);
      write(root, path, 'something else');
      expect(checkStep(root, STEPS.build).reason).toBe(`${path} changed`);
    }
  });

  it('rebuilds when the environment Vite reads changes, and only that environment', () => {
    const root = fakeRepo();
    runStep(root, STEPS.build, { NODE_ENV: 'production' });
    expect(checkStep(root, STEPS.build, { NODE_ENV: 'production', PORT: '4000' }).upToDate).toBe(true);
    expect(checkStep(root, STEPS.build, { NODE_ENV: 'development' }).upToDate).toBe(false);
    expect(checkStep(root, STEPS.build, { NODE_ENV: 'production', VITE_X: '1' }).reason).toBe('env:VITE_X added');
  });

  it('goes by content: a new mtime is no change, an edit put back is none either', () => {
    const root = fakeRepo();
    runStep(root, STEPS.build);
    const main = join(root, 'client/src/main.tsx');
    utimesSync(main, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(checkStep(root, STEPS.build).upToDate).toBe(true);
    write(root, 'client/src/main.tsx', 'edited');
    write(root, 'client/src/main.tsx', 'render();');
    expect(checkStep(root, STEPS.build).upToDate).toBe(true);
  });

  it('rebuilds when the build is gone or its stamp unreadable', () => {
    const root = fakeRepo();
    runStep(root, STEPS.build);
    writeFileSync(join(root, STEPS.build.stamp), 'not json');
    expect(checkStep(root, STEPS.build).upToDate).toBe(false);
    runStep(root, STEPS.build);
    rmSync(join(root, 'client/dist'), { recursive: true });
    expect(checkStep(root, STEPS.build).upToDate).toBe(false);
  });
});

describe('pnpm start: the inputs of this repository', () => {
  it('include every workspace package.json and the y-monaco patch', () => {
    const packages = ['client', 'server', 'shared', 'problems', 'tests'];
    expect(workspacePackages(repoRoot)).toEqual(expect.arrayContaining(packages));
    const manifests = packages.map((dir) => `${dir}/package.json`);
    expect(STEPS.install.inputs(repoRoot)).toEqual(
      expect.arrayContaining([...manifests, 'pnpm-lock.yaml', 'patches/y-monaco@0.1.6.patch']),
    );
  });

  it('include the client entry, shared sources and the lockfile for the build, not the server', () => {
    const inputs = STEPS.build.inputs(repoRoot);
    expect(inputs).toEqual(expect.arrayContaining(['client/src/main.tsx', 'shared/src/index.ts', 'pnpm-lock.yaml']));
    expect(inputs.some((path) => path.startsWith('server/') || path.startsWith('client/dist/'))).toBe(false);
  });
});
