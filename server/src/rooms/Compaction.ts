import { DOC_NAMES } from '@dryrun/shared';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Store } from '../store/Store.ts';
import type { UpdateLog } from './UpdateLog.ts';

/** The most rows one transaction folds: a long backlog is compacted in turns, yielding between. */
const BATCH_ROWS = 5000;

/** Fewer rows than this are left as they are when a room unloads (they load fast anyway). */
const MIN_ROWS_AT_UNLOAD = 64;

export interface CompactionOptions {
  /** A room's updates are compacted once this many have been stored since the last time; 0 turns compaction off. */
  everyUpdates: number;
}

/**
 * Folds a room's stored updates into compacted chunks: when the room unloads, and every
 * `everyUpdates` updates while it is busy. A room then loads from the last chunk's state and
 * the few updates after it, however long the session; every edit stays in the chunks, with
 * its time, for the replay. Runs between the update log's writes, so it never races one.
 */
export class Compaction {
  /** Updates stored per room since its last compaction (counted as they are appended). */
  private readonly counts = new Map<string, number>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly deps: { store: Store; updates: UpdateLog; log: Logger },
    private readonly options: CompactionOptions,
  ) {}

  /** A room's update is on its way to the store: compacts it now and then. */
  counted(roomId: string): void {
    if (this.options.everyUpdates === 0) return;
    const count = (this.counts.get(roomId) ?? 0) + 1;
    this.counts.set(roomId, count);
    if (count >= this.options.everyUpdates) void this.compact(roomId, 1);
  }

  /** A room unloaded: its rows are compacted, unless there are only a few. */
  unloaded(roomId: string): Promise<void> {
    return this.compact(roomId, MIN_ROWS_AT_UNLOAD);
  }

  /**
   * Compacts every doc of a room that has at least `atLeast` rows (once at a time per room);
   * failures are logged, never thrown.
   */
  compact(roomId: string, atLeast = 1): Promise<void> {
    if (this.options.everyUpdates === 0) return Promise.resolve();
    const under = this.running.get(roomId);
    if (under) return under;
    this.counts.delete(roomId);
    const run = this.compactDocs(roomId, atLeast).finally(() => this.running.delete(roomId));
    this.running.set(roomId, run);
    return run;
  }

  private async compactDocs(roomId: string, atLeast: number): Promise<void> {
    const { store, updates, log } = this.deps;
    try {
      // What is pending is written first, so the chunk ends where the stored updates do.
      await updates.flush();
      for (const doc of DOC_NAMES) {
        for (let batch = { atLeast, limit: BATCH_ROWS }; ; batch = { atLeast: 1, limit: BATCH_ROWS }) {
          const folded = await updates.between(() => store.compactDoc(roomId, doc, foldUpdates, batch));
          if (folded > 0) log.debug({ roomId, doc, folded }, 'updates compacted');
          if (folded < BATCH_ROWS) break;
          // Other rooms' writes go first between two batches.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    } catch (error) {
      log.error({ err: error, roomId }, 'compacting updates failed; they stay as they are');
    }
  }

  /** Waits for compactions under way (at shutdown). */
  async settle(): Promise<void> {
    await Promise.all(this.running.values());
  }
}

/** A doc's state after `updates`, from `base`: garbage-collected, as a room loads it. */
export function foldUpdates(base: Uint8Array | null, updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    if (base) Y.applyUpdate(doc, base);
    for (const update of updates) Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
