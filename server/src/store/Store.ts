import type { DocName, Role } from '@dryrun/shared';

/** A room as stored. Tokens are kept only as hashes. */
export interface RoomRecord {
  id: string;
  title: string;
  problemSlug: string | null;
  tokenHashes: Record<Role, string>;
  createdAt: Date;
}

/** One Yjs update of one doc, with the moment the server received it. */
export interface StoredUpdate {
  roomId: string;
  doc: DocName;
  update: Uint8Array;
  at: Date;
}

/**
 * DryRun's persistence contract. One SQL implementation ({@link SqlStore}) runs on embedded
 * PGlite or on PostgreSQL; `store.contract.test.ts` runs against both.
 */
export interface Store {
  createRoom(room: RoomRecord): Promise<void>;
  getRoom(id: string): Promise<RoomRecord | undefined>;
  /** Appends many updates in one write. */
  appendUpdates(updates: readonly StoredUpdate[]): Promise<void>;
  /** Every update of one doc in arrival order. */
  loadUpdates(roomId: string, doc: DocName): Promise<StoredUpdate[]>;
  /** Answers when the database is reachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
