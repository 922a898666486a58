/**
 * `pnpm bench:sync`: how fast and how heavy live sync is under many typing rooms.
 *
 * Starts the real server as its own process (persistence on: embedded PGlite under a temp
 * DATA_DIR, or PostgreSQL with --postgres; default FLUSH_INTERVAL_MS), creates R rooms over
 * HTTP, connects an interviewer and a candidate per room, and has every client type 5
 * characters a second into the room's code, with a cursor (awareness) update per keystroke
 * as the real editor sends. After a warm-up it measures, for a fixed window:
 *
 * - keystroke-to-peer latency: from a client's local insert until the other client of the
 *   room has applied it (its state vector covers the keystroke's clock);
 * - the server's CPU (utime + stime from /proc, all threads, as % of one core) and its
 *   RSS at idle (before any room exists, after full GCs: see serverHooks.mjs) and at the
 *   end of the window with every room active, hence memory per active room; also the RSS
 *   after GC with the rooms still loaded (what the server retains) and V8's heap figures.
 *
 * Clients run in forked client processes (clients.ts), not in this one. Why processes:
 * worker_threads cannot load .ts entry points under `--import tsx` on Node 20, and a
 * separate process lets us read the clients' own CPU from /proc. How many: the load
 * generator costs about as much CPU as the server (both ends run socket.io and Yjs for
 * every frame, and the server fans out to one peer only), and this machine has 2 cores,
 * so the choice is about who waits for a core. Measured (30 s runs):
 * - ≤ 100 rooms: one process, far from busy (event-loop utilisation < 0.2).
 * - 101-300 rooms: two. At 250 rooms one process ran at utilisation ~0.6 and its own
 *   stalls (keystroke timers 19-33 ms late at p99) inflated the p99 it reported (39-54
 *   ms); two at ~0.3 each cut timer lateness to 7-9 ms and p99 to 34-37 ms, with the
 *   machine at ~130 % of 200 %, so the server was not squeezed.
 * - > 300 rooms: one again. At 500 rooms the server alone needs more than a core (its
 *   main thread is busy ~98 % of the time), so no layout is clean on 2 cores. Two client
 *   processes took ~1 core and squeezed the server to 90 % (p50 450 ms); one saturates
 *   itself (utilisation ~0.95) but leaves the server its full core (100 %, p50 220-240
 *   ms), which is the better picture of the server.
 * --client-procs N overrides; --pin puts the server on CPU 0 and the clients on the rest
 * (worse: the server's GC threads then compete with its main thread; p99 136 ms at 250).
 * The report prints the client side's CPU, event-loop utilisation and timer lateness, and
 * other processes' CPU on the machine, so a reader can tell a client-bound or contaminated
 * run from a server-bound one; latency by 5 s slice shows whether a queue was building.
 *
 *   pnpm bench:sync -- --rooms 250 --seconds 30 [--warmup 5] [--json] [--postgres <url>]
 *     [--client-procs N] [--pin] [--cursor-frames 1|2] [--keys-per-second 5]
 *     [--server-cpu-profile /tmp/prof] [--client-cpu-profile /tmp/cprof]
 *     [--server-node-options="--max-semi-space-size=32"]
 *
 * Env: BENCH_ROOMS, BENCH_SECONDS. `pnpm -s` keeps pnpm's banner out of --json output.
 * Only 127.0.0.1 (and the given PostgreSQL) is contacted. Everything is bounded by a
 * budget timer; clients and server are stopped and the temp dir removed on any exit path.
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateRoomResponse } from '@dryrun/shared';
import { type ServerProcess, startServerProcess } from '../support/serverProcess.ts';
import type { TestStorage } from '../support/storage.ts';
import { benchArgs, numberOption } from './benchArgs.ts';
import type { BenchRoom, ClientResult, FromClients, ToClients } from './messages.ts';
import { type CpuMark, cpuPercent, cpuSeconds, machineBusySeconds, markCpu, memory, ownChildren } from './procStats.ts';
import {
  kib,
  latencySlices,
  percentile,
  printReport,
  type Report,
  round,
  TARGET_KB_PER_ROOM,
  TARGET_P99_AT_ROOMS,
  TARGET_P99_MS,
  type V8Memory,
} from './report.ts';

const testsDir = fileURLToPath(new URL('..', import.meta.url));
const clientsEntry = fileURLToPath(new URL('./clients.ts', import.meta.url));

/** Preloaded into the server: full GC on SIGUSR2, optional CPU profile (see the file). */
const serverHooks = fileURLToPath(new URL('./serverHooks.mjs', import.meta.url));

