import pg from 'pg';
import type { SqlClient } from './SqlClient.ts';

/** A PostgreSQL server reached through a connection pool. */
export async function openPostgres(connectionString: string): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client's network error would otherwise be an unhandled 'error' event.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  return {
    async query<Row extends object>(sql: string, params: unknown[] = []) {
      const result = await pool.query(sql, params);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction(work) {
      // One pooled connection for the whole transaction: BEGIN on one connection and the
      // statements on another would not be a transaction at all.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          async query<Row extends object>(sql: string, params: unknown[] = []) {
            return (await client.query(sql, params)).rows as Row[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
