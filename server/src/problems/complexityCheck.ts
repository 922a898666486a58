import { generateArgs, type Problem } from '@dryrun/problems';
import type { ComplexityReport, Language, PlainValue, Verdict } from '@dryrun/shared';
import { type DataPoint, fitComplexity } from '../judge/complexityFit.ts';
import { formatValue, verify } from '../judge/Judge.ts';
import { failureText } from '../judge/sandbox.ts';
import { caseOf, type ProblemCatalog } from './ProblemCatalog.ts';

export type { ComplexityReport };

/** Inputs per size: their steps are averaged (random inputs vary, e.g. where a search stops). */
const SEEDS = [101, 202, 303, 404, 505];
/** Sizes double from here (smaller ones say more about set-up than growth)... */
const FIRST_SIZE = 16;
/** ...up to here, */
const LAST_SIZE = 1 << 14;
/**
 * ...or until the next size would take more steps than this (the growth so far predicts
 * them; well under the budget), or a run has taken this long.
 */
const STEPS_ENOUGH = 3_000_000;
const TIME_ENOUGH_MS = 300;
/** Fewer doubling sizes than this (exponential code), and sizes grow one by one instead. */
const MIN_POINTS = 5;

/**
 * Measures how the steps of a solution grow with the size of the problem's generated inputs,
 * and fits the growth to a complexity class. Every answer is checked against the reference
 * solution's: wrong or timed-out code is reported as such, never fitted. Same code, same
 * answer, every time: inputs come from seeded generators and steps are deterministic.
 */
export async function checkComplexity(
  problem: Problem,
  code: string,
  language: Language,
  deps: { catalog: ProblemCatalog; key: string },
): Promise<ComplexityReport> {
  if (!problem.generatorPath) throw new Error(`${problem.slug} has no generator: its complexity cannot be measured`);
  const verification = await deps.catalog.verification(problem);
  const points: DataPoint[] = [];

  /** Mean steps at size n (and of whole runs), or the reason it could not be measured there. */
  const measure = async (n: number): Promise<Measured | { failure: ComplexityReport }> => {
    let total = 0;
    let perCall = 0;
    let slowest = 0;
    for (const seed of SEEDS) {
      const input = await generateArgs(problem, n, seed);
      const [result, expected] = await Promise.all([
        deps.catalog.run(problem, code, input, { key: deps.key, language }),
        deps.catalog.referenceAnswer(problem, input),
      ]);
      if (result.verdict !== 'accepted') return { failure: failed(result.verdict, n, failureText(result), points) };
      const right = verify(verification, caseOf(problem, `n = ${n}`, input, expected), result.value as PlainValue);
      if (right !== true) {
        const why = right ?? `expected ${formatValue(expected)}, got ${formatValue(result.value as PlainValue)}`;
        return { failure: failed('wrong_answer', n, why, points) };
      }
      total += result.steps;
      // A class problem's claim is per call: its steps are spread over the calls made.
      perCall += problem.kind === 'class' ? result.steps / Math.max(1, input.length - 1) : result.steps;
      slowest = Math.max(slowest, result.timeMs);
    }
    return { steps: perCall / SEEDS.length, total: total / SEEDS.length, slowest };
  };

  /** Measures the sizes in turn while the next one stays affordable; a failure ends it. */
  const grow = async (sizes: Iterable<number>): Promise<ComplexityReport | null> => {
    let previous: Measured | undefined;
    for (const n of sizes) {
      const measured = await measure(n);
      if ('failure' in measured) return measured.failure;
      points.push({ n, steps: measured.steps });
      const factor = previous ? measured.total / Math.max(previous.total, 1) : 1;
      if (measured.total * Math.max(factor, 1) > STEPS_ENOUGH || measured.slowest > TIME_ENOUGH_MS) break;
      previous = measured;
    }
    return null;
  };

  const failure = await grow(sizesFrom(FIRST_SIZE, (n) => n * 2, LAST_SIZE));
  if (points.length >= MIN_POINTS) {
    if (failure) return failure;
  } else {
    // Exponential growth outruns doubling sizes (or times out at the first of them): grow
    // them one at a time from the smallest instead.
    points.length = 0;
    const again = await grow(sizesFrom(1, (n) => n + 1, 64));
    if (again) return again;
  }
  return { status: 'measured', time: fitComplexity(points).complexity, points, failure: null };
}

interface Measured {
  /** Mean steps (per call, for a class problem). */
  steps: number;
  /** Mean steps of a whole run. */
  total: number;
  slowest: number;
}

function* sizesFrom(first: number, next: (n: number) => number, last: number): Generator<number> {
  for (let n = first; n <= last; n = next(n)) yield n;
}

function failed(
  verdict: Exclude<Verdict, 'accepted'>,
  n: number,
  message: string,
  points: DataPoint[],
): ComplexityReport {
  return { status: verdict, time: null, points: [...points], failure: { n, message } };
}
