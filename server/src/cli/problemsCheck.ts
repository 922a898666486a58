/**
 * `pnpm problems:check [--problem <slug>]`: proves every problem of the set sound with the
 * real judge, and exits non-zero if one is not. For each problem:
 *
 * - the folder loads without a single mistake (format, fields, files), with an interviewer
 *   guide and at least ten hidden tests;
 * - the reference solution passes every test, so every expected answer is the reference's
 *   own or checked by it;
 * - the brute-force solution, if there is one, agrees with the reference on 200 generated
 *   inputs;
 * - every `wrong/` solution fails (the tests catch the mistake), and there is at least one;
 *   each problem's line says how many its tests kill, and the summary how many in all;
 * - every `slow/` solution passes the tests in order until one stops it on time or steps.
 */
import { parseArgs } from 'node:util';
import { formatProblemError, generateArgs, type Problem } from '@dryrun/problems';
import type { PlainValue } from '@dryrun/shared';
import { formatValue, Judge, type JudgedReport, type JudgedTest, type Verification, verify } from '../judge/Judge.ts';
import { JudgePool } from '../judge/JudgePool.ts';
import { caseOf, ProblemCatalog } from '../problems/ProblemCatalog.ts';

/** Hidden tests a problem needs at least (empty input, one element, duplicates, negatives, extremes...). */
const MIN_HIDDEN_TESTS = 10;
/** Problems checked at the same time. */
const PROBLEMS_AT_ONCE = 4;
/** Generated inputs on which brute force and reference must agree. */
const AGREEMENT_INPUTS = 200;
/** Sizes of those inputs: small, since a brute force is allowed to be exponential. */
const BRUTE_SIZES = { min: 1, max: 10 };

interface Verdict {
  problem: Problem;
  failures: string[];
  notes: string[];
  /** Wrong solutions the tests catch, of how many. */
  wrong: { killed: number; total: number };
}

async function checkProblem(problem: Problem, catalog: ProblemCatalog, judge: Judge): Promise<Verdict> {
  const failures: string[] = [];
  const notes: string[] = [];
  const wrong = { killed: 0, total: problem.wrongSolutions.length };
  if (!problem.guide)
    failures.push('no guide.json: the interviewer guide (hints, follow-ups, mistakes, rubric) is required');
  if (problem.tests.hidden.length < MIN_HIDDEN_TESTS) {
    failures.push(`${problem.tests.hidden.length} hidden tests: at least ${MIN_HIDDEN_TESTS}, covering the edge cases`);
  }
  if (!problem.reference) {
    return {
      problem,
      failures: ['no solution.js: expected answers must come from a reference solution'],
      notes,
      wrong,
    };
  }
  const tests = await catalog.tests(problem).catch((error: unknown) => {
    failures.push(`its tests could not be resolved: ${(error as Error).message}`);
    return null;
  });
  if (!tests) return { problem, failures, notes, wrong };
  const all = [...tests.visible, ...tests.hidden].map((test) => ({ ...test, hidden: false }));
  const verification = await catalog.verification(problem);
  const judgeWith = async (code: string, tests = all) =>
    judge.judge(
      await catalog.task(problem, {
        key: `check:${problem.slug}`,
        code,
        language: 'javascript',
        tests,
        // Problems are checked side by side: a submission's deadline would count the queue.
        limits: { submissionMs: 10 * 60_000 },
      }),
    );
  /** The first test, in order, that `code` does not pass (visible and small tests come first). */
  const firstFailing = async (code: string): Promise<JudgedTest | null> => {
    for (const test of all) {
      const [result] = (await judgeWith(code, [test])).tests;
      if (result && result.verdict !== 'accepted') return result;
    }
    return null;
  };

  // With a checker, the reference's answers are judged by it, not compared with the typed
  // ones: each typed answer (candidates see the visible ones) must satisfy the checker too.
  if (verification.kind === 'checker') {
    for (const test of [...problem.tests.visible, ...problem.tests.hidden]) {
      if (test.kind === 'generated' || test.expectedFromReference || test.expected === undefined) continue;
      const input = test.kind === 'calls' ? test.calls : test.args;
      const verdict = verification.check({ args: input, expected: test.expected, actual: test.expected });
      if (verdict !== true) failures.push(`the typed answer of "${test.name}" fails the checker: ${verdict}`);
    }
  }

  const reference = await judgeWith(problem.reference);
  if (reference.verdict === 'accepted') notes.push(`${reference.total} tests pass`);
  else failures.push(`the reference solution fails: ${firstFailure(reference)}`);

  if (problem.brute) {
    const disagreement = await agreement(problem, problem.brute, verification, catalog);
    if (disagreement) failures.push(`brute.js and solution.js disagree: ${disagreement}`);
    else notes.push(`brute force agrees on ${AGREEMENT_INPUTS} inputs`);
  }

  if (problem.wrongSolutions.length === 0) failures.push('no wrong/ solution: ship at least one plausible mistake');
  for (const solution of problem.wrongSolutions) {
    if (await firstFailing(solution.source)) wrong.killed++;
    else failures.push(`wrong/${solution.name}.js passes every test: the tests miss its mistake`);
  }
  if (wrong.total > 0) notes.push(`${wrong.killed}/${wrong.total} wrong killed`);

  for (const slow of problem.slowSolutions) {
    // Every test before the one that stops it must pass: slow, never wrong.
    const failing = await firstFailing(slow.source);
    if (!failing) failures.push(`slow/${slow.name}.js passes every test in time: the large tests are too small`);
    else if (failing.verdict !== 'time_limit') {
      failures.push(`slow/${slow.name}.js is not just slow: ${failing.name} is ${failing.verdict}`);
    }
  }
  if (problem.slowSolutions.length > 0) notes.push(`${problem.slowSolutions.length} slow stopped`);
  return { problem, failures, notes, wrong };
}

