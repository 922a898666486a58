import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin connection string of a throwaway PostgreSQL server, or '' when none could run. */
    postgresUrl: string;
    postgresSkipReason: string;
  }
}

const BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

function findBinary(name: string): string | undefined {
  for (const dir of BIN_DIRS) if (existsSync(join(dir, name))) return join(dir, name);
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts a throwaway PostgreSQL server for the suites that run against both backends.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user.
 * When no server binary exists, the PostgreSQL runs are skipped and say why.
 */
export default async function setup(project: TestProject) {
  if (process.env.DRYRUN_TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.DRYRUN_TEST_DATABASE_URL);
    project.provide('postgresSkipReason', '');
    return;
  }
  const initdb = findBinary('initdb');
  const postgres = findBinary('postgres');
  if (!initdb || !postgres) {
    const reason = 'no PostgreSQL server binary (initdb/postgres) on this machine; install Debian package "postgresql"';
    console.warn(`[tests] PostgreSQL runs skipped: ${reason}`);
    project.provide('postgresUrl', '');
    project.provide('postgresSkipReason', reason);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dryrun-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot ? (['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const) : ([cmd, args] as const);

  const [initCmd, initArgs] = run(initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  execFileSync(initCmd, [...initArgs], { stdio: 'ignore' });
  const port = await freePort();
  const [pgCmd, pgArgs] = run(postgres, [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    dir,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=400',
  ]);
  // Its own process group, so teardown reaches postgres itself and not only runuser.
  const child = spawn(pgCmd, [...pgArgs], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const pg = (await import('pg')).default;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => {});
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`PostgreSQL did not start:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  project.provide('postgresUrl', url);
  project.provide('postgresSkipReason', '');
  return async () => {
    const exited = new Promise((r) => child.once('exit', r));
    // SIGQUIT: immediate shutdown; the cluster is thrown away anyway.
    if (child.pid) process.kill(-child.pid, 'SIGQUIT');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
}
