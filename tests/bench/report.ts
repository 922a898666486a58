/** The figures `pnpm bench:sync` reports, and how it prints them. */
import type { ClientResult } from './messages.ts';

/** Targets this benchmark reports against. */
export const TARGET_P99_MS = 50;
export const TARGET_P99_AT_ROOMS = 250;
export const TARGET_KB_PER_ROOM = 256;

/** The server's process.memoryUsage() after a GC, in bytes (written by serverHooks.mjs). */
export interface V8Memory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export interface Report {
  rooms: number;
  clients: number;
  seconds: number;
  warmupSeconds: number;
  keysPerSecond: number;
  cursorFramesPerKeystroke: number;
  storage: 'pglite' | 'postgres';
  /** The server code measured: commit, and whether server/ or shared/ had uncommitted changes. */
  serverTree: string;
  flushIntervalMs: 'server default';
  clientProcesses: number;
  /** Server pinned to CPU 0, clients to the other CPUs (--pin). */
  pinned: boolean;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Latency by when the keystroke was typed, in 5 s slices of the window: growing = a queue building up. */
  latencyBySlice: Array<{ fromS: number; p50: number; p99: number }>;
  keystrokes: { measured: number; delivered: number; undelivered: number; perSecond: number };
  server: {
    pid: number;
    cpuPercentOfOneCore: number;
    /** After a full GC, before any room exists. */
    rssIdleKb: number;
    /** Raw, at the end of the measured window (all rooms typing). */
    rssActiveKb: number;
    /** After a full GC once typing stopped, all rooms still loaded and connected. */
    rssActiveAfterGcKb: number;
    /** Over the whole run, start-up included (PGlite boots at ~900 MB). */
    peakRssKb: number;
    /** (rssActiveKb - rssIdleKb) / rooms. */
    kbPerActiveRoom: number;
    /** (rssActiveAfterGcKb - rssIdleKb) / rooms: retained, garbage excluded. */
    liveKbPerActiveRoom: number;
    /** process.memoryUsage() in KiB, idle (after GC) and active (typing just stopped, before and after GC). */
    v8Idle: V8Memory | null;
    v8ActiveBeforeGc: V8Memory | null;
    v8ActiveAfterGc: V8Memory | null;
    pendingUpdatesAtEnd: number | null;
  };
  clientSide: {
    cpuPercentOfOneCore: number;
    eventLoopUtilizationMax: number;
    timerLateP99Ms: number;
    timerLateMaxMs: number;
    rejections: Record<string, number>;
    disconnects: number;
  };
  /** The whole machine during the window: other processes' CPU means a contaminated run. */
  machine: { cores: number; busyPercentOfOneCore: number; otherProcessesPercentOfOneCore: number };
  targets: {
    p99Under50msAt250Rooms: boolean | null;
    kbPerRoomAtMost256: boolean;
  };
}

export const SLICE_MS = 5000;

