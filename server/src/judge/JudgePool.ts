import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DryRunError, type Language } from '@dryrun/shared';
import { FairShare } from './FairShare.ts';
import { DEFAULT_LIMITS, formatLimitMs, type SandboxLimits } from './limits.ts';
import type { JobOutput, JobRequest, JobResponse } from './poolMessages.ts';
import type { EntryCall, ProgramResult } from './sandbox.ts';

export interface JudgeJob {
  /** Who the job is for (a network address): queued jobs are taken from each key in turn. */
  key: string;
  source: string;
  language?: Language;
  limits?: Partial<SandboxLimits>;
  seed?: number;
  fileName?: string;
  /** Call an entry point (or run a class's calls) after the program, and copy the answers out. */
  call?: EntryCall;
  /** The problem's `harness.js`, evaluated before the program. */
  harness?: string;
  /** Told of the console lines while the program runs (in batches, about ten a second). */
  onOutput?: (lines: string[]) => void;
}

export interface JudgePoolOptions {
  /** Worker threads; default one per core, plus one. */
  size?: number;
  /** Jobs waiting across all keys before new ones are refused with RATE_LIMITED. */
  maxQueued?: number;
  /** Jobs one key may have waiting before its new ones are refused (others are not). */
  maxQueuedPerKey?: number;
  /**
   * Workers one key may hold at once; default all but one (one for a pool of one), so that
   * a job of another key never waits behind a flood of long ones.
   */
  maxWorkersPerKey?: number;
  /** How long past a job's own deadline a worker may stay silent before it is replaced. */
  graceMs?: number;
  /** How long a new worker may take to start before it is replaced (a busy machine is slow). */
  startupMs?: number;
}

interface Pending {
  id: number;
  job: JudgeJob;
  request: JobRequest;
  resolve(result: ProgramResult): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  /** When its worker got it (`performance.now()`; 0 before): its time is charged to its key. */
  startedAt: number;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job: Pending | undefined;
  watchdog: NodeJS.Timeout | undefined;
}

const WORKER_ENTRY = new URL('./workerEntry.mjs', import.meta.url);

/**
 * Runs candidate programs on worker threads so that the server's event loop never waits on
 * them and a crashing sandbox takes down only its own thread. Queued jobs are taken from
 * the key (network address) that has had the least worker time lately ({@link FairShare}),
 * and no key holds every worker, so one busy source cannot starve the others; the queue is
 * bounded, in all and per key; a job can be cancelled; a worker that outlives its job's
 * deadline, or dies, is replaced.
 */
export class JudgePool {
  private readonly slots: Slot[] = [];
  private readonly queues = new Map<string, Pending[]>();
  /** Whose job runs next (see {@link FairShare}). */
  private readonly share = new FairShare();
  private nextId = 1;
  private queued = 0;
  private closed = false;
  private readonly maxQueued: number;
  private readonly maxQueuedPerKey: number;
  private readonly maxWorkersPerKey: number;
  private readonly graceMs: number;
  private readonly startupMs: number;
  private readonly size: number;

  constructor(options: JudgePoolOptions = {}) {
    this.maxQueued = options.maxQueued ?? 1024;
    this.maxQueuedPerKey = options.maxQueuedPerKey ?? 256;
    this.graceMs = options.graceMs ?? 1000;
    this.startupMs = options.startupMs ?? 60_000;
    // One more than the cores: a source using all but one of them (a long submission, a
    // flood) leaves a worker free for everyone else, and a lone user keeps one per core.
    this.size = options.size ?? availableParallelism() + 1;
    this.maxWorkersPerKey = options.maxWorkersPerKey ?? Math.max(1, this.size - 1);
  }

