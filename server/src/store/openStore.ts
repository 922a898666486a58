import { join } from 'node:path';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { SqlStore } from './SqlStore.ts';
import type { Store } from './Store.ts';

export interface StoreConfig {
  /** PostgreSQL connection string; when absent, embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite's files, or `memory://` for a throwaway database. */
  dataDir: string;
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const client = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(config.dataDir.startsWith('memory://') ? config.dataDir : join(config.dataDir, 'pglite'));
  try {
    return await SqlStore.open(client);
  } catch (error) {
    // A migration that failed leaves nothing half-done (each runs in a transaction), but the
    // connection must not keep the process alive.
    await client.close().catch(() => {});
    throw error;
  }
}
