import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export type Backend = 'pglite' | 'postgres';

/** Where one test server keeps its data: a temp dir, plus a fresh database on PostgreSQL. */
export interface TestStorage {
  backend: Backend;
  dataDir: string;
  databaseUrl: string | undefined;
  cleanup(): Promise<void>;
}

/** The backends to run against: PGlite always, PostgreSQL when a server could be started. */
export function backends(): Backend[] {
  return inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];
}

/** Logs once per file why PostgreSQL is not part of the run. */
export function reportSkippedBackends(): void {
  const reason = inject('postgresSkipReason');
  if (reason) console.warn(`PostgreSQL runs skipped: ${reason}`);
}

export async function createStorage(backend: Backend): Promise<TestStorage> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dryrun-test-'));
  if (backend === 'pglite') {
    return {
      backend,
      dataDir,
      databaseUrl: undefined,
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const admin = inject('postgresUrl');
  const name = `dryrun_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    backend,
    dataDir,
    databaseUrl: url.toString(),
    cleanup: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