  /**
   * Runs a job. `signal` cancels it, queued or running (a running one costs its worker,
   * which is replaced). `withdraw` only takes it out of the queue if it has not started: a
   * started job runs to its own deadline, and its worker stays.
   */
  run(job: JudgeJob, signal?: AbortSignal, withdraw?: AbortSignal): Promise<ProgramResult> {
    if (this.closed) return Promise.reject(new DryRunError('INTERNAL', 'The judge is shutting down.'));
    if (withdraw?.aborted) return Promise.reject(abortError());
    // Workers start with the first job: a server that never judges never pays for them.
    if (this.slots.length === 0) for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
    if (signal?.aborted) return Promise.reject(abortError());
    if (this.queued >= this.maxQueued || (this.queues.get(job.key)?.length ?? 0) >= this.maxQueuedPerKey) {
      return Promise.reject(new DryRunError('RATE_LIMITED', 'The judge is busy; try again in a moment.'));
    }
    return new Promise<ProgramResult>((resolve, reject) => {
      const id = this.nextId++;
      const pending: Pending = {
        id,
        job,
        request: {
          id,
          source: job.source,
          language: job.language ?? 'javascript',
          limits: { ...DEFAULT_LIMITS, ...job.limits },
          seed: job.seed ?? 1,
          fileName: job.fileName ?? (job.language === 'typescript' ? 'main.ts' : 'main.js'),
          ...(job.call ? { call: job.call } : {}),
          ...(job.harness ? { harness: job.harness } : {}),
          ...(job.onOutput ? { stream: true } : {}),
        },
        resolve,
        reject,
        signal,
        onAbort: undefined,
        startedAt: 0,
      };
      if (signal) {
        pending.onAbort = () => this.cancel(pending);
        signal.addEventListener('abort', pending.onAbort, { once: true });
      }
      withdraw?.addEventListener('abort', () => this.unqueue(pending), { once: true });
      const queue = this.queues.get(job.key) ?? [];
      queue.push(pending);
      this.queues.set(job.key, queue);
      this.queued++;
      this.dispatch();
    });
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY);
    const slot: Slot = { worker, ready: Promise.resolve(), job: undefined, watchdog: undefined };
    // A worker that never says it is ready would hold its job for ever: it is replaced.
    const startup = setTimeout(() => this.replace(slot, 'The sandbox did not start.'), this.startupMs);
    startup.unref();
    slot.ready = new Promise<void>((resolve) => {
      worker.once('message', () => {
        clearTimeout(startup);
        resolve();
      });
    });
    worker.on('message', (message: JobResponse | JobOutput | { ready: true }) => {
      if (!('id' in message)) return;
      const pending = slot.job;
      if (!pending || pending.id !== message.id) return;
      if ('output' in message) {
        try {
          pending.job.onOutput?.(message.output);
        } catch {
          // A listener's failure must not cost the run.
        }
        return;
      }
      this.settle(slot, () => pending.resolve(message.result));
    });
    worker.on('error', () => this.replace(slot, 'The sandbox crashed.'));
    worker.on('exit', () => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, 'The sandbox stopped.');
    });
    // An idle worker does not keep the process alive; one with a job does (see dispatch).
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queued === 0) continue;
      const pending = this.takeNext();
      if (!pending) return;
      slot.job = pending;
      slot.worker.ref();
      const { timeoutMs } = pending.request.limits;
      void slot.ready.then(() => {
        if (slot.job !== pending) return;
        slot.worker.postMessage(pending.request);
        pending.startedAt = performance.now();
        // From when the worker has the job (a fresh worker takes a while to start on a busy
        // machine): the sandbox stops itself at its deadline, so silence past it means a
        // stuck native call.
        slot.watchdog = setTimeout(() => {
          const stuck = slot.job;
          this.replace(slot, null);
          stuck?.resolve(stuckResult(timeoutMs));
        }, timeoutMs + this.graceMs);
      });
    }
  }

  private takeNext(): Pending | undefined {
    const busy = new Map<string, number>();
    for (const { job } of this.slots) if (job) busy.set(job.job.key, (busy.get(job.job.key) ?? 0) + 1);
    const eligible = [...this.queues.keys()].filter(
      (key) => (this.queues.get(key)?.length ?? 0) > 0 && (busy.get(key) ?? 0) < this.maxWorkersPerKey,
    );
    const chosen = this.share.pick(eligible);
    if (chosen === undefined) return undefined;
    const queue = this.queues.get(chosen) ?? [];
    const pending = queue.shift();
    if (queue.length === 0) this.queues.delete(chosen);
    if (this.queues.size === 0) this.share.prune((key) => busy.has(key));
    if (pending) this.queued--;
    return pending;
  }

  private settle(slot: Slot, finish: () => void): void {
    clearTimeout(slot.watchdog);
    const pending = slot.job;
    slot.job = undefined;
    slot.worker.unref();
    if (pending) this.charge(pending);
    if (pending?.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    finish();
    this.dispatch();
  }

  /** Charges a job's worker time (from when its worker got it) to its key. */
  private charge(pending: Pending): void {
    if (pending.startedAt > 0) this.share.charge(pending.job.key, performance.now() - pending.startedAt);
  }

  /** Takes a job out of its queue if it is still there; true if it was. */
  private unqueue(pending: Pending): boolean {
    const queue = this.queues.get(pending.job.key);
    const index = queue?.indexOf(pending) ?? -1;
    if (!queue || index < 0) return false;
    queue.splice(index, 1);
    if (queue.length === 0) this.queues.delete(pending.job.key);
    this.queued--;
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    pending.reject(abortError());
    return true;
  }

  private cancel(pending: Pending): void {
    if (this.unqueue(pending)) return;
    const slot = this.slots.find((s) => s.job === pending);
    if (slot) {
      this.replace(slot, null);
      pending.reject(abortError());
    }
  }

  /** Terminates a slot's worker and starts a fresh one; its job (if any) fails with `message`. */
  private replace(slot: Slot, message: string | null): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    clearTimeout(slot.watchdog);
    const pending = slot.job;
    slot.job = undefined;
    if (pending) this.charge(pending);
    if (pending?.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots.push(this.spawn());
    if (pending && message !== null) pending.resolve(crashResult(message));
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const queue of this.queues.values()) {
      for (const pending of queue) pending.reject(new DryRunError('INTERNAL', 'The judge is shutting down.'));
    }
    this.queues.clear();
    this.queued = 0;
    await Promise.all(
      this.slots.map((slot) => {
        clearTimeout(slot.watchdog);
        slot.job?.reject(new DryRunError('INTERNAL', 'The judge is shutting down.'));
        return slot.worker.terminate();
      }),
    );
    this.slots.length = 0;
  }
}

function abortError(): Error {
  return Object.assign(new Error('The run was cancelled.'), { name: 'AbortError' });
}

function stuckResult(timeoutMs: number): ProgramResult {
  return {
    verdict: 'time_limit',
    stdout: '',
    error: null,
    limitMessage: `stopped after ${formatLimitMs(timeoutMs)}`,
    timeMs: timeoutMs,
    steps: 0,
    interrupts: 0,
  };
}

function crashResult(message: string): ProgramResult {
  return {
    verdict: 'runtime_error',
    stdout: '',
    error: { name: 'InternalError', message, line: null, column: null },
    limitMessage: null,
    timeMs: 0,
    steps: 0,
    interrupts: 0,
  };
}
