/**
 * The judge measured in this process, without a server: the fixed cost of one sandboxed
 * test, submit-to-verdict through `Judge` and a two-worker `JudgePool`, judged submissions
 * per second, and QuickJS against Node's V8 on a CPU-heavy workload.
 */

import type { JudgeReport } from '@dryrun/shared';
import { prepareProgram } from '../../server/src/judge/instrument.ts';
import type { Judge, JudgeTask } from '../../server/src/judge/Judge.ts';
import { DEFAULT_LIMITS } from '../../server/src/judge/limits.ts';
import { type ModuleFactory, QuickJSHost } from '../../server/src/judge/QuickJSHost.ts';
import { runProgram } from '../../server/src/judge/sandbox.ts';
import type { ProblemCatalog } from '../../server/src/problems/ProblemCatalog.ts';
import {
  PROBLEM_SLUG,
  runWorkloadInNode,
  SOLUTION,
  TRIVIAL_ENTRY,
  WORKLOAD_ANSWER,
  WORKLOAD_ENTRY,
  WORKLOAD_SOURCE,
} from './judgeFixtures.ts';
import { type CpuShare, cpuWindow, type Distribution, distribution } from './judgeStats.ts';
import { round } from './report.ts';

/** quickjs-emscripten-core is the server's dependency, not this package's: its type, by way of the host. */
type QuickJSWASMModule = Awaited<ReturnType<ModuleFactory>>;

/**
 * A QuickJS module of its own, for bare runs with no DryRun code in them: its host is
 * never given to `runProgram`, and the world it builds is the module itself.
 */
function bareModule(): Promise<QuickJSWASMModule> {
  return new QuickJSHost(DEFAULT_LIMITS).acquire((module) => module);
}

export interface RuntimeFigures {
  iterations: number;
  warmup: number;
  /**
   * The headline: a fresh runtime, the harness, and `f(1, 2)` called and copied out, the
   * program prepared once (as a worker prepares a submission once for all its tests).
   */
  perTest: Distribution;
  /** The same cost taken apart, one `runProgram` (or bare runtime) variant per row. */
  variants: Array<{ label: string; latency: Distribution }>;
  cpu: CpuShare;
}

/** Part 1: what a fresh runtime plus the harness costs per test. */
export async function measureRuntime(iterations: number, warmup: number): Promise<RuntimeFigures> {
  const limits = DEFAULT_LIMITS;
  const host = new QuickJSHost(limits);
  const module = await bareModule();
  const emptyProgram = prepareProgram('', 'javascript', limits.steps);
  const trivialProgram = prepareProgram(TRIVIAL_ENTRY, 'javascript', limits.steps);
  const call = { entry: 'f', args: [1, 2] };
  const expectAnswer = (result: Awaited<ReturnType<typeof runProgram>>) => {
    if (result.verdict !== 'accepted' || result.value !== 3) {
      throw new Error(`the trivial entry answered ${JSON.stringify(result)}`);
    }
  };

  const sample = async (run: () => Promise<void> | void): Promise<Distribution> => {
    const times: number[] = [];
    for (let i = 0; i < warmup + iterations; i++) {
      const started = performance.now();
      await run();
      if (i >= warmup) times.push(performance.now() - started);
    }
    return distribution(times, 3);
  };

  const cpu = cpuWindow();
  const bare = await sample(() => {
    const runtime = module.newRuntime();
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(limits.stackBytes);
    const context = runtime.newContext();
    context.dispose();
    runtime.dispose();
  });
  const empty = await sample(async () => {
    const result = await runProgram(host, emptyProgram, { limits });
    if (result.verdict !== 'accepted') throw new Error(`the empty program ended ${result.verdict}`);
  });
  const perTest = await sample(async () => expectAnswer(await runProgram(host, trivialProgram, { limits, call })));
  const fromSource = await sample(async () => expectAnswer(await runProgram(host, TRIVIAL_ENTRY, { limits, call })));

  return {
    iterations,
    warmup,
    perTest,
    variants: [
      { label: 'bare QuickJS runtime + context (reference)', latency: bare },
      { label: 'runProgram: empty program, no call', latency: empty },
      { label: 'runProgram: f(1, 2) called, prepared once', latency: perTest },
      { label: 'runProgram: f(1, 2), instrumenting each run', latency: fromSource },
    ],
    cpu: cpu(),
  };
}

