import type { DocName } from '@dryrun/shared';
import type { Logger } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store, StoredUpdate } from '../store/Store.ts';
import { UpdateLog } from './UpdateLog.ts';

const INTERVAL = 100;

/** An in-memory store of updates that records every appendUpdates call and can be made to fail. */
class MemoryStore implements Pick<Store, 'appendUpdates' | 'loadUpdates'> {
  readonly rows: StoredUpdate[] = [];
  /** Every appendUpdates call, with the batch it was given (copied), whether it then failed or not. */
  readonly calls: StoredUpdate[][] = [];
  failing = false;
  /** When set, appendUpdates waits for this before writing (or failing). */
  gate: Promise<void> | undefined;

  async appendUpdates(updates: readonly StoredUpdate[]): Promise<void> {
    this.calls.push([...updates]);
    const failing = this.failing;
    await this.gate;
    if (failing) throw new Error('database unavailable');
    this.rows.push(...updates);
  }
  async loadUpdates(roomId: string, doc: DocName): Promise<StoredUpdate[]> {
    return this.rows.filter((u) => u.roomId === roomId && u.doc === doc);
  }
}

function fakeLogger() {
  const error = vi.fn();
  const logger = { error, warn: vi.fn(), info: vi.fn(), debug: vi.fn() } as unknown as Logger;
  return { logger, error };
}

let sequence = 0;
function upd(roomId = 'room-a', doc: DocName = 'shared'): StoredUpdate {
  sequence++;
  return {
    roomId,
    doc,
    update: Uint8Array.of(sequence & 0xff, sequence >> 8),
    at: new Date(1_700_000_000_000 + sequence),
  };
}

