import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DryRunError, type Language } from '@dryrun/shared';
import { DEFAULT_LIMITS, formatLimitMs, type SandboxLimits } from './limits.ts';
import type { JobOutput, JobRequest, JobResponse } from './poolMessages.ts';
import type { EntryCall, ProgramResult } from './sandbox.ts';

export interface JudgeJob {
  /** Who the job is for (a room): queued jobs are taken from each key in turn. */
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
  /** Worker threads; default one per core. */
  size?: number;
  /** Jobs waiting across all keys before new ones are refused with RATE_LIMITED. */
  maxQueued?: number;
  /** How long past a job's own deadline a worker may stay silent before it is replaced. */
  graceMs?: number;
}

interface Pending {
  id: number;
  job: JudgeJob;
  request: JobRequest;
  resolve(result: ProgramResult): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
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
 * them and a crashing sandbox takes down only its own thread. Queued jobs are served
 * round-robin across keys (rooms), so one busy room cannot starve the others; the queue
 * is bounded; a job can be cancelled; a worker that outlives its job's deadline, or dies,
 * is replaced.
 */
export class JudgePool {
  private readonly slots: Slot[] = [];
  private readonly queues = new Map<string, Pending[]>();
  /** When each key was last served: the next job comes from the key served longest ago. */
  private readonly lastServed = new Map<string, number>();
  private served = 0;
  private nextId = 1;
  private queued = 0;
  private closed = false;
  private readonly maxQueued: number;
  private readonly graceMs: number;
  private readonly size: number;

  constructor(options: JudgePoolOptions = {}) {
    this.maxQueued = options.maxQueued ?? 1024;
    this.graceMs = options.graceMs ?? 1000;
    this.size = options.size ?? availableParallelism();
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
    if (this.queued >= this.maxQueued) {
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
    slot.ready = new Promise<void>((resolve) => {
      worker.once('message', () => resolve());
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
    // A worker should never keep the process alive on its own.
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queued === 0) continue;
      const pending = this.takeNext();
      if (!pending) return;
      slot.job = pending;
      const { timeoutMs } = pending.request.limits;
      slot.watchdog = setTimeout(() => {
        // The sandbox stops itself at its deadline; silence past it means a stuck native call.
        const stuck = slot.job;
        this.replace(slot, null);
        stuck?.resolve(stuckResult(timeoutMs));
      }, timeoutMs + this.graceMs);
      void slot.ready.then(() => {
        if (slot.job === pending) slot.worker.postMessage(pending.request);
      });
    }
  }

  private takeNext(): Pending | undefined {
    let chosen: string | undefined;
    let oldest = Number.POSITIVE_INFINITY;
    for (const [key, queue] of this.queues) {
      if (queue.length === 0) continue;
      const at = this.lastServed.get(key) ?? -1;
      if (at < oldest) {
        oldest = at;
        chosen = key;
      }
    }
    if (chosen === undefined) return undefined;
    const queue = this.queues.get(chosen) ?? [];
    const pending = queue.shift();
    if (queue.length === 0) this.queues.delete(chosen);
    this.lastServed.set(chosen, this.served++);
    if (this.lastServed.size > 4096) {
      // Forget rooms with nothing queued; they start from the front again, which is fair.
      for (const key of this.lastServed.keys()) if (!this.queues.has(key)) this.lastServed.delete(key);
    }
    if (pending) this.queued--;
    return pending;
  }

  private settle(slot: Slot, finish: () => void): void {
    clearTimeout(slot.watchdog);
    const pending = slot.job;
    slot.job = undefined;
    if (pending?.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    finish();
    this.dispatch();
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