/** The first generated input on which the two solutions answer differently, described; or null. */
async function agreement(
  problem: Problem,
  brute: string,
  verification: Verification,
  catalog: ProblemCatalog,
): Promise<string | null> {
  if (!problem.generatorPath) return 'there is no generator.js to make inputs with';
  const span = BRUTE_SIZES.max - BRUTE_SIZES.min + 1;
  for (let seed = 1; seed <= AGREEMENT_INPUTS; seed++) {
    const size = BRUTE_SIZES.min + (seed % span);
    const input = await generateArgs(problem, size, seed);
    const where = `size ${size}, seed ${seed}`;
    const [reference, actual] = await Promise.all([
      // `null` is an answer too: a failure is told apart by the missing box.
      catalog.referenceAnswer(problem, input).then(
        (value) => ({ value }),
        () => null,
      ),
      catalog.run(problem, brute, input, { key: `check:${problem.slug}` }),
    ]);
    if (reference === null) return `the reference fails at ${where}`;
    const expected = reference.value;
    if (actual.verdict !== 'accepted') return `the brute force answers ${actual.verdict} at ${where}`;
    const same = verify(verification, caseOf(problem, where, input, expected), actual.value as PlainValue);
    if (same !== true) {
      const answers = `the brute force answers ${formatValue(actual.value as PlainValue)}, the reference ${formatValue(expected)}`;
      return `at ${where}: ${same ?? answers}`;
    }
  }
  return null;
}

function firstFailure(report: JudgedReport): string {
  if (report.compileError) return `compile error: ${report.compileError.message}`;
  const failed = report.tests.find((t) => t.verdict !== 'accepted');
  if (!failed) return report.verdict;
  const detail =
    failed.error?.message ??
    failed.message ??
    failed.limitMessage ??
    (failed.actual ? `answered ${failed.actual}, expected ${failed.expected}` : '');
  return `${failed.name}: ${failed.verdict}${detail ? ` (${detail})` : ''}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { problem: { type: 'string' } }, strict: true });
  const started = performance.now();
  const pool = new JudgePool();
  try {
    const catalog = await ProblemCatalog.load(pool);
    const judge = new Judge(pool);
    let broken = 0;
    const bySlug = new Map<string, string[]>();
    for (const error of catalog.errors) {
      const list = bySlug.get(error.slug) ?? [];
      list.push(formatProblemError(error));
      bySlug.set(error.slug, list);
    }
    for (const [slug, messages] of bySlug) {
      if (values.problem && slug !== values.problem) continue;
      broken++;
      console.log(`✗ ${slug || '(problems folder)'}: does not load\n    ${messages.join('\n    ')}`);
    }
    const problems = catalog.list().filter((p) => !values.problem || p.slug === values.problem);
    if (values.problem && problems.length === 0 && !bySlug.has(values.problem)) {
      console.error(`no problem "${values.problem}"`);
      return 2;
    }
    // A few problems at a time keep every worker busy without queueing anyone's tests for long.
    const verdicts: Verdict[] = [];
    const waiting = [...problems];
    await Promise.all(
      Array.from({ length: PROBLEMS_AT_ONCE }, async () => {
        for (let next = waiting.shift(); next; next = waiting.shift()) {
          verdicts.push(await checkProblem(catalog.get(next.slug) as Problem, catalog, judge));
        }
      }),
    );
    verdicts.sort((a, b) => a.problem.slug.localeCompare(b.problem.slug));
    for (const { problem, failures, notes } of verdicts) {
      const label = `${problem.slug} (${problem.difficulty}, ${problem.kind})`;
      if (failures.length === 0) console.log(`✓ ${label}: ${notes.join(' · ')}`);
      else {
        broken++;
        console.log(`✗ ${label}\n    ${failures.join('\n    ')}`);
      }
    }
    const unloadable = [...bySlug.keys()].filter((slug) => !values.problem || slug === values.problem).length;
    const total = verdicts.length + unloadable;
    const count = (difficulty: string) => verdicts.filter((v) => v.problem.difficulty === difficulty).length;
    const killed = verdicts.reduce((sum, v) => sum + v.wrong.killed, 0);
    const wrongTotal = verdicts.reduce((sum, v) => sum + v.wrong.total, 0);
    console.log(
      `\n${total} problems (${count('easy')} easy, ${count('medium')} medium, ${count('hard')} hard): ` +
        `${total - broken} sound, ${broken} broken; ${killed}/${wrongTotal} wrong solutions killed — ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return broken === 0 ? 0 : 1;
  } finally {
    await pool.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('The check itself failed:', error);
    process.exitCode = 1;
  },
);
