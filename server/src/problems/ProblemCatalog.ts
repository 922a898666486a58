import {
  generateArgs,
  loadChecker,
  loadProblems,
  type Problem,
  type ProblemError,
  type ProblemSummary,
  type ProblemTest,
  toSummary,
} from '@dryrun/problems';
import type { PlainValue } from '@dryrun/shared';
import type { JudgeCase, Verification } from '../judge/Judge.ts';
import type { JudgePool } from '../judge/JudgePool.ts';
import { DEFAULT_LIMITS, type SandboxLimits } from '../judge/limits.ts';
import type { EntryCall, MethodCall } from '../judge/sandbox.ts';

/** A problem's tests with every input and expected answer in hand, ready for the judge. */
export interface ResolvedTests {
  visible: JudgeCase[];
  hidden: JudgeCase[];
}

/**
 * The problem set as the server uses it: loaded once at start, with each problem's tests
 * resolved on first use. Generated inputs come from the problem's generator; answers left
 * to the reference are produced by running `solution.js` in the same sandbox candidates
 * use. Nothing here is sent to a browser as is: callers pick what a role may see.
 */
export class ProblemCatalog {
  private readonly bySlug: Map<string, Problem>;
  private readonly resolved = new Map<string, Promise<ResolvedTests>>();
  private readonly verifications = new Map<string, Promise<Verification>>();

  private constructor(
    problems: Problem[],
    readonly errors: ProblemError[],
    private readonly pool: JudgePool,
  ) {
    this.bySlug = new Map(problems.map((problem) => [problem.slug, problem]));
  }

  static async load(pool: JudgePool, root?: string): Promise<ProblemCatalog> {
    const { problems, errors } = await loadProblems(root);
    return new ProblemCatalog(problems, errors, pool);
  }

  list(): ProblemSummary[] {
    return [...this.bySlug.values()].map(toSummary);
  }

  get(slug: string): Problem | undefined {
    return this.bySlug.get(slug);
  }

  /** The limits a problem's runs obey: the defaults with its overrides. */
  limits(problem: Problem): SandboxLimits {
    return { ...DEFAULT_LIMITS, ...problem.limits };
  }

  tests(problem: Problem): Promise<ResolvedTests> {
    let tests = this.resolved.get(problem.slug);
    if (!tests) {
      tests = this.resolve(problem);
      // A failure (a broken reference) is reported, and tried again next time.
      tests.catch(() => this.resolved.delete(problem.slug));
      this.resolved.set(problem.slug, tests);
    }
    return tests;
  }

  verification(problem: Problem): Promise<Verification> {
    let verification = this.verifications.get(problem.slug);
    if (!verification) {
      verification = verificationOf(problem);
      this.verifications.set(problem.slug, verification);
    }
    return verification;
  }

  /** What the reference solution answers for an input: the expected answer of custom input. */
  async referenceAnswer(problem: Problem, input: PlainValue[] | MethodCall[]): Promise<PlainValue> {
    if (!problem.reference) throw new Error(`${problem.slug} has no reference solution`);
    const call = callOf(problem, input);
    const result = await this.pool.run({
      key: `reference:${problem.slug}`,
      source: problem.reference,
      limits: { ...this.limits(problem), timeoutMs: this.limits(problem).timeoutMs * 4 },
      call,
      ...(problem.harness ? { harness: problem.harness } : {}),
    });
    if (result.verdict !== 'accepted') {
      const why = result.error
        ? `${result.error.name}: ${result.error.message}`
        : (result.limitMessage ?? result.verdict);
      throw new ReferenceFailure(`the reference solution of ${problem.slug} failed (${why})`);
    }
    return result.value as PlainValue;
  }

  /** The visible tests only, resolved without touching the hidden ones (cheap: no large inputs). */
  visibleTests(problem: Problem): Promise<JudgeCase[]> {
    const resolved = this.resolved.get(problem.slug);
    if (resolved) return resolved.then((tests) => tests.visible);
    return Promise.all(problem.tests.visible.map((test) => this.resolveOne(problem, test, false)));
  }

  private async resolve(problem: Problem): Promise<ResolvedTests> {
    const [visible, hidden] = await Promise.all([
      Promise.all(problem.tests.visible.map((test) => this.resolveOne(problem, test, false))),
      Promise.all(problem.tests.hidden.map((test) => this.resolveOne(problem, test, true))),
    ]);
    return { visible, hidden };
  }

  private async resolveOne(problem: Problem, test: ProblemTest, hidden: boolean): Promise<JudgeCase> {
    const input =
      test.kind === 'generated'
        ? await generateArgs(problem, test.generate.size, test.generate.seed)
        : test.kind === 'calls'
          ? test.calls
          : test.args;
    const expected = test.expected === undefined ? await this.referenceAnswer(problem, input) : test.expected;
    return problem.kind === 'class'
      ? { name: test.name, hidden, calls: input as MethodCall[], expected }
      : { name: test.name, hidden, args: input as PlainValue[], expected };
  }
}

/** The function tests call: the problem's driver (in `harness.js`), or its entry. */
export function testedFunction(problem: Problem): string {
  return problem.driver ?? problem.entry;
}

/** The call a test makes with this input. */
export function callOf(problem: Problem, input: PlainValue[] | MethodCall[]): EntryCall {
  return problem.kind === 'class'
    ? { entry: testedFunction(problem), calls: input as MethodCall[] }
    : { entry: testedFunction(problem), args: input as PlainValue[] };
}

/** The reference solution did not produce an answer: the problem, not the candidate, is at fault. */
export class ReferenceFailure extends Error {
  override name = 'ReferenceFailure';
}

async function verificationOf(problem: Problem): Promise<Verification> {
  if (problem.compare.kind !== 'checker') return problem.compare;
  const check = await loadChecker(problem);
  if (!check) throw new Error(`${problem.slug} compares with a checker but has no checker.js`);
  return { kind: 'checker', check: (input) => check({ ...input, args: input.args as PlainValue[] }) };
}
