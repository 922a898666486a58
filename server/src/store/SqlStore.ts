import type { DocName } from '@dryrun/shared';
import { migrate } from './migrations.ts';
import type { SqlClient } from './SqlClient.ts';
import type { RoomRecord, Store, StoredUpdate } from './Store.ts';

interface RoomRow {
  id: string;
  title: string;
  problem_slug: string | null;
  interviewer_token_hash: string;
  candidate_token_hash: string;
  observer_token_hash: string;
  created_at: Date | string;
}

interface UpdateRow {
  update: Uint8Array;
  created_at: Date | string;
}

/** PostgreSQL caps bind parameters at 65535 per statement; 4 per row. */
const ROWS_PER_INSERT = 2000;

/** The {@link Store} on any PostgreSQL-speaking {@link SqlClient}. */
export class SqlStore implements Store {
  private constructor(private readonly sql: SqlClient) {}

  static async open(sql: SqlClient): Promise<SqlStore> {
    await migrate(sql);
    return new SqlStore(sql);
  }

  async createRoom(room: RoomRecord): Promise<void> {
    await this.sql.query(
      `INSERT INTO rooms (id, title, problem_slug, interviewer_token_hash, candidate_token_hash, observer_token_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        room.id,
        room.title,
        room.problemSlug,
        room.tokenHashes.interviewer,
        room.tokenHashes.candidate,
        room.tokenHashes.observer,
        room.createdAt.toISOString(),
      ],
    );
  }

  async getRoom(id: string): Promise<RoomRecord | undefined> {
    const [row] = await this.sql.query<RoomRow>('SELECT * FROM rooms WHERE id = $1', [id]);
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      problemSlug: row.problem_slug,
      tokenHashes: {
        interviewer: row.interviewer_token_hash,
        candidate: row.candidate_token_hash,
        observer: row.observer_token_hash,
      },
      createdAt: new Date(row.created_at),
    };
  }

  /** All or nothing: a failed batch is retried whole, so it must never be half-written. */
  async appendUpdates(updates: readonly StoredUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await this.sql.transaction(async (tx) => {
      for (let start = 0; start < updates.length; start += ROWS_PER_INSERT) {
        const chunk = updates.slice(start, start + ROWS_PER_INSERT);
        const params: unknown[] = [];
        const values = chunk.map((u) => {
          params.push(u.roomId, u.doc, u.update, u.at.toISOString());
          const n = params.length;
          return `($${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
        });
        await tx.query(
          `INSERT INTO doc_updates (room_id, doc, "update", created_at) VALUES ${values.join(', ')}`,
          params,
        );
      }
    });
  }

  async loadUpdates(roomId: string, doc: DocName): Promise<StoredUpdate[]> {
    const rows = await this.sql.query<UpdateRow>(
      'SELECT "update", created_at FROM doc_updates WHERE room_id = $1 AND doc = $2 ORDER BY id',
      [roomId, doc],
    );
    return rows.map((row) => ({
      roomId,
      doc,
      update: new Uint8Array(row.update.buffer, row.update.byteOffset, row.update.byteLength),
      at: new Date(row.created_at),
    }));
  }

  async ping(): Promise<void> {
    await this.sql.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
