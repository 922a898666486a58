/**
 * `pnpm bench:judge`: what judging costs and whether it stays out of everyone else's way.
 * Printed figures for a reader, not a timed test; nothing fails on a missed target.
 *
 * 1. runtime    the fixed cost of one test: a fresh QuickJS runtime plus the harness
 *               calling `f(1, 2)`, in this process (QuickJSHost + runProgram), and the
 *               same cost taken apart (bare runtime, empty program, a call, instrumenting);
 * 2. verdict    submit-to-verdict for a 20-test Two Sum with a simple solution: (a) through
 *               Judge + JudgePool({ size: 2 }) in process, (b) through a room of a real
 *               server (judgeWorkers 2), from emitting `run:request` to `run:finished`;
 * 3. throughput judged 20-test submissions per second on a two-worker pool;
 * 4. slowdown   a CPU-heavy workload in Node's V8, in the sandbox, and in bare QuickJS
 *               (the same module without step counting), with the sandbox's steps per second;
 * 5. isolation  edit latency in rooms where people type, and the server's event-loop
 *               delay, alone and then while many other rooms submit hostile code: by
 *               default all at once, as a scripted attack would (--hostile-stagger S
 *               spreads their starts over S seconds instead).
 *
 * The problem is a temporary copy of problems/two-sum with exactly 20 small tests
 * (judgeFixtures.ts), passed to the server as `problemsDir`. The server runs in this
 * process on port 0 with PGlite in a temp dir and the server's default flush and unload
 * intervals; every temp dir is removed on the way out.
 *
 *   pnpm bench:judge -- [--only runtime,verdict,throughput,slowdown,isolation] [--json]
 *     [--iterations 500] [--warmup 50] [--submissions 100] [--room-submissions 60]
 *     [--seconds 8] [--concurrency 16] [--reps 3]
 *     [--victims 6] [--hostile-rooms 12] [--hostile-stagger 0] [--phase-seconds 10] [--keys-per-second 5]
 *
 * `pnpm -s` keeps pnpm's banner out of --json output. Other processes on the machine skew
 * every figure: each part reports their CPU beside its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, type RunningServer } from '@dryrun/server';
import { Judge } from '../../server/src/judge/Judge.ts';
import { JudgePool } from '../../server/src/judge/JudgePool.ts';
import { ProblemCatalog } from '../../server/src/problems/ProblemCatalog.ts';
import type { TestStorage } from '../support/storage.ts';
import { startTestServer } from '../support/testServer.ts';
import { benchArgs, numberOption } from './benchArgs.ts';
import { makeProblemSet } from './judgeFixtures.ts';
import {
  measureRuntime,
  measureSlowdown,
  measureThroughput,
  measureVerdictsInProcess,
  submitTask,
} from './judgeInProcess.ts';

import { type JudgeBenchReport, printReport, targetsOf } from './judgeReport.ts';
import { measureIsolation, measureVerdictsInRoom } from './judgeRooms.ts';
import { withTimeout } from './judgeStats.ts';
import { round } from './report.ts';

const PARTS = ['runtime', 'verdict', 'throughput', 'slowdown', 'isolation'] as const;
type Part = (typeof PARTS)[number];

const testsDir = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  parts: Set<Part>;
  json: boolean;
  iterations: number;
  warmup: number;
  submissions: number;
  roomSubmissions: number;
  seconds: number;
  concurrency: number;
  reps: number;
  victims: number;
  hostileRooms: number;
  hostileStagger: number;
  phaseSeconds: number;
  keysPerSecond: number;
}

const USAGE =
  'usage: pnpm bench:judge -- [--only runtime,verdict,throughput,slowdown,isolation] [--json]\n' +
  '         [--iterations 500] [--warmup 50] [--submissions 100] [--room-submissions 60]\n' +
  '         [--seconds 8] [--concurrency 16] [--reps 3]\n' +
  '         [--victims 6] [--hostile-rooms 12] [--hostile-stagger 0] [--phase-seconds 10] [--keys-per-second 5]';

function parseOptions(argv: string[]): Options {
  const values = benchArgs(argv, {
    only: { type: 'string' },
    json: { type: 'boolean' },
    iterations: { type: 'string' },
    warmup: { type: 'string' },
    submissions: { type: 'string' },
    'room-submissions': { type: 'string' },
    seconds: { type: 'string' },
    concurrency: { type: 'string' },
    reps: { type: 'string' },
    victims: { type: 'string' },
    'hostile-rooms': { type: 'string' },
    'hostile-stagger': { type: 'string' },
    'phase-seconds': { type: 'string' },
    'keys-per-second': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const parts = new Set<Part>();
  for (const name of (values.only ?? PARTS.join(',')).split(',').map((s) => s.trim())) {
    if (!(PARTS as readonly string[]).includes(name))
      throw new Error(`--only takes ${PARTS.join(', ')}; got "${name}"`);
    parts.add(name as Part);
  }
  return {
    parts,
    json: values.json ?? false,
    iterations: numberOption(values.iterations, 500, 'iterations', 1, 100_000),
    warmup: numberOption(values.warmup, 50, 'warmup', 0, 10_000),
    submissions: numberOption(values.submissions, 100, 'submissions', 1, 10_000),
    roomSubmissions: numberOption(values['room-submissions'], 60, 'room-submissions', 1, 2000),
    seconds: numberOption(values.seconds, 8, 'seconds', 1, 600, false),
    // 20 tests each: the pool queues at most 1024 jobs.
    concurrency: numberOption(values.concurrency, 16, 'concurrency', 1, 50),
    reps: numberOption(values.reps, 3, 'reps', 1, 50),
    victims: numberOption(values.victims, 6, 'victims', 1, 200),
    hostileRooms: numberOption(values['hostile-rooms'], 12, 'hostile-rooms', 1, 200),
    hostileStagger: numberOption(values['hostile-stagger'], 0, 'hostile-stagger', 0, 60, false),
    phaseSeconds: numberOption(values['phase-seconds'], 10, 'phase-seconds', 1, 600, false),
    keysPerSecond: numberOption(values['keys-per-second'], 5, 'keys-per-second', 0.1, 50, false),
  };
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
  const has = (part: Part) => options.parts.has(part);
  const started = performance.now();

  const problemsDir = makeProblemSet();
  const dataDir = mkdtempSync(join(tmpdir(), 'dryrun-bench-judge-'));
  let pool: JudgePool | undefined;
  let server: RunningServer | undefined;
  let shuttingDown: Promise<void> | undefined;
  const shutdown = () => {
    shuttingDown ??= (async () => {
      await pool?.close();
      await server?.close();
      rmSync(problemsDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    })();
    return shuttingDown;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`bench: ${signal}, cleaning up`);
      void shutdown().finally(() => process.exit(130));
    });
  }

  const run = async (): Promise<JudgeBenchReport> => {
    const machine = {
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      availableParallelism: availableParallelism(),
      loadAverage1m: round(loadavg()[0] ?? 0, 2),
      node: process.version,
    };
    let runtime: JudgeBenchReport['runtime'] = null;
    let slowdown: JudgeBenchReport['slowdown'] = null;
    let verdictInProcess: JudgeBenchReport['verdictInProcess'] = null;
    let throughput: JudgeBenchReport['throughput'] = null;
    let verdictInRoom: JudgeBenchReport['verdictInRoom'] = null;
    let isolation: JudgeBenchReport['isolation'] = null;

    if (has('runtime')) {
      log(`1. fresh runtime + harness: ${options.warmup} warm-up + ${options.iterations} iterations per variant`);
      runtime = await measureRuntime(options.iterations, options.warmup);
    }
    if (has('slowdown')) {
      log(`4. QuickJS vs V8 on the reference workload, ${options.reps} reps each`);
      slowdown = await measureSlowdown(options.reps);
    }
    if (has('verdict') || has('throughput')) {
      pool = new JudgePool({ size: 2 });
      const judge = new Judge(pool);
      const catalog = await ProblemCatalog.load(pool, problemsDir);
      if (catalog.errors.length > 0) throw new Error(`the bench's problem set: ${JSON.stringify(catalog.errors)}`);
      const task = await submitTask(catalog, 'bench');
      if (has('verdict')) {
        log(`2a. submit-to-verdict in process: ${options.submissions} sequential submissions`);
        verdictInProcess = await measureVerdictsInProcess(judge, task, options.submissions, 10);
      }
      if (has('throughput')) {
        log(`3. throughput: ${options.concurrency} submissions in flight for ${options.seconds} s`);
        throughput = await measureThroughput(judge, task, options.seconds, options.concurrency);
      }
      await pool.close();
      pool = undefined;
    }
    if (has('verdict') || has('isolation')) {
      const storage: TestStorage = {
        backend: 'pglite',
        dataDir,
        databaseUrl: undefined,
        cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
      log(`starting the server (PGlite in ${dataDir}, problems from ${problemsDir})`);
      server = await startTestServer(storage, {
        problemsDir,
        judgeWorkers: 2,
        flushIntervalMs: DEFAULT_CONFIG.flushIntervalMs,
        idleUnloadMs: DEFAULT_CONFIG.idleUnloadMs,
      });
      if (has('verdict')) {
        log(`2b. submit-to-verdict through a room: ${options.roomSubmissions} sequential submits`);
        verdictInRoom = await measureVerdictsInRoom(server, options.roomSubmissions, 5);
      }
      if (has('isolation')) {
        log(
          `5. ${options.victims} typing rooms, ${options.phaseSeconds} s alone, then ${options.phaseSeconds} s ` +
            `beside ${options.hostileRooms} hostile rooms (then their runs drain)`,
        );
        isolation = await measureIsolation(server, {
          victims: options.victims,
          hostileRooms: options.hostileRooms,
          keysPerSecond: options.keysPerSecond,
          phaseSeconds: options.phaseSeconds,
          staggerSeconds: options.hostileStagger,
        });
      }
    }
    const figures = {
      machine,
      serverTree: serverTree(),
      totalSeconds: round((performance.now() - started) / 1000, 1),
      runtime,
      verdictInProcess,
      verdictInRoom,
      throughput,
      slowdown,
      isolation,
    };
    return { ...figures, targets: targetsOf(figures) };
  };

  // Everything is bounded: the defaults take about 65 s on 2 cores (the drain of part 5 included).
  const budgetMs =
    300_000 +
    options.seconds * 1000 +
    options.phaseSeconds * 2000 +
    options.hostileStagger * 1000 +
    options.iterations * 50 +
    (options.submissions + options.roomSubmissions) * 1000;
  try {
    const report = await withTimeout(run(), budgetMs, 'the benchmark');
    if (options.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
    return 0;
  } catch (error) {
    console.error(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    log('stopping the judge and the server');
    await withTimeout(shutdown(), 30_000, 'shutting down').catch((error: unknown) => console.error(`bench: ${error}`));
  }
}

// Exit explicitly: a lingering handle must not keep the benchmark alive.
process.exit(await main());
