import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { generateArgs, type Problem, seededRandom } from '@dryrun/problems';
import type { ComplexityReport, Language, PlainValue, Verdict } from '@dryrun/shared';
import { type DataPoint, fitComplexity } from '../judge/complexityFit.ts';
import { formatValue, verify } from '../judge/Judge.ts';
import { failureText } from '../judge/sandbox.ts';
import { caseOf, type ProblemCatalog, type ProblemInput } from './ProblemCatalog.ts';

export type { ComplexityReport };

/** Inputs per size: their steps are averaged (random inputs vary, e.g. where a search stops). */
const SEEDS = [101, 202, 303, 404, 505];
/** Sizes double from here (smaller ones say more about set-up than growth)... */
const FIRST_SIZE = 16;
/** ...up to here, */
const LAST_SIZE = 1 << 14;
/**
 * ...or until the next size would take more steps than this (the growth so far predicts
 * them; well under the budget).
 */
const STEPS_ENOUGH = 3_000_000;
/**
 * Work the steps do not see (a harness acting out timers, copying inputs in): measuring
 * also stops after a size whose median run made more interrupt checks than this. QuickJS
 * checks for an interrupt every so many bytecode operations, the harness's included, so the
 * count measures all the work a run did, the same on every machine and under any load (a
 * wall-clock cap made the sizes measured, and so the class, depend on the load). 1,000 is
 * about 3 million simple steps, or 60,000 timers.
 */
const INTERRUPTS_ENOUGH = 1000;
/** Fewer doubling sizes than this (exponential code), and sizes grow one by one instead. */
const MIN_POINTS = 5;

/**
 * Measures how the steps of a solution grow with the size of the problem's generated inputs,
 * and fits the growth to a complexity class. Every answer is checked against the reference
 * solution's: wrong or timed-out code is reported as such, never fitted. Same code, same
 * answer, every time: inputs come from seeded generators and steps are deterministic.
 *
 * Big-O is a worst case: where the generator also makes worst-case inputs (`worstCase`, see
 * problems/README.md), each size counts the family of inputs the code is slower on. Where
 * the problem's complexity is per call (a class's methods, or the calls the generator's
 * `calls` counts), steps are per call.
 */
export async function checkComplexity(
  problem: Problem,
  code: string,
  language: Language,
  deps: { catalog: ProblemCatalog; key: string },
): Promise<ComplexityReport> {
  if (!problem.generatorPath) throw new Error(`${problem.slug} has no generator: its complexity cannot be measured`);
  const verification = await deps.catalog.verification(problem);
  const generator = await optionalExports(problem);
  const families: InputFamily[] = [(n, seed) => generateArgs(problem, n, seed)];
  const { worstCase, calls } = generator;
  if (worstCase) families.push((n, seed) => checkedInput(problem, 'worstCase', n, seed, worstCase));
  /** The calls a run's steps are spread over, when the complexity is per call. */
  const callsIn = (input: ProblemInput): number =>
    calls ? calls(input) : problem.kind === 'class' ? input.length - 1 : 1;

  const points: DataPoint[] = [];
  let previousInputs: ProblemInput[] | undefined;

  /** Steps at size n (of the family the code is slower on), or why it could not be measured there. */
  const measure = async (inputs: ProblemInput[][], n: number): Promise<Measured | { failure: ComplexityReport }> => {
    const measured: Measured = { steps: 0, total: 0, interrupts: 0 };
    for (const family of inputs) {
      const perCall: number[] = [];
      const totals: number[] = [];
      const interrupts: number[] = [];
      for (const input of family) {
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
        perCall.push(result.steps / Math.max(1, callsIn(input)));
        totals.push(result.steps);
        interrupts.push(result.interrupts);
      }
      measured.steps = Math.max(measured.steps, mean(perCall));
      measured.total = Math.max(measured.total, mean(totals));
      measured.interrupts = Math.max(measured.interrupts, median(interrupts));
    }
    return measured;
  };

  /** Measures the sizes in turn while the next one stays affordable; a failure ends it. */
  const grow = async (sizes: Iterable<number>): Promise<ComplexityReport | null> => {
    let previous: Measured | undefined;
    for (const n of sizes) {
      const inputs = await Promise.all(families.map((family) => Promise.all(SEEDS.map((seed) => family(n, seed)))));
      // A size whose inputs are those of the last size measured adds nothing: a generator
      // with a smallest input (two numbers) or a cap (exponential problems keep inputs
      // small) makes the same inputs for several sizes, which would measure no growth.
      const random = inputs[0] ?? [];
      if (previousInputs && isDeepStrictEqual(random, previousInputs)) continue;
      previousInputs = random;
      const measured = await measure(inputs, n);
      if ('failure' in measured) return measured.failure;
      points.push({ n, steps: measured.steps });
      const factor = previous ? measured.total / Math.max(previous.total, 1) : 1;
      if (measured.total * Math.max(factor, 1) > STEPS_ENOUGH || measured.interrupts > INTERRUPTS_ENOUGH) break;
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
    previousInputs = undefined;
    const again = await grow(sizesFrom(1, (n) => n + 1, 64));
    if (again) return again;
  }
  return { status: 'measured', time: fitComplexity(points).complexity, points, failure: null };
}

/** The inputs of one kind (random, or worst case) at a size and seed. */
type InputFamily = (n: number, seed: number) => Promise<ProblemInput>;

type Generate = (size: number, random: () => number) => unknown;

/** What a generator may export besides `generate` (problems/README.md). */
interface OptionalExports {
  /** Inputs of a size on which slow approaches do their worst. */
  worstCase?: Generate;
  /** How many calls an input makes, when the problem's complexity is per call. */
  calls?: (input: ProblemInput) => number;
}

async function optionalExports(problem: Problem): Promise<OptionalExports> {
  if (!problem.generatorPath) return {};
  const module: Record<string, unknown> = await import(pathToFileURL(problem.generatorPath).href);
  const found: OptionalExports = {};
  if (module.worstCase !== undefined) {
    if (typeof module.worstCase !== 'function')
      throw new Error(`${problem.slug}/generator.js: worstCase must be a function`);
    found.worstCase = module.worstCase as Generate;
  }
  if (module.calls !== undefined) {
    const calls = module.calls;
    if (typeof calls !== 'function') throw new Error(`${problem.slug}/generator.js: calls must be a function`);
    found.calls = (input) => {
      const count: unknown = calls(input);
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        throw new Error(`${problem.slug}/generator.js: calls must return a whole number, not ${String(count)}`);
      }
      return count;
    };
  }
  return found;
}

/** A worst-case input, of the shape `generateArgs` asks of `generate`'s. */
async function checkedInput(
  problem: Problem,
  name: string,
  size: number,
  seed: number,
  make: Generate,
): Promise<ProblemInput> {
  const input: unknown = await make(size, seededRandom(seed));
  const where = `${problem.slug}/generator.js ${name}(${size}, seed ${seed})`;
  if (!Array.isArray(input)) throw new Error(`${where} must return an array (the arguments, or for a class the calls)`);
  if (problem.kind === 'class' && (!Array.isArray(input[0]) || input[0][0] !== 'new')) {
    throw new Error(`${where} must return calls starting with ["new", ...constructorArgs]`);
  }
  return input as ProblemInput;
}

/** A size's measure: of each input family's, the largest. */
interface Measured {
  /** Mean steps (per call, where the complexity is per call). */
  steps: number;
  /** Mean steps of a whole run. */
  total: number;
  /** The median run's interrupt checks: all the work it did, the harness's included. */
  interrupts: number;
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
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
