/**
 * Reads a process's CPU time and memory from Linux's /proc, so the benchmark can measure
 * the server from outside without instrumenting it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (almost always 100 on Linux). */
const CLOCK_TICKS = (() => {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system, all threads) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may contain spaces: split after it.
  // What follows starts at field 3 (state); utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

export interface MemorySample {
  /** Resident set size now, in KiB. */
  rssKb: number;
  /** Peak resident set size so far, in KiB. */
  peakRssKb: number;
}

export function memory(pid: number): MemorySample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match?.[1]) throw new Error(`/proc/${pid}/status has no ${name}`);
    return Number(match[1]);
  };
  return { rssKb: field('VmRSS'), peakRssKb: field('VmHWM') };
}

/** A CPU reading to diff against a later one. */
export interface CpuMark {
  cpu: number;
  wall: number;
}

export function markCpu(pid: number): CpuMark {
  return { cpu: cpuSeconds(pid), wall: performance.now() };
}

/** CPU used between two marks, as a percentage of one core. */
export function cpuPercent(from: CpuMark, to: CpuMark): number {
  return (100 * (to.cpu - from.cpu)) / ((to.wall - from.wall) / 1000);
}

/** Pids of this process's direct children whose command line contains `needle`. */
export function ownChildren(needle: string): number[] {
  const found: number[] = [];
  let entries: string[];
  try {
    entries = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/);
  } catch {
    return found;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle)) found.push(pid);
    } catch {
      // Already gone.
    }
  }
  return found;
}

/** CPU seconds the whole machine has spent busy (all cores, all processes) since boot. */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  // cpu  user nice system idle iowait irq softirq steal ...
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / CLOCK_TICKS;
}