export function latencySlices(parts: ClientResult[], measureMs: number): Report['latencyBySlice'] {
  const count = Math.max(1, Math.ceil(measureMs / SLICE_MS));
  const buckets: number[][] = Array.from({ length: count }, () => []);
  for (const part of parts) {
    part.latenciesMs.forEach((latency, i) => {
      const slice = Math.min(count - 1, Math.max(0, Math.floor((part.sentAtMs[i] ?? 0) / SLICE_MS)));
      buckets[slice]?.push(latency);
    });
  }
  return buckets.map((bucket, i) => {
    const sorted = Float64Array.from(bucket).sort();
    return {
      fromS: (i * SLICE_MS) / 1000,
      p50: round(percentile(sorted, 50), 1),
      p99: round(percentile(sorted, 99), 1),
    };
  });
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function kib(usage: V8Memory | null): V8Memory | null {
  if (!usage) return null;
  const k = (bytes: number) => Math.round(bytes / 1024);
  return {
    rss: k(usage.rss),
    heapTotal: k(usage.heapTotal),
    heapUsed: k(usage.heapUsed),
    external: k(usage.external),
    arrayBuffers: k(usage.arrayBuffers),
  };
}

export function printReport(r: Report): void {
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const rows: Array<[string, string] | string> = [
    `DryRun sync benchmark: ${r.rooms} rooms × 2 clients, ${r.keysPerSecond} keys/s each ` +
      `(+${r.cursorFramesPerKeystroke} cursor frames/key), ${r.seconds} s measured after ${r.warmupSeconds} s warm-up`,
    `storage ${r.storage}, FLUSH_INTERVAL_MS ${r.flushIntervalMs}, ${r.clientProcesses} client process(es)${r.pinned ? ' pinned to their own CPUs' : ''}, server code ${r.serverTree}`,
    '',
    'Keystroke → peer latency',
    ['p50', ms(r.latencyMs.p50)],
    ['p90', ms(r.latencyMs.p90)],
    ['p99', ms(r.latencyMs.p99)],
    ['max', ms(r.latencyMs.max)],
    ['mean', ms(r.latencyMs.mean)],
    ['p50 / p99 by 5 s slice', r.latencyBySlice.map((x) => `${x.p50.toFixed(0)}/${x.p99.toFixed(0)}`).join('  ')],
    ['keystrokes measured', String(r.keystrokes.measured)],
    ['never delivered', String(r.keystrokes.undelivered)],
    ['keystrokes / s (all rooms)', String(round(r.keystrokes.perSecond, 0))],
    '',
    `Server process (pid ${r.server.pid})`,
    ['CPU during window', `${r.server.cpuPercentOfOneCore.toFixed(1)} % of one core`],
    ['RSS idle (no rooms, after GC)', mb(r.server.rssIdleKb)],
    ['RSS active (end of window)', mb(r.server.rssActiveKb)],
    ['RSS active after GC', mb(r.server.rssActiveAfterGcKb)],
    ['peak RSS (start-up included)', mb(r.server.peakRssKb)],
    ['V8 heap total / used / external', ''],
    ...(
      [
        ['idle, after GC', r.server.v8Idle],
        ['active, typing just stopped', r.server.v8ActiveBeforeGc],
        ['active, after GC', r.server.v8ActiveAfterGc],
      ] as const
    ).map(([label, v]): [string, string] => [
      `  ${label}`,
      v ? `${mb(v.heapTotal)} / ${mb(v.heapUsed)} / ${mb(v.external)}` : 'n/a',
    ]),
    ['memory per active room', `${r.server.kbPerActiveRoom.toFixed(0)} KB`],
    ['  of which retained (after GC)', `${r.server.liveKbPerActiveRoom.toFixed(0)} KB`],
    ['updates not yet stored at end', String(r.server.pendingUpdatesAtEnd ?? 'n/a')],
    '',
    'Client side (load generator; high values mean the clients, not the server, limited the run)',
    ['CPU during window', `${r.clientSide.cpuPercentOfOneCore.toFixed(1)} % of one core`],
    ['event-loop utilisation (max)', r.clientSide.eventLoopUtilizationMax.toFixed(2)],
    ['keystroke timer late p99 / max', `${ms(r.clientSide.timerLateP99Ms)} / ${ms(r.clientSide.timerLateMaxMs)}`],
    [
      'rejections',
      Object.entries(r.clientSide.rejections)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ') || 'none',
    ],
    ['disconnects', String(r.clientSide.disconnects)],
    '',
    `Machine (${r.machine.cores} cores)`,
    ['busy during window', `${r.machine.busyPercentOfOneCore.toFixed(1)} % of one core`],
    [
      'of which other processes',
      `${r.machine.otherProcessesPercentOfOneCore.toFixed(1)} %${r.machine.otherProcessesPercentOfOneCore > 10 ? '  (contaminated run: other load on the machine)' : ''}`,
    ],
    '',
    'Targets',
    [
      `p99 < ${TARGET_P99_MS} ms at ${TARGET_P99_AT_ROOMS} rooms`,
      r.targets.p99Under50msAt250Rooms === null
        ? `n/a: this run has ${r.rooms} rooms`
        : r.targets.p99Under50msAt250Rooms
          ? 'met'
          : 'MISSED',
    ],
    [`≤ ${TARGET_KB_PER_ROOM} KB per active room`, r.targets.kbPerRoomAtMost256 ? 'met' : 'MISSED'],
  ];
  for (const row of rows) {
    console.log(typeof row === 'string' ? row : `  ${row[0].padEnd(34)} ${row[1]}`);
  }
}
