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
import type { Language, PlainValue } from '@dryrun/shared';
import type { JudgeCase, JudgeTask, Verification } from '../judge/Judge.ts';
import type { JudgePool } from '../judge/JudgePool.ts';
import { DEFAULT_LIMITS, type SandboxLimits } from '../judge/limits.ts';
import { type EntryCall, failureText, type MethodCall, type ProgramResult } from '../judge/sandbox.ts';

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

  /** A judge task for `code` on these tests of the problem: its tested function, harness, checks and limits. */
  async task(
    problem: Problem,
    submission: { key: string; code: string; language: Language; tests: JudgeCase[]; limits?: Partial<SandboxLimits> },
  ): Promise<JudgeTask> {
    return {
      key: submission.key,
      code: submission.code,
      language: submission.language,
      entry: testedFunction(problem),
      ...(problem.harness ? { harness: problem.harness } : {}),
      tests: submission.tests,
      verification: await this.verification(problem),
      limits: { ...this.limits(problem), ...submission.limits },
    };
  }

  /**
   * Runs `source` on one input of the problem, the way its tests do (its harness, its
   * limits, the function tests call), on the pool under `key`.
   */
  run(
    problem: Problem,
    source: string,
    input: ProblemInput,
    options: { key: string; language?: Language; limits?: Partial<SandboxLimits> },
  ): Promise<ProgramResult> {
    return this.pool.run({
      key: options.key,
      source,
      language: options.language ?? 'javascript',
      limits: { ...this.limits(problem), ...options.limits },
      call: callOf(problem, input),
      ...(problem.harness ? { harness: problem.harness } : {}),
    });
  }

  /** What the reference solution answers for an input: the expected answer of custom input. */
  async referenceAnswer(problem: Problem, input: ProblemInput): Promise<PlainValue> {
    if (!problem.reference) throw new Error(`${problem.slug} has no reference solution`);
    const result = await this.run(problem, problem.reference, input, {
      key: `reference:${problem.slug}`,
      limits: { timeoutMs: this.limits(problem).timeoutMs * 4 },
    });
    if (result.verdict !== 'accepted') {
      throw new ReferenceFailure(`the reference solution of ${problem.slug} failed (${failureText(result)})`);
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
    return caseOf(problem, test.name, input, expected, hidden);
  }
}

/** The function tests call: the problem's driver (in `harness.js`), or its entry. */
export function testedFunction(problem: Problem): string {
  return problem.driver ?? problem.entry;
}

/** One input of a problem: the arguments of its tested function, or a class test's calls. */
export type ProblemInput = PlainValue[] | MethodCall[];

/** A test of the problem with this input and answer. */
export function caseOf(
  problem: Problem,
  name: string,
  input: ProblemInput,
  expected: PlainValue,
  hidden = false,
): JudgeCase {
  return problem.kind === 'class'
    ? { name, hidden, calls: input as MethodCall[], expected }
    : { name, hidden, args: input as PlainValue[], expected };
}

/** The call a test makes with this input. */
export function callOf(problem: Problem, input: ProblemInput): EntryCall {
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
