import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from './SqlClient.ts';

/**
 * Embedded PostgreSQL (PGlite) with its files under `dataDir`, or in memory when
 * `dataDir` is `memory://`. Nothing to install.
 */
export async function openPglite(dataDir: string): Promise<SqlClient> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      const result = await db.query<Row>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          async query<Row extends object>(sql: string, params: unknown[] = []) {
            return (await tx.query<Row>(sql, params)).rows;
          },
        }),
      ),
    close: () => db.close(),
  };
}