/** The JudgeTask RunService builds for a submit of `code` to the bench's problem. */
export async function submitTask(catalog: ProblemCatalog, key: string, code = SOLUTION): Promise<JudgeTask> {
  const problem = catalog.get(PROBLEM_SLUG);
  if (!problem) throw new Error(`the bench's problem set has no ${PROBLEM_SLUG}`);
  const tests = await catalog.tests(problem);
  return {
    key,
    code,
    language: 'javascript',
    entry: problem.entry,
    tests: [...tests.visible, ...tests.hidden],
    verification: await catalog.verification(problem),
    limits: catalog.limits(problem),
  };
}

/**
 * The task as the `n`th submission: the same solution with its own trailing comment, so
 * that a worker's cache of prepared programs does not hit as it would not for different
 * candidates' code (each submission is instrumented once per worker, as in real use).
 */
function nth(task: JudgeTask, n: number, key = task.key): JudgeTask {
  return { ...task, key, code: `${task.code}\n// submission ${n}` };
}

/** `null` when every test passed, else the verdict and the count, e.g. `time_limit (19/20)`. */
export function shortfall(report: JudgeReport): string | null {
  return report.verdict === 'accepted' && report.passed === report.total
    ? null
    : `${report.verdict} (${report.passed}/${report.total})`;
}

/** The first submission of a fresh pool or server: its workers start, compile and warm up inside it. */
export interface ColdStart {
  ms: number;
  verdict: string;
}

export interface InProcessVerdictFigures {
  submissions: number;
  tests: number;
  cold: ColdStart;
  /** From `judge.judge(task)` to its report. */
  latency: Distribution;
  /** Each test's own time in the sandbox, as its worker measured it. */
  sandboxPerTest: Distribution;
  /** Measured submissions not fully accepted, by verdict (none expected: a loaded machine can cause them). */
  notAccepted: Record<string, number>;
  cpu: CpuShare;
}

/** Part 2a: sequential submissions through `Judge` and the pool. */
export async function measureVerdictsInProcess(
  judge: Judge,
  task: JudgeTask,
  submissions: number,
  warmup: number,
): Promise<InProcessVerdictFigures> {
  const timed = async (n: number) => {
    const started = performance.now();
    const report = await judge.judge(nth(task, n));
    if (report.total !== task.tests.length) throw new Error(`a submission ran ${report.total} tests`);
    return { report, ms: performance.now() - started };
  };
  const first = await timed(0);
  const cold = { ms: round(first.ms, 1), verdict: shortfall(first.report) ?? 'accepted' };
  for (let i = 1; i < warmup; i++) await timed(i);
  const cpu = cpuWindow();
  const latencies: number[] = [];
  const perTest: number[] = [];
  const notAccepted: Record<string, number> = {};
  for (let i = 0; i < submissions; i++) {
    const { report, ms } = await timed(warmup + i);
    latencies.push(ms);
    for (const test of report.tests) perTest.push(test.timeMs);
    const short = shortfall(report);
    if (short) notAccepted[short] = (notAccepted[short] ?? 0) + 1;
  }
  return {
    submissions,
    tests: task.tests.length,
    cold,
    latency: distribution(latencies),
    sandboxPerTest: distribution(perTest, 3),
    notAccepted,
    cpu: cpu(),
  };
}

export interface ThroughputFigures {
  concurrency: number;
  /** Submissions started until this much time had passed; the wall time runs until the last finished. */
  seconds: number;
  completed: number;
  /** Submissions judged other than accepted (none expected). */
  failed: number;
  wallSeconds: number;
  perSecond: number;
  testsPerSecond: number;
  cpu: CpuShare;
}