/** Lets promise chains run: a real macrotask (setImmediate is not faked below). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('UpdateLog', () => {
  let store: MemoryStore;
  let log: UpdateLog;
  let logged: ReturnType<typeof fakeLogger>;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    store = new MemoryStore();
    logged = fakeLogger();
    log = new UpdateLog(store, logged.logger, { flushIntervalMs: INTERVAL });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes many appends as one batch after flushIntervalMs, in order', async () => {
    const appended = Array.from({ length: 250 }, (_, i) =>
      upd(i % 2 ? 'room-a' : 'room-b', i % 3 ? 'shared' : 'private'),
    );
    for (const u of appended) log.append(u);
    expect(log.pendingCount).toBe(250);

    await vi.advanceTimersByTimeAsync(INTERVAL - 1);
    await settle();
    expect(store.calls).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(store.calls).toHaveLength(1);
    expect(store.calls[0]).toEqual(appended);
    expect(store.rows).toEqual(appended);
    expect(log.pendingCount).toBe(0);
  });

  it('does not postpone the write while appends keep coming', async () => {
    const first = upd();
    log.append(first);
    await vi.advanceTimersByTimeAsync(INTERVAL * 0.6);
    const second = upd();
    log.append(second);
    await vi.advanceTimersByTimeAsync(INTERVAL * 0.4);
    await settle();
    expect(store.calls).toEqual([[first, second]]);

    // The next append starts a new interval: one more write, not one per append.
    const third = upd();
    const fourth = upd();
    log.append(third);
    log.append(fourth);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    await settle();
    expect(store.calls).toEqual([
      [first, second],
      [third, fourth],
    ]);
  });

  it('writes nothing, and arms no timer, when nothing is pending', async () => {
    await log.flush();
    await vi.advanceTimersByTimeAsync(INTERVAL * 10);
    expect(store.calls).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps what a failing store refused and writes it later, in order, dropping nothing', async () => {
    store.failing = true;
    const before = [upd(), upd('room-b'), upd()];
    for (const u of before) log.append(u);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    await settle();
    expect(store.calls).toHaveLength(1);
    expect(store.rows).toEqual([]);
    expect(log.pendingCount).toBe(3);
    expect(log.pendingFor('room-a')).toEqual([before[0], before[2]]);
    expect(logged.error).toHaveBeenCalledTimes(1);

    // Edits keep arriving during the outage.
    const during = [upd(), upd('room-b')];
    for (const u of during) log.append(u);
    expect(log.pendingCount).toBe(5);

    // Retries keep failing for a while without losing anything.
    await vi.advanceTimersByTimeAsync(INTERVAL * 4);
    await settle();
    expect(store.calls.length).toBeGreaterThanOrEqual(2);
    expect(log.pendingCount).toBe(5);

    store.failing = false;
    await vi.advanceTimersByTimeAsync(INTERVAL * 4);
    await settle();
    expect(store.rows).toEqual([...before, ...during]);
    expect(log.pendingCount).toBe(0);
    // Every attempt carried the whole backlog in arrival order.
    for (const call of store.calls) expect(call).toEqual([...before, ...during].slice(0, call.length));
  });

  it('puts a failed batch back before what arrived while it was being written', async () => {
    const gate = deferred();
    store.failing = true;
    store.gate = gate.promise;
    const first = [upd(), upd()];
    for (const u of first) log.append(u);
    const flushed = log.flush();
    await settle();
    expect(store.calls).toEqual([first]);

    const later = [upd(), upd()];
    for (const u of later) log.append(u);
    gate.resolve();
    await flushed;
    expect(log.pendingFor('room-a')).toEqual([...first, ...later]);

    store.failing = false;
    store.gate = undefined;
    await log.flush();
    expect(store.rows).toEqual([...first, ...later]);
    expect(log.pendingCount).toBe(0);
  });

  it('reports pending updates per room and in total', () => {
    const a1 = upd('room-a');
    const b1 = upd('room-b', 'private');
    const a2 = upd('room-a', 'private');
    for (const u of [a1, b1, a2]) log.append(u);
    expect(log.pendingCount).toBe(3);
    expect(log.pendingFor('room-a')).toEqual([a1, a2]);
    expect(log.pendingFor('room-b')).toEqual([b1]);
    expect(log.pendingFor('room-c')).toEqual([]);
  });

  // The health endpoint reports pendingCount as "edits received but not yet written" so a
  // deploy can wait for 0 before stopping the process; an edit whose write is still in
  // flight is not written yet.
  it('counts updates whose write is still in flight as pending', async () => {
    const gate = deferred();
    store.gate = gate.promise;
    const u = upd('room-a');
    log.append(u);
    const flushed = log.flush();
    await settle();
    expect(store.calls).toEqual([[u]]);
    expect(store.rows).toEqual([]);
    expect(log.pendingCount).toBe(1);
    expect(log.pendingFor('room-a')).toEqual([u]);
    gate.resolve();
    await flushed;
    expect(store.rows).toEqual([u]);
    expect(log.pendingCount).toBe(0);
  });

  it('flush() resolves once the write is stored', async () => {
    const appended = [upd(), upd()];
    for (const u of appended) log.append(u);
    await log.flush();
    expect(store.rows).toEqual(appended);
    expect(log.pendingCount).toBe(0);
  });

  it('close() writes everything pending at once and leaves no timer behind', async () => {
    const appended = [upd(), upd('room-b'), upd()];
    for (const u of appended) log.append(u);
    expect(vi.getTimerCount()).toBe(1);
    await log.close();
    expect(store.calls).toEqual([appended]);
    expect(store.rows).toEqual(appended);
    expect(log.pendingCount).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(INTERVAL * 10);
    expect(store.calls).toHaveLength(1);
  });

  it('close() waits for a write already in flight', async () => {
    const gate = deferred();
    store.gate = gate.promise;
    const first = upd();
    log.append(first);
    void log.flush();
    await settle();
    const second = upd();
    log.append(second);
    let closed = false;
    const closing = log.close().then(() => {
      closed = true;
    });
    await settle();
    expect(closed).toBe(false);
    gate.resolve();
    await closing;
    expect(store.rows).toEqual([first, second]);
  });
});
