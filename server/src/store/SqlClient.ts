/** The little a {@link SqlStore} needs from a database driver. */
export interface SqlClient {
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
