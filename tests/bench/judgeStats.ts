/** How `pnpm bench:judge` turns samples into figures: latency distributions and CPU shares. */
import { cpuSeconds, machineBusySeconds } from './procStats.ts';
import { percentile, round } from './report.ts';

/** A latency distribution, in milliseconds. */
export interface Distribution {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function distribution(samples: readonly number[], digits = 2): Distribution {
  const sorted = Float64Array.from(samples).sort();
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50), digits),
    p90: round(percentile(sorted, 90), digits),
    p99: round(percentile(sorted, 99), digits),
    max: round(sorted[sorted.length - 1] ?? Number.NaN, digits),
    mean: round(mean, digits),
  };
}

/** Who used the CPU during a measurement, in % of one core. */
export interface CpuShare {
  /** This process: the bench, and the judge's worker threads and server when in process. */
  ownPercent: number;
  /** Every other process on the machine: high values mean a contaminated run. */
  otherPercent: number;
}

/** Starts watching the CPU; the returned function reads the share since then. */
export function cpuWindow(): () => CpuShare {
  const from = { own: cpuSeconds(process.pid), machine: machineBusySeconds(), wall: performance.now() };
  return () => {
    const seconds = (performance.now() - from.wall) / 1000;
    const own = (100 * (cpuSeconds(process.pid) - from.own)) / seconds;
    const machine = (100 * (machineBusySeconds() - from.machine)) / seconds;
    return { ownPercent: round(own), otherPercent: round(Math.max(0, machine - own)) };
  };
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Rejects with a clear message when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
