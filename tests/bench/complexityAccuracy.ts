/**
 * `pnpm bench:complexity`: the complexity check's accuracy on solutions of known complexity
 * (`complexityLabels.json`). Prints one line per solution — right or not, the label, what
 * was measured, the sizes measured and the seconds it took — then how many were right.
 *
 *   pnpm bench:complexity [-- --problem <slug>]...
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProblems, PROBLEMS_ROOT } from '@dryrun/problems';
import { JudgePool } from '../../server/src/judge/JudgePool.ts';
import { checkComplexity } from '../../server/src/problems/complexityCheck.ts';
import { ProblemCatalog } from '../../server/src/problems/ProblemCatalog.ts';
import { benchArgs } from './benchArgs.ts';

interface Label {
  problem: string;
  /** In the problem's folder, or under `complexitySolutions/` beside this file. */
  file: string;
  time: string;
  /** What makes the entry hard to tell apart from a neighbouring class. */
  tricky?: string;
}

const BENCH_SOLUTIONS = 'complexitySolutions/';

const args = benchArgs(process.argv.slice(2), { problem: { type: 'string', multiple: true } });
const labels = JSON.parse(await readFile(new URL('./complexityLabels.json', import.meta.url), 'utf8')) as {
  solutions: Label[];
};
const chosen = labels.solutions.filter((label) => !args.problem || args.problem.includes(label.problem));
if (chosen.length === 0) throw new Error(`no labelled solution of ${args.problem?.join(', ')}`);

const pool = new JudgePool();
const started = performance.now();
try {
  const catalog = await ProblemCatalog.load(pool);
  const { problems } = await loadProblems();
  let right = 0;
  for (const label of chosen) {
    const problem = problems.find((p) => p.slug === label.problem);
    if (!problem) throw new Error(`no problem ${label.problem}`);
    const path = label.file.startsWith(BENCH_SOLUTIONS)
      ? new URL(label.file, import.meta.url)
      : join(PROBLEMS_ROOT, label.problem, label.file);
    const code = await readFile(path, 'utf8');
    const checkStarted = performance.now();
    const report = await checkComplexity(problem, code, 'javascript', { catalog, key: 'accuracy' });
    const seconds = (performance.now() - checkStarted) / 1000;
    const measured = report.time ?? `not measured (${report.status} at n = ${report.failure?.n})`;
    const ok = measured === label.time;
    if (ok) right++;
    const sizes = report.points.length > 0 ? `n = ${report.points[0]?.n}…${report.points.at(-1)?.n}` : '';
    const name = `${label.problem}/${label.file.replace(`${BENCH_SOLUTIONS}${label.problem}/`, '+')}`;
    console.log(
      `${ok ? '✓' : '✗'} ${name.padEnd(60)} ${label.time.padEnd(11)} ${measured.padEnd(11)} ${sizes.padEnd(16)} ${seconds.toFixed(1).padStart(5)} s`,
    );
  }
  const total = chosen.length;
  const wall = (performance.now() - started) / 1000;
  console.log(`\n${right}/${total} right (${((100 * right) / total).toFixed(0)} %) — wall time ${wall.toFixed(0)} s`);
  const tricky = chosen.filter((label) => label.tricky);
  console.log(`${tricky.length} tricky entries (see "tricky" in complexityLabels.json); + marks complexitySolutions/`);
  if (right < total) process.exitCode = 1;
} finally {
  await pool.close();
}