interface Options {
  rooms: number;
  seconds: number;
  warmupSeconds: number;
  drainSeconds: number;
  keysPerSecond: number;
  cursorFrames: 1 | 2;
  clientProcs: number;
  json: boolean;
  pin: boolean;
  postgresUrl: string | undefined;
  serverNodeOptions: string | undefined;
  serverCpuProfileDir: string | undefined;
  clientCpuProfileDir: string | undefined;
}

/** Why these numbers: see the header comment. */
function defaultClientProcs(rooms: number): number {
  return rooms > 100 && rooms <= 300 ? 2 : 1;
}

function parseOptions(argv: string[]): Options {
  const values = benchArgs(argv, {
    rooms: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    drain: { type: 'string' },
    'keys-per-second': { type: 'string' },
    'cursor-frames': { type: 'string' },
    'client-procs': { type: 'string' },
    json: { type: 'boolean' },
    pin: { type: 'boolean' },
    postgres: { type: 'string' },
    'server-node-options': { type: 'string' },
    'server-cpu-profile': { type: 'string' },
    'client-cpu-profile': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(
      'usage: pnpm bench:sync -- [--rooms 50] [--seconds 30] [--warmup 5] [--drain 10] [--keys-per-second 5]\n' +
        '         [--cursor-frames 1] [--client-procs 1|2 (auto)] [--pin] [--json] [--postgres <url>]\n' +
        '         [--server-cpu-profile <dir>] [--client-cpu-profile <dir>] [--server-node-options=<NODE_OPTIONS flags>]',
    );
    process.exit(0);
  }
  const rooms = Math.round(numberOption(values.rooms ?? process.env.BENCH_ROOMS, 50, 'rooms', 1, 5000, false));
  const cursorFrames = numberOption(values['cursor-frames'], 1, 'cursor-frames', 1, 2, false) === 1 ? 1 : 2;
  return {
    rooms,
    seconds: numberOption(values.seconds ?? process.env.BENCH_SECONDS, 30, 'seconds', 1, 3600, false),
    warmupSeconds: numberOption(values.warmup, 5, 'warmup', 0, 600, false),
    drainSeconds: numberOption(values.drain, 10, 'drain', 1, 120, false),
    keysPerSecond: numberOption(values['keys-per-second'], 5, 'keys-per-second', 0.1, 50, false),
    cursorFrames,
    clientProcs: Math.round(
      numberOption(values['client-procs'], defaultClientProcs(rooms), 'client-procs', 1, Math.min(16, rooms), false),
    ),
    json: values.json ?? false,
    pin: values.pin ?? false,
    postgresUrl: values.postgres,
    serverNodeOptions: values['server-node-options'] ?? process.env.BENCH_SERVER_NODE_OPTIONS,
    serverCpuProfileDir: values['server-cpu-profile'] ? resolve(values['server-cpu-profile']) : undefined,
    clientCpuProfileDir: values['client-cpu-profile'] ? resolve(values['client-cpu-profile']) : undefined,
  };
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs `task` over `items` with at most `concurrency` in flight. */
async function pool<T, R>(items: readonly T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Pins every thread of a process to `cpus` (taskset list syntax). */
function pin(pid: number, cpus: string): void {
  execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', cpus, String(pid)], { stdio: 'ignore' });
}

function serverTree(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: testsDir, encoding: 'utf8' }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', '../server', '../shared').split('\n').filter(Boolean).length;
    return dirty > 0 ? `${head} + ${dirty} uncommitted file(s) in server/ or shared/` : head;
  } catch {
    return 'unknown';
  }
}

async function createRoom(url: string, n: number): Promise<BenchRoom> {
  const response = await fetch(`${url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: `Bench room ${n}` }),
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status !== 201) throw new Error(`POST /api/rooms answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as CreateRoomResponse;
  const token = (link: string) => {
    const value = new URL(link).searchParams.get('token');
    if (!value) throw new Error(`room link without a token: ${link}`);
    return value;
  };
  return { id: body.id, interviewerToken: token(body.links.interviewer), candidateToken: token(body.links.candidate) };
}

/** A forked client process and a way to await its next message of a given type. */
class ClientProc {
  readonly child: ChildProcess;
  private readonly inbox: FromClients[] = [];
  private readonly waiters = new Set<() => void>();
  private failure: Error | undefined;
  readonly exited: Promise<void>;

  constructor(profileDir: string | undefined) {
    this.child = fork(clientsEntry, [], {
      cwd: testsDir,
      execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: FromClients) => {
      if (message.type === 'fatal') this.failure = new Error(`client process failed: ${message.message}`);
      else this.inbox.push(message);
      this.wake();
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    void this.exited.then(() => {
      this.failure ??= new Error('a client process exited early');
      this.wake();
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter();
  }

  send(message: ToClients): void {
    if (this.child.connected) this.child.send(message);
  }

  next<K extends FromClients['type']>(type: K): Promise<Extract<FromClients, { type: K }>> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const index = this.inbox.findIndex((m) => m.type === type);
        if (index >= 0) {
          this.waiters.delete(check);
          resolve(this.inbox.splice(index, 1)[0] as Extract<FromClients, { type: K }>);
        } else if (this.failure) {
          this.waiters.delete(check);
          reject(this.failure);
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.send({ type: 'close' });
      await Promise.race([this.exited, delay(3000)]);
    }
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await Promise.race([this.exited, delay(2000)]);
    }
  }
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)} (see --help)`);
    return 2;
  }
  const log = (line: string) => {
    if (!options.json) console.error(`bench: ${line}`);
  };
  const measureMs = options.seconds * 1000;
  const warmupMs = options.warmupSeconds * 1000;
  const drainMs = options.drainSeconds * 1000;
  // Everything is bounded: setup scales with the number of rooms, then the fixed phases.
  const budgetMs = 180_000 + options.rooms * 200 + warmupMs + measureMs + drainMs + 30_000;

  const dataDir = mkdtempSync(join(tmpdir(), 'dryrun-bench-'));
  const procs: ClientProc[] = [];
  let server: ServerProcess | undefined;
  let shuttingDown: Promise<void> | undefined;
  let cleanedUp = false;

  const shutdown = () => {
    shuttingDown ??= (async () => {
      await Promise.all(procs.map((p) => p.stop()));
      if (server) {
        const s = server;
        // SIGTERM lets the server write out pending edits; SIGKILL if it hangs.
        await Promise.race([s.kill('SIGTERM'), delay(15_000)]);
        await Promise.race([s.kill('SIGKILL'), delay(5000)]);
      } else {
        // startServerProcess failed (or we were interrupted) before it gave us a handle.
        for (const pid of ownChildren('src/main.ts')) process.kill(pid, 'SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
      cleanedUp = true;
    })();
    return shuttingDown;
  };
  // Last resort when the process leaves without going through shutdown().
  process.once('exit', () => {
    if (cleanedUp) return;
    for (const pid of [server?.pid, ...procs.map((p) => p.pid)]) {
      try {
        if (pid && pid > 0) process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`bench: ${signal}, cleaning up`);
      void shutdown().finally(() => process.exit(130));
    });
  }

  let hardTimer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    hardTimer = setTimeout(
      () => reject(new Error(`benchmark exceeded its ${Math.round(budgetMs / 1000)} s budget`)),
      budgetMs,
    );
  });

  const run = async (): Promise<Report> => {
    log(`starting server (${options.postgresUrl ? 'PostgreSQL' : `PGlite in ${dataDir}`})`);
    const storage: TestStorage = {
      backend: options.postgresUrl ? 'postgres' : 'pglite',
      dataDir,
      databaseUrl: options.postgresUrl,
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
    const env: Record<string, string> = {
      LOG_LEVEL: 'warn',
      // serverProcess.ts sets 20 ms for tests; an empty value means the server's default.
      FLUSH_INTERVAL_MS: '',
    };
    // The server's idle RSS holds ~350 MB of start-up garbage (PGlite's boot buffers) that an
    // idle process never collects: without a GC first, the per-room figure is meaningless.
    env.NODE_OPTIONS = [
      process.env.NODE_OPTIONS,
      `--expose-gc --import ${JSON.stringify(serverHooks)}`,
      options.serverNodeOptions,
    ]
      .filter(Boolean)
      .join(' ');
    if (options.serverCpuProfileDir) env.BENCH_CPU_PROFILE_DIR = options.serverCpuProfileDir;
    const memoryFile = join(dataDir, 'memory-usage.json');
    env.BENCH_MEMORY_FILE = memoryFile;
    server = await startServerProcess(storage, 0, env);
    const { url, pid } = server;
    if (new URL(url).hostname !== '127.0.0.1') throw new Error(`server is not on 127.0.0.1: ${url}`);

    /**
     * RSS once the server has dropped its garbage: full GCs a second apart until RSS holds
     * within 1 MB for 8 s running, or `maxMs` passes. (Freed WASM instances need a second
     * GC, and V8 hands heap pages back to the OS in steps about 5 s apart: an idle server
     * goes ~900 → ~480 → ~445 → ~400 MB over 16 s.)
     */
    const collectedMemory = async (maxMs: number) => {
      const readUsage = () => {
        try {
          return JSON.parse(readFileSync(memoryFile, 'utf8')) as { beforeGc: V8Memory; afterGc: V8Memory };
        } catch {
          return null; // The hook did not answer; the RSS figures stand on their own.
        }
      };
      const until = performance.now() + maxMs;
      let last = memory(pid);
      let steady = 0;
      let first: V8Memory | null | undefined;
      while (steady < 8 && performance.now() < until) {
        process.kill(pid, 'SIGUSR2');
        await delay(1000);
        first ??= readUsage()?.beforeGc ?? null;
        const now = memory(pid);
        steady = Math.abs(now.rssKb - last.rssKb) < 1024 ? steady + 1 : 0;
        last = now;
      }
      return { ...last, beforeGc: first ?? null, afterGc: readUsage()?.afterGc ?? null };
    };
    // Idle: started, migrated, no room yet; start-up garbage dropped.
    await delay(1000);
    const idle = await collectedMemory(45_000);
    log(`server pid ${pid} at ${url}, idle RSS ${(idle.rssKb / 1024).toFixed(1)} MB`);

    const createStarted = performance.now();
    const rooms = await pool(
      Array.from({ length: options.rooms }, (_, i) => i),
      16,
      (i) => createRoom(url, i),
    );
    log(`created ${rooms.length} rooms in ${Math.round(performance.now() - createStarted)} ms`);

    for (let i = 0; i < options.clientProcs; i++) procs.push(new ClientProc(options.clientCpuProfileDir));
    if (options.pin) {
      // Server threads on CPU 0, load generator on the others: no contention between them.
      const last = availableParallelism() - 1;
      pin(pid, '0');
      for (const proc of procs) pin(proc.pid, last > 0 ? `1-${last}` : '0');
      log(`pinned the server to CPU 0 and the clients to CPU ${last > 0 ? `1-${last}` : '0'}`);
    }
    const connectStarted = performance.now();
    procs.forEach((proc, i) => {
      proc.send({
        type: 'init',
        url,
        rooms: rooms.filter((_, n) => n % procs.length === i),
        cursorFrames: options.cursorFrames,
        connectConcurrency: 25,
      });
    });
    const connected = await withTimeout(
      Promise.all(procs.map((p) => p.next('connected'))),
      30_000 + options.rooms * 150,
      'connecting the clients',
    );
    const clients = connected.reduce((n, c) => n + c.peers, 0);
    log(`connected ${clients} clients in ${Math.round(performance.now() - connectStarted)} ms`);

    const startAtEpochMs = Date.now() + 1500;
    for (const proc of procs) {
      proc.send({
        type: 'start',
        startAtEpochMs,
        warmupMs,
        measureMs,
        drainMs,
        keysPerSecond: options.keysPerSecond,
      });
    }
    log(`typing: ${options.warmupSeconds} s warm-up, then ${options.seconds} s measured`);
    const results = Promise.all(procs.map((p) => p.next('result')));
    // Errors surface through `results`; the sampling below must not outlive a failure.
    results.catch(() => {});

    await Promise.race([delay(startAtEpochMs + warmupMs - Date.now()), results]);
    const serverFrom = markCpu(pid);
    const clientsFrom: CpuMark[] = procs.map((p) => markCpu(p.pid));
    const selfFrom = { cpu: cpuSeconds(process.pid), wall: serverFrom.wall };
    const machineFrom = { cpu: machineBusySeconds(), wall: serverFrom.wall };
    await Promise.race([delay(startAtEpochMs + warmupMs + measureMs - Date.now()), results]);
    const serverTo = markCpu(pid);
    const clientsTo: CpuMark[] = procs.map((p) => markCpu(p.pid));
    const selfTo = { cpu: cpuSeconds(process.pid), wall: serverTo.wall };
    const machineTo = { cpu: machineBusySeconds(), wall: serverTo.wall };
    const active = memory(pid);
    let pendingUpdatesAtEnd: number | null = null;
    try {
      pendingUpdatesAtEnd = await withTimeout(server.pendingUpdates(), 5000, 'GET /api/health');
    } catch {
      // Reported as n/a: the server was too busy to answer in time.
    }
    log('measured window over; draining keystrokes in flight');
    const parts: ClientResult[] = await withTimeout(results, drainMs + 30_000, 'collecting client results');
    // Rooms still loaded and clients connected, typing over: what the server retains.
    const activeCollected = await collectedMemory(30_000);

    const all = new Float64Array(parts.reduce((n, p) => n + p.latenciesMs.length, 0));
    let offset = 0;
    for (const part of parts) {
      all.set(part.latenciesMs, offset);
      offset += part.latenciesMs.length;
    }
    all.sort();
    const slices = latencySlices(parts, measureMs);
    const measured = parts.reduce((n, p) => n + p.measured, 0);
    const undelivered = parts.reduce((n, p) => n + p.undelivered, 0);
    const rejections: Record<string, number> = {};
    for (const part of parts) {
      for (const [reason, n] of Object.entries(part.rejections)) rejections[reason] = (rejections[reason] ?? 0) + n;
    }
    const p99 = percentile(all, 99);
    const kbPerActiveRoom = (active.rssKb - idle.rssKb) / options.rooms;
    const liveKbPerActiveRoom = (activeCollected.rssKb - idle.rssKb) / options.rooms;
    const serverCpu = cpuPercent(serverFrom, serverTo);
    const clientCpu = clientsFrom.reduce((s, from, i) => s + cpuPercent(from, clientsTo[i] as CpuMark), 0);
    const machineCpu = cpuPercent(machineFrom, machineTo);
    return {
      rooms: options.rooms,
      clients,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      keysPerSecond: options.keysPerSecond,
      cursorFramesPerKeystroke: options.cursorFrames,
      storage: options.postgresUrl ? 'postgres' : 'pglite',
      serverTree: serverTree(),
      flushIntervalMs: 'server default',
      clientProcesses: procs.length,
      pinned: options.pin,
      latencyMs: {
        p50: round(percentile(all, 50), 2),
        p90: round(percentile(all, 90), 2),
        p99: round(p99, 2),
        max: round(all[all.length - 1] ?? Number.NaN, 2),
        mean: round(all.reduce((s, x) => s + x, 0) / all.length, 2),
      },
      latencyBySlice: slices,
      keystrokes: {
        measured,
        delivered: all.length,
        undelivered,
        perSecond: round(measured / options.seconds, 1),
      },
      server: {
        pid,
        cpuPercentOfOneCore: round(serverCpu),
        rssIdleKb: idle.rssKb,
        rssActiveKb: active.rssKb,
        rssActiveAfterGcKb: activeCollected.rssKb,
        peakRssKb: active.peakRssKb,
        kbPerActiveRoom: round(kbPerActiveRoom),
        liveKbPerActiveRoom: round(liveKbPerActiveRoom),
        v8Idle: kib(idle.afterGc),
        v8ActiveBeforeGc: kib(activeCollected.beforeGc),
        v8ActiveAfterGc: kib(activeCollected.afterGc),
        pendingUpdatesAtEnd,
      },
      clientSide: {
        cpuPercentOfOneCore: round(clientCpu),
        eventLoopUtilizationMax: round(Math.max(...parts.map((p) => p.eventLoopUtilization)), 3),
        timerLateP99Ms: round(Math.max(...parts.map((p) => p.timerLateP99Ms)), 2),
        timerLateMaxMs: round(Math.max(...parts.map((p) => p.timerLateMaxMs)), 2),
        rejections,
        disconnects: parts.reduce((n, p) => n + p.disconnects, 0),
      },
      machine: {
        cores: availableParallelism(),
        busyPercentOfOneCore: round(machineCpu),
        otherProcessesPercentOfOneCore: round(
          Math.max(0, machineCpu - serverCpu - clientCpu - cpuPercent(selfFrom, selfTo)),
        ),
      },
      targets: {
        p99Under50msAt250Rooms: options.rooms === TARGET_P99_AT_ROOMS ? p99 < TARGET_P99_MS : null,
        kbPerRoomAtMost256: kbPerActiveRoom <= TARGET_KB_PER_ROOM,
      },
    };
  };

  try {
    const report = await Promise.race([run(), budget]);
    if (options.json) console.log(JSON.stringify(report));
    else printReport(report);
    return 0;
  } catch (error) {
    console.error(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    clearTimeout(hardTimer);
    log('stopping clients and server');
    await withTimeout(shutdown(), 30_000, 'shutting down').catch((error: unknown) => console.error(`bench: ${error}`));
  }
}

// Exit explicitly: a lingering handle must not keep the benchmark alive.
process.exit(await main());
