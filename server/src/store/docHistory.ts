import { decodeEdits, type DocName, encodeEdits } from '@dryrun/shared';
import type { SqlClient, SqlQueries } from './SqlClient.ts';
import type { CompactionBatch, DocBase, StoredDoc, StoredUpdate, UpdateFold } from './Store.ts';

/**
 * A doc's stored history: compacted chunks in `doc_history` (each one the edits it folded,
 * packed, and the doc's state after its last edit), then the updates written since, one row
 * each in `doc_updates`. Compaction moves the oldest rows into a new chunk in one
 * transaction; every edit, with its time, stays rebuildable.
 */

interface UpdateRow {
  id: string | number;
  update: Uint8Array;
  created_at: Date | string;
}

interface ChunkRow {
  first_edit: number;
  edit_count: number;
  edits: Uint8Array;
  state: Uint8Array;
}

function bytes(value: Uint8Array): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function updatesOf(roomId: string, doc: DocName, rows: readonly UpdateRow[]): StoredUpdate[] {
  return rows.map((row) => ({ roomId, doc, update: bytes(row.update), at: new Date(row.created_at) }));
}

const ROWS_SINCE = 'SELECT id, "update", created_at FROM doc_updates WHERE room_id = $1 AND doc = $2 ORDER BY id';

/** Chunks and rows read in one snapshot of the database (a compaction commits all or nothing). */
function inOneSnapshot<T>(sql: SqlClient, work: (tx: SqlQueries) => Promise<T>): Promise<T> {
  return sql.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    return work(tx);
  });
}

/** Every edit of a doc, oldest first: the compacted ones unpacked, then the rows since. */
export function loadAllUpdates(sql: SqlClient, roomId: string, doc: DocName): Promise<StoredUpdate[]> {
  return inOneSnapshot(sql, async (tx) => {
    const chunks = await tx.query<Pick<ChunkRow, 'edits'>>(
      'SELECT edits FROM doc_history WHERE room_id = $1 AND doc = $2 ORDER BY first_edit',
      [roomId, doc],
    );
    const rows = await tx.query<UpdateRow>(ROWS_SINCE, [roomId, doc]);
    const compacted = chunks.flatMap((chunk) =>
      decodeEdits(bytes(chunk.edits)).map(({ at, update }) => ({ roomId, doc, update, at: new Date(at) })),
    );
    return [...compacted, ...updatesOf(roomId, doc, rows)];
  });
}

/** A doc as a room loads it: the last chunk's state, and the rows after it. */
export function loadDoc(sql: SqlClient, roomId: string, doc: DocName): Promise<StoredDoc> {
  return inOneSnapshot(sql, async (tx) => {
    const base = await lastChunk(tx, roomId, doc);
    const rows = await tx.query<UpdateRow>(ROWS_SINCE, [roomId, doc]);
    return { base, updates: updatesOf(roomId, doc, rows) };
  });
}

async function lastChunk(tx: SqlQueries, roomId: string, doc: DocName): Promise<DocBase | null> {
  const [chunk] = await tx.query<Omit<ChunkRow, 'edits'>>(
    `SELECT first_edit, edit_count, state FROM doc_history WHERE room_id = $1 AND doc = $2
     ORDER BY first_edit DESC LIMIT 1`,
    [roomId, doc],
  );
  return chunk ? { state: bytes(chunk.state), edits: Number(chunk.first_edit) + Number(chunk.edit_count) } : null;
}

/**
 * Folds a doc's oldest rows (up to `limit`, and only when there are at least `atLeast`) into
 * a new chunk: `fold` makes the state after them from the last chunk's, which then keeps its
 * edits but no longer its state (only the last one is read). Returns how many edits were
 * folded (0: nothing done). Exactly the rows read are deleted.
 */
export function compactDoc(
  sql: SqlClient,
  roomId: string,
  doc: DocName,
  fold: UpdateFold,
  { atLeast, limit }: CompactionBatch,
): Promise<number> {
  return sql.transaction(async (tx) => {
    const base = await lastChunk(tx, roomId, doc);
    const rows = await tx.query<UpdateRow>(`${ROWS_SINCE} LIMIT $3 FOR UPDATE`, [roomId, doc, limit]);
    if (rows.length === 0 || rows.length < atLeast) return 0;
    const updates = updatesOf(roomId, doc, rows);
    const state = fold(
      base?.state ?? null,
      updates.map((u) => u.update),
    );
    const edits = encodeEdits(updates.map((u) => ({ at: u.at.getTime(), update: u.update })));
    await tx.query(
      `INSERT INTO doc_history (room_id, doc, first_edit, edit_count, edits, state, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [roomId, doc, base?.edits ?? 0, rows.length, edits, state],
    );
    if (base) {
      await tx.query(`UPDATE doc_history SET state = ''::bytea WHERE room_id = $1 AND doc = $2 AND first_edit < $3`, [
        roomId,
        doc,
        base.edits,
      ]);
    }
    const ids = rows.map((row) => String(row.id));
    await tx.query('DELETE FROM doc_updates WHERE id = ANY($1::bigint[])', [ids]);
    return rows.length;
  });
}
