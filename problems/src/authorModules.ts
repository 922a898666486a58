/**
 * Running a problem's own modules on the host: `generator.js` and `checker.js` are trusted
 * author code (reviewed like the loader), imported as ES modules. Candidate code never runs
 * here; it runs in the judge's sandbox.
 */
import { pathToFileURL } from 'node:url';
import type { PlainValue } from '@dryrun/shared';
import type { Problem } from './problem.ts';
import { seededRandom } from './random.ts';

/**
 * The arguments of a generated test (for a class problem, its calls). The generator gets a
 * seeded PRNG, so the same size and seed always give the same input. Throws if the problem
 * has no generator or it returns something other than plain data.
 */
export async function generateArgs(problem: Problem, size: number, seed: number): Promise<PlainValue[]> {
  if (!problem.generatorPath) throw new Error(`${problem.slug} has no generator.js`);
  const module: { generate?: unknown } = await import(pathToFileURL(problem.generatorPath).href);
  if (typeof module.generate !== 'function') throw new Error(`${problem.slug}/generator.js does not export generate`);
  const args: unknown = await module.generate(size, seededRandom(seed));
  const where = `${problem.slug}/generator.js generate(${size}, seed ${seed})`;
  if (!Array.isArray(args)) throw new Error(`${where} must return an array (the arguments, or for a class the calls)`);
  const problemPath = plainDataProblem(args, []);
  if (problemPath) throw new Error(`${where} returned ${problemPath}`);
  if (problem.kind === 'class' && (!Array.isArray(args[0]) || args[0][0] !== 'new')) {
    throw new Error(`${where} must return calls starting with ["new", ...constructorArgs]`);
  }
  return args as PlainValue[];
}

/** Where a value stops being plain data (a function, a class instance, a cycle), or null. */
function plainDataProblem(value: unknown, seen: object[]): string | null {
  if (value === null || ['undefined', 'boolean', 'number', 'string', 'bigint'].includes(typeof value)) return null;
  if (typeof value !== 'object') return `a ${typeof value}, which is not plain data`;
  if (seen.includes(value)) return 'a cycle, which is not plain data';
  const inner = [...seen, value];
  const items = Array.isArray(value)
    ? value
    : value instanceof Set
      ? [...value]
      : value instanceof Map
        ? [...value].flat()
        : Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null
          ? Object.values(value)
          : null;
  if (!items) return `an instance of ${value.constructor?.name ?? 'a class'}, which is not plain data`;
  for (const item of items) {
    const found = plainDataProblem(item, inner);
    if (found) return found;
  }
  return null;
}

/** What a checker is given: the test's arguments (a class test's calls), the reference answer and the candidate's. */
export interface CheckerInput {
  args: PlainValue[];
  expected: PlainValue;
  actual: PlainValue;
}

/** `true` when the answer is right, otherwise why it is wrong. */
export type Checker = (input: CheckerInput) => true | string;

/** The problem's `check` function, or null when it compares answers without a checker. */
export async function loadChecker(problem: Problem): Promise<Checker | null> {
  if (!problem.checkerPath) return null;
  const module: { check?: unknown } = await import(pathToFileURL(problem.checkerPath).href);
  const { check } = module;
  if (typeof check !== 'function') throw new Error(`${problem.slug}/checker.js does not export check`);
  return (input) => {
    const verdict: unknown = check(input);
    if (verdict === true) return true;
    return typeof verdict === 'string' && verdict !== '' ? verdict : 'the checker refused the answer';
  };
}
