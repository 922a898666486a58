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
 * One test's result as it leaves the server. A hidden test carries its name and verdict and
 * nothing else: not its input, answer, output or error (a program could print or throw its
 * input), and not its steps or time either, which a program calibrated on the visible tests
 * could turn into its input (see `PROTOCOL.md` §7).
 */
export type TestResult = VisibleTestResult | HiddenTestResult;

export interface HiddenTestResult {
  name: string;
  hidden: true;
  verdict: Verdict;
}

export interface VisibleTestResult {
  name: string;
  hidden: false;
  verdict: Verdict;
  /** Deterministic interpreter steps (see the judge's cost model). */
  steps: number;
  timeMs: number;
  stdout?: string;
  error?: CodeError | null;
  /** Why a limit stopped it ("stopped after 2000 ms"). */
  limitMessage?: string | null;
  /** The call and the values, formatted like Node's console. */
  input?: string;
  expected?: string;
  actual?: string | null;
  /** Why a checker refused the answer. */
  message?: string | null;
}

/** A judged run: the first failing test's verdict (or `accepted`), and every test. */
export interface JudgeReport {
  verdict: Verdict;
  passed: number;
  total: number;
  /** Sums over the visible tests that ran: hidden tests add nothing anyone can see. */
  steps: number;
  timeMs: number;
  /** A compile error stops before any test runs; it is reported here, located in the source. */
  compileError: CodeError | null;
  tests: TestResult[];
}
