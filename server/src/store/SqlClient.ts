/** The little a {@link SqlStore} needs from a database driver. */
export interface SqlQueries {
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface SqlClient extends SqlQueries {
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` on one connection inside BEGIN … COMMIT; rolls back if it throws. */
  transaction<T>(work: (tx: SqlQueries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
