/** A loaded problem, its tests, and the views of it that may leave the server. */
import type { PlainValue } from '@dryrun/shared';
import type { Difficulty, ProblemKind, Topic } from './catalog.ts';
import type { ClassSignature, CompareSpec, FunctionSignature, Guide, ProblemLimits } from './schema.ts';

/** One call of a class test: `["new", ...constructorArgs]` first, then `[method, ...args]`. */
export type ClassCall = [method: string, ...args: PlainValue[]];

/**
 * A test of a `function` or `async` problem: the entry is called with `args`. When
 * `expectedFromReference` is true the author left the answer to the reference solution and
 * `expected` is `undefined` until it is produced (the flag tells this apart from a test
 * that expects `undefined`, written `{ "$undefined": true }`).
 */
export interface ArgsTest {
  kind: 'args';
  name: string;
  args: PlainValue[];
  expected: PlainValue;
  expectedFromReference: boolean;
}

/** A test of a `class` problem: `expected[i]` is what `calls[i]` returns (`null` for `new`). */
export interface CallsTest {
  kind: 'calls';
  name: string;
  calls: ClassCall[];
  expected: PlainValue[] | undefined;
  expectedFromReference: boolean;
}

/** Input from `generator.js` (see `generateArgs`), answer from the reference solution. */
export interface GeneratedTest {
  kind: 'generated';
  name: string;
  generate: { size: number; seed: number };
  expected: undefined;
  expectedFromReference: true;
}

export type ProblemTest = ArgsTest | CallsTest | GeneratedTest;

interface ProblemBase {
  /** The folder name, kebab-case; the problem's id everywhere. */
  slug: string;
  /** Absolute path of the problem's folder. */
  dir: string;
  title: string;
  difficulty: Difficulty;
  topics: Topic[];
  /** The function's name, or the class's for kind `class`. */
  entry: string;
  /** The intended solution's complexity, e.g. `O(n)`. Interviewer-only. */
  complexity: { time: string; space: string };
  compare: CompareSpec;
  /** Overrides of the judge's limits; empty means the defaults. */
  limits: ProblemLimits;
  /** Markdown. */
  statement: string;
  starter: { javascript: string; typescript: string };
  tests: { visible: ProblemTest[]; hidden: ProblemTest[] };
  /** Source of `solution.js`, the reference solution. */
  reference: string | null;
  /** Source of `brute.js`, a slow but obviously right solution. */
  brute: string | null;
  /** Absolute path of `checker.js` (an ES module run on the host). */
  checkerPath: string | null;
  /** Absolute path of `generator.js` (an ES module run on the host). */
  generatorPath: string | null;
  /** The interviewer guide (`guide.json`), never shown to a candidate. */
  guide: Guide | null;
  /**
   * `harness.js`: evaluated in the sandbox before the candidate's program (not counted in
   * steps): helpers the statement tells candidates about (`ListNode`, `TreeNode`) and the
   * `driver` the tests call.
   */
  harness: string | null;
  /** The function the tests call, when not `entry`: defined in `harness.js`. */
  driver?: string | undefined;
  /** `wrong/*.js`: plausible mistakes the tests must catch (checked by `pnpm problems:check`). */
  wrongSolutions: NamedSolution[];
  /** `slow/*.js`: right but too slow; the large tests must stop them on time or steps. */
  slowSolutions: NamedSolution[];
}

/** A solution file of the problem, by its name without `.js`. */
export interface NamedSolution {
  name: string;
  source: string;
}

/** A problem as loaded from its folder; the signature's shape follows `kind`. */
export type Problem = ProblemBase &
  ({ kind: 'function' | 'async'; signature: FunctionSignature } | { kind: 'class'; signature: ClassSignature });

/** What a problem listing shows: safe for anyone. */
export interface ProblemSummary {
  slug: string;
  title: string;
  difficulty: Difficulty;
  topics: Topic[];
  kind: ProblemKind;
}

export function toSummary(problem: Problem): ProblemSummary {
  const { slug, title, difficulty, topics, kind } = problem;
  return { slug, title, difficulty, topics: [...topics], kind };
}

/**
 * Everything a candidate may see of a problem. No hidden tests, reference, brute-force
 * solution, checker, generator, guide or expected complexity.
 */
export type CandidateProblem = ProblemSummary & {
  entry: string;
  statement: string;
  starter: { javascript: string; typescript: string };
  visibleTests: ProblemTest[];
} & ({ kind: 'function' | 'async'; signature: FunctionSignature } | { kind: 'class'; signature: ClassSignature });

/** The candidate-safe copy of a problem; shares no objects with it. */
export function candidateView(problem: Problem): CandidateProblem {
  const common = {
    ...toSummary(problem),
    entry: problem.entry,
    statement: problem.statement,
    starter: { ...problem.starter },
    visibleTests: structuredClone(problem.tests.visible),
  };
  return problem.kind === 'class'
    ? { ...common, kind: problem.kind, signature: structuredClone(problem.signature) }
    : { ...common, kind: problem.kind, signature: structuredClone(problem.signature) };
}
