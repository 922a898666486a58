import { setMaxListeners } from 'node:events';
import { inspect } from 'node:util';
import type {
  CodeError,
  JudgeReport,
  Language,
  PlainValue,
  TestResult,
  Verdict,
  VisibleTestResult,
} from '@dryrun/shared';
import { type Comparison, matches } from './compare.ts';
import type { JudgePool } from './JudgePool.ts';
import { DEFAULT_LIMITS, type SandboxLimits } from './limits.ts';
import type { EntryCall, MethodCall, ProgramResult } from './sandbox.ts';

/** One test as the judge runs it: its input, and the answer it expects (from the problem or its reference). */
export type JudgeCase = {
  name: string;
  /** The function this test calls, when not the task's `entry` (a pad's tests may call several). */
  entry?: string;
  /** A hidden test's result keeps no input, answer, output or error, even on the server. */
  hidden: boolean;
  expected: PlainValue;
} & ({ args: PlainValue[]; calls?: undefined } | { calls: MethodCall[]; args?: undefined });

/** Decides whether an answer is right: a comparison, or the problem's own checker (trusted code, on the host). */
export type Verification =
  | Comparison
  | {
      kind: 'checker';
      /** `true`, or why the answer is wrong. */
      check(input: { args: PlainValue[] | MethodCall[]; expected: PlainValue; actual: PlainValue }): true | string;
    };

export interface JudgeTask {
  /** Who asks (a room): the pool takes turns between keys. */
  key: string;
  code: string;
  language: Language;
  entry: string;
  tests: JudgeCase[];
  verification: Verification;
  limits?: Partial<SandboxLimits>;
  seed?: number;
  /** The problem's `harness.js`; `entry` is then usually its driver. */
  harness?: string;
}

/**
 * One test as the judge saw it, steps and time included for hidden tests too: the server's
 * own view (the problem checker and the CLI show it to authors). What leaves the server is
 * {@link publicReport}'s.
 */
export type JudgedTest = Omit<VisibleTestResult, 'hidden'> & { hidden: boolean };

/** A judged run as the server sees it; {@link publicReport} is what anyone else sees. */
export interface JudgedReport extends Omit<JudgeReport, 'tests'> {
  /** Wall-clock time of the whole judging, hidden tests included. */
  timeMs: number;
  /** Sum over every test that ran, hidden ones included. */
  steps: number;
  tests: JudgedTest[];
}

/**
 * A judged run as it leaves the server: hidden tests by name and verdict only, and totals
 * over the visible tests, so that nothing a program controls about a hidden test (its
 * steps, its time) can carry that test's input out. Idempotent.
 */
export function publicReport(report: JudgedReport | JudgeReport): JudgeReport {
  const tests = report.tests.map(
    (t): TestResult => (t.hidden ? { name: t.name, hidden: true, verdict: t.verdict } : { ...t, hidden: false }),
  );
  const visible = tests.filter((t): t is VisibleTestResult => !t.hidden);
  return {
    ...report,
    steps: visible.reduce((sum, t) => sum + t.steps, 0),
    timeMs: visible.reduce((sum, t) => sum + t.timeMs, 0),
    tests,
  };
}

/**
 * Judges a program against tests: each test runs in a fresh sandbox on the pool (tests of
 * one submission spread over the workers), the answer is compared on the host, and the
 * report keeps hidden tests' inputs, answers and output to the server.
 */
export class Judge {
  constructor(private readonly pool: JudgePool) {}

