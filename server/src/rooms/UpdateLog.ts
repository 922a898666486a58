import type { Logger } from 'pino';
import type { Store, StoredUpdate } from '../store/Store.ts';

export interface UpdateLogOptions {
  /** How long updates wait before they are written together. */
  flushIntervalMs: number;
}

/**
 * Buffers Yjs updates and writes them to the store in batches: one write every
 * `flushIntervalMs` however fast people type. Each update keeps its own timestamp so a
 * replay can rebuild the code at any moment. A failed write is retried on the next tick;
 * nothing is dropped.
 */
export class UpdateLog {
  private pending: StoredUpdate[] = [];
  /** Being written right now: still pending until the store confirms. */
  private inFlight: StoredUpdate[] = [];
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Pick<Store, 'appendUpdates'>,
    private readonly log: Logger,
    private readonly options: UpdateLogOptions,
  ) {}

  append(update: StoredUpdate): void {
    this.pending.push(update);
    this.schedule(this.options.flushIntervalMs);
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
  }

  /** Updates received but not yet written. */
  get pendingCount(): number {
    return this.inFlight.length + this.pending.length;
  }

  /** Pending updates of one room, not yet written (a room loading must include them). */
  pendingFor(roomId: string): StoredUpdate[] {
    return this.inFlight.concat(this.pending).filter((u) => u.roomId === roomId);
  }

  /**
   * Every update of a room, stored (read by `load`) and pending, in order: read between two
   * writes, so no update is read twice or missed while a batch is being written.
   */
  readAll(roomId: string, load: () => Promise<StoredUpdate[]>): Promise<StoredUpdate[]> {
    return this.between(async () => [...(await load()), ...this.pendingFor(roomId)]);
  }

  /**
   * Runs `work` between two writes (none starts until it is done): reading or compacting the
   * stored updates then races no write of this log.
   */
  between<T>(work: () => Promise<T>): Promise<T> {
    const done = this.flushing.then(work);
    this.flushing = done.then(
      () => {},
      () => {},
    );
    return done;
  }

  /** Writes everything pending; resolves when it is stored (or has failed and is re-queued). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending());
    return this.flushing;
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    this.inFlight = this.pending;
    this.pending = [];
    try {
      await this.store.appendUpdates(this.inFlight);
    } catch (error) {
      this.log.error({ err: error, updates: this.inFlight.length }, 'writing updates failed; will retry');
      this.pending = this.inFlight.concat(this.pending);
      this.schedule(this.options.flushIntervalMs * 4);
    } finally {
      this.inFlight = [];
    }
  }

  /** Writes what is pending one last time; after this nothing is retried. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
    if (this.pending.length > 0) {
      this.log.error({ updates: this.pending.length }, 'closing with unwritten updates; clients still hold them');
    }
  }
}
