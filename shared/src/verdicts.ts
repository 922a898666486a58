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

/** An uncaught error, located in the candidate's own source (1-based line and column). */
export interface CodeError {
  name: string;
  message: string;
  line: number | null;
  column: number | null;
}