/** Part 3: `concurrency` submissions (each its own key) in flight at all times for `seconds`. */
export async function measureThroughput(
  judge: Judge,
  task: JudgeTask,
  seconds: number,
  concurrency: number,
): Promise<ThroughputFigures> {
  // Workers started and warm, however this part is run.
  await Promise.all(Array.from({ length: concurrency }, (_, i) => judge.judge(nth(task, i, `warm-up-${i}`))));
  const cpu = cpuWindow();
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  let next = 0;
  let completed = 0;
  let failed = 0;
  const lane = async () => {
    while (performance.now() < stopAt) {
      const n = next++;
      const report = await judge.judge(nth(task, n, `throughput-${n}`));
      if (!shortfall(report)) completed++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const wallSeconds = (performance.now() - started) / 1000;
  return {
    concurrency,
    seconds,
    completed,
    failed,
    wallSeconds: round(wallSeconds, 2),
    perSecond: round(completed / wallSeconds, 1),
    testsPerSecond: round((completed * task.tests.length) / wallSeconds, 0),
    cpu: cpu(),
  };
}

export interface SlowdownFigures {
  reps: number;
  /** Medians of `reps` runs after one warm-up run each, in ms. */
  nodeMs: number;
  /** runProgram with a step budget of 2³¹−1, the largest that stays a small integer in QuickJS. */
  sandboxMs: number;
  /** runProgram with a budget of 10¹²: the counter is compared with a double. */
  sandboxHugeBudgetMs: number;
  /** The same QuickJS module evaluating the workload bare: no instrumentation, prelude or cost model. */
  uncountedMs: number;
  slowdown: number;
  slowdownUncounted: number;
  steps: number;
  stepsPerSecond: number;
  stepsPerSecondHugeBudget: number;
  /** sandboxMs / uncountedMs − 1, in %: what counting steps (and the wrapped built-ins) costs. */
  countingCostPercent: number;
  countingCostHugeBudgetPercent: number;
  cpu: CpuShare;
}

/** Part 4: the reference workload in Node's V8 and in the sandbox. */
export async function measureSlowdown(reps: number): Promise<SlowdownFigures> {
  const cpu = cpuWindow();
  const median = async (run: () => Promise<number> | number): Promise<number> => {
    await run();
    const times: number[] = [];
    for (let i = 0; i < reps; i++) times.push(await run());
    return distribution(times).p50;
  };
  const check = (value: unknown, where: string) => {
    if (value !== WORKLOAD_ANSWER) throw new Error(`the workload answered ${String(value)} in ${where}`);
  };

  const nodeMs = await median(() => {
    const started = performance.now();
    check(runWorkloadInNode(), 'Node');
    return performance.now() - started;
  });

  let steps = 0;
  const inSandbox = (stepBudget: number) => {
    const limits = { ...DEFAULT_LIMITS, steps: stepBudget, timeoutMs: 120_000 };
    const host = new QuickJSHost(limits);
    const prepared = prepareProgram(WORKLOAD_SOURCE, 'javascript', stepBudget);
    return async () => {
      const started = performance.now();
      const result = await runProgram(host, prepared, { limits, call: { entry: WORKLOAD_ENTRY, args: [] } });
      const ms = performance.now() - started;
      if (result.verdict !== 'accepted') {
        throw new Error(`the workload ended ${result.verdict} in the sandbox: ${result.limitMessage ?? ''}`);
      }
      check(result.value, 'the sandbox');
      steps = result.steps;
      return ms;
    };
  };
  const sandboxMs = await median(inSandbox(2 ** 31 - 1));
  const sandboxHugeBudgetMs = await median(inSandbox(1e12));

  const module = await bareModule();
  const uncountedMs = await median(() => {
    const runtime = module.newRuntime();
    runtime.setMemoryLimit(DEFAULT_LIMITS.memoryBytes);
    const context = runtime.newContext();
    try {
      const started = performance.now();
      const handle = context.unwrapResult(context.evalCode(`${WORKLOAD_SOURCE}\n${WORKLOAD_ENTRY}();`, 'workload.js'));
      const ms = performance.now() - started;
      check(context.getNumber(handle), 'bare QuickJS');
      handle.dispose();
      return ms;
    } finally {
      context.dispose();
      runtime.dispose();
    }
  });

  return {
    reps,
    nodeMs: round(nodeMs),
    sandboxMs: round(sandboxMs),
    sandboxHugeBudgetMs: round(sandboxHugeBudgetMs),
    uncountedMs: round(uncountedMs),
    slowdown: round(sandboxMs / nodeMs),
    slowdownUncounted: round(uncountedMs / nodeMs),
    steps,
    stepsPerSecond: Math.round(steps / (sandboxMs / 1000)),
    stepsPerSecondHugeBudget: Math.round(steps / (sandboxHugeBudgetMs / 1000)),
    countingCostPercent: round((sandboxMs / uncountedMs - 1) * 100, 0),
    countingCostHugeBudgetPercent: round((sandboxHugeBudgetMs / uncountedMs - 1) * 100, 0),
    cpu: cpu(),
  };
}
