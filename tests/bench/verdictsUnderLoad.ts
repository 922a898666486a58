/**
 * `pnpm bench:verdicts`: proof that a verdict does not depend on the machine's load. Every
 * problem's reference, wrong and slow solutions are judged on every test twice — once as
 * the machine is, once with every core saturated by busy loops in other processes — and
 * each test's verdict and steps must come out identical. Prints the figures of both passes
 * and every difference, and exits 1 if there is one.
 *
 *   pnpm bench:verdicts [-- --problem <slug>]... [--busy <processes>]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { type Problem, loadProblems } from '@dryrun/problems';
import { Judge } from '../../server/src/judge/Judge.ts';
import { JudgePool } from '../../server/src/judge/JudgePool.ts';
import { ProblemCatalog } from '../../server/src/problems/ProblemCatalog.ts';
import { benchArgs, numberOption } from './benchArgs.ts';

const args = benchArgs(process.argv.slice(2), {
  problem: { type: 'string', multiple: true },
  busy: { type: 'string' },
});
const busyProcesses = numberOption(args.busy, availableParallelism(), 'busy', 1, 64);

/** One solution's outcome on one test: what must not change with load. */
type Outcomes = Map<string, string>;

async function judgeEverything(problems: Problem[], catalog: ProblemCatalog, judge: Judge): Promise<Outcomes> {
  const outcomes: Outcomes = new Map();
  for (const problem of problems) {
    const tests = await catalog.tests(problem);
    const all = [...tests.visible, ...tests.hidden].map((test) => ({ ...test, hidden: false }));
    const solutions = [
      ...(problem.reference ? [{ name: 'solution', source: problem.reference }] : []),
      ...problem.wrongSolutions.map((s) => ({ name: `wrong/${s.name}`, source: s.source })),
      ...problem.slowSolutions.map((s) => ({ name: `slow/${s.name}`, source: s.source })),
    ];
    for (const solution of solutions) {
      const report = await judge.judge(
        await catalog.task(problem, {
          key: `verdicts:${problem.slug}`,
          code: solution.source,
          language: 'javascript',
          tests: all,
        }),
      );
      for (const test of report.tests) {
        outcomes.set(`${problem.slug} ${solution.name} "${test.name}"`, `${test.verdict} ${test.steps}`);
      }
    }
  }
  return outcomes;
}

function saturate(count: number): ChildProcess[] {
  return Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

const pool = new JudgePool();
try {
  const catalog = await ProblemCatalog.load(pool);
  const { problems: all } = await loadProblems();
  const problems = all.filter((p) => !args.problem || args.problem.includes(p.slug));
  if (problems.length === 0) throw new Error(`no problem ${args.problem?.join(', ')}`);
  const judge = new Judge(pool);

  const pass = async (label: string) => {
    const started = performance.now();
    const outcomes = await judgeEverything(problems, catalog, judge);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${label}: ${outcomes.size} test runs in ${seconds.toFixed(0)} s, load average ${loadavg()[0]?.toFixed(1)}`,
    );
    return outcomes;
  };

  const calm = await pass('as the machine is');
  const busy = saturate(busyProcesses);
  let loaded: Outcomes;
  try {
    loaded = await pass(`with ${busyProcesses} busy processes on ${availableParallelism()} cores`);
  } finally {
    for (const child of busy) child.kill();
  }

  const differences = [...calm].filter(([key, outcome]) => loaded.get(key) !== outcome);
  for (const [key, outcome] of differences) console.log(`  ✗ ${key}: ${outcome} calm, ${loaded.get(key)} loaded`);
  const verdicts = new Map<string, number>();
  for (const outcome of calm.values()) {
    const verdict = outcome.split(' ')[0] ?? '';
    verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
  }
  console.log(
    `\n${problems.length} problems, ${calm.size} test runs (${[...verdicts].map(([v, n]) => `${n} ${v}`).join(', ')}): ` +
      `${calm.size - differences.length} identical in verdict and steps, ${differences.length} different`,
  );
  if (differences.length > 0 || calm.size !== loaded.size) process.exitCode = 1;
} finally {
  await pool.close();
}
