/** How a run of candidate code ended, as the judge reports it (per test and overall). */
export const VERDICTS = [
  'accepted',
  'wrong_answer',
  'time_limit',
  'memory_limit',
  'runtime_error',
  'compile_error',
  'output_limit',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How each verdict reads to a person. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  time_limit: 'Time limit exceeded',
  memory_limit: 'Memory limit exceeded',
  runtime_error: 'Runtime error',
  compile_error: 'Compile error',
  output_limit: 'Output limit exceeded',
};

/** An uncaught error, located in the candidate's own source (1-based line and column). */
export interface CodeError {
  name: string;
  message: string;
  line: number | null;
  column: number | null;
}

/**
 * One test's result as everyone in a room sees it. A hidden test carries only its verdict,
 * steps and time: its input, expected answer, output and error message never leave the
 * server (a candidate could print or throw the input otherwise).
 */
export interface TestResult {
  name: string;
  hidden: boolean;
  verdict: Verdict;
  /** Deterministic interpreter steps (see the judge's cost model). */
  steps: number;
  timeMs: number;
  /** Visible tests only. */
  stdout?: string;
  error?: CodeError | null;
  /** Why a limit stopped it ("stopped after 2000 ms"). */
  limitMessage?: string | null;
  /** Visible tests only: the call and the values, formatted like Node's console. */
  input?: string;
  expected?: string;
  actual?: string | null;
  /** Visible tests only: why a checker refused the answer. */
  message?: string | null;
}

/** A judged run: the first failing test's verdict (or `accepted`), and every test. */
export interface JudgeReport {
  verdict: Verdict;
  passed: number;
  total: number;
  /** Sum over the tests that ran. */
  steps: number;
  timeMs: number;
  /** A compile error stops before any test runs; it is reported here, located in the source. */
  compileError: CodeError | null;
  tests: TestResult[];
}