  async judge(task: JudgeTask, signal?: AbortSignal): Promise<JudgedReport> {
    const started = performance.now();
    const limits = { ...DEFAULT_LIMITS, ...task.limits };
    // The submission's own deadline: tests not started by then are not run (those running
    // finish within their own deadline; stopping them would cost their workers).
    let compileError: CodeError | undefined;
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(), limits.submissionMs);
    // If one test cannot be run (the judge is busy, or shutting down), the others are withdrawn.
    const withdraw = new AbortController();
    const cancel = AbortSignal.any([withdraw.signal, ...(signal ? [signal] : [])]);
    // Every test of the submission listens to them.
    setMaxListeners(0, cancel, budget.signal);
    try {
      const results = await Promise.all(
        task.tests.map(async (test): Promise<JudgedTest> => {
          const entry = test.entry ?? task.entry;
          const call: EntryCall = test.calls ? { entry, calls: test.calls } : { entry, args: test.args };
          let result: ProgramResult;
          try {
            result = await this.pool.run(
              {
                key: task.key,
                source: task.code,
                language: task.language,
                limits,
                call,
                seed: task.seed ?? 1,
                ...(task.harness ? { harness: task.harness } : {}),
              },
              cancel,
              budget.signal,
            );
          } catch (error) {
            if (cancel.aborted || !budget.signal.aborted) {
              withdraw.abort();
              throw error;
            }
            return notRun(test, limits.submissionMs);
          }
          // Kept from the run itself: a hidden test's result carries no error.
          if (result.verdict === 'compile_error') compileError ??= result.error ?? undefined;
          return verdictOf(task, test, result);
        }),
      );
      // Code that does not compile fails every test the same way (the workers found it: the
      // server's own thread never parses candidate code): one compile error, no tests.
      if (compileError) {
        return {
          verdict: 'compile_error',
          passed: 0,
          total: results.length,
          steps: 0,
          timeMs: performance.now() - started,
          compileError,
          tests: [],
        };
      }
      const failed = results.find((r) => r.verdict !== 'accepted');
      return {
        verdict: failed?.verdict ?? 'accepted',
        passed: results.filter((r) => r.verdict === 'accepted').length,
        total: results.length,
        steps: results.reduce((sum, r) => sum + r.steps, 0),
        timeMs: performance.now() - started,
        compileError: null,
        tests: results,
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

function verdictOf(task: JudgeTask, test: JudgeCase, result: ProgramResult): JudgedTest {
  let verdict: Verdict = result.verdict;
  let message: string | null = null;
  if (verdict === 'accepted') {
    const actual = result.value as PlainValue;
    const verdictOfCheck = verify(task.verification, test, actual);
    if (verdictOfCheck !== true) {
      verdict = 'wrong_answer';
      message = verdictOfCheck;
    }
  }
  const base = { name: test.name, hidden: test.hidden, verdict, steps: result.steps, timeMs: result.timeMs };
  if (test.hidden) return base;
  return {
    ...base,
    stdout: result.stdout,
    error: result.error,
    limitMessage: result.limitMessage,
    input: formatInput(test.entry ?? task.entry, test),
    expected: formatValue(test.expected),
    actual: result.verdict === 'accepted' ? formatValue(result.value as PlainValue) : null,
    message,
  };
}

/** Whether `actual` answers `test`: `true`, or why not (`null` when a plain comparison says no). */
export function verify(verification: Verification, test: JudgeCase, actual: PlainValue): true | string | null {
  if (verification.kind !== 'checker') return matches(actual, test.expected, verification) ? true : null;
  return verification.check({ args: test.calls ?? test.args, expected: test.expected, actual });
}

function notRun(test: JudgeCase, submissionMs: number): JudgedTest {
  const limitMessage = `not run: the submission's ${submissionMs / 1000} s were spent`;
  return {
    name: test.name,
    hidden: test.hidden,
    verdict: 'time_limit',
    steps: 0,
    timeMs: 0,
    ...(test.hidden ? {} : { limitMessage }),
  };
}

/** A value as Node's console would show it, kept to a readable size. */
export function formatValue(value: PlainValue): string {
  return inspect(value, { depth: 6, maxArrayLength: 100, maxStringLength: 2000, breakLength: 100 });
}

/** The call a test makes: `twoSum([ 2, 7 ], 9)`, or one line per call of a class test. */
export function formatInput(entry: string, test: JudgeCase): string {
  const list = (args: PlainValue[]) => args.map(formatValue).join(', ');
  if (!test.calls) return `${entry}(${list(test.args)})`;
  return test.calls
    .map(([name, ...args]) => (name === 'new' ? `new ${entry}(${list(args)})` : `.${name}(${list(args)})`))
    .join('\n');
}
