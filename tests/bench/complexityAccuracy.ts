/**
 * `pnpm bench:complexity`: the complexity check's accuracy on solutions of known complexity
 * (`complexityLabels.json`). Prints one line per solution and the share measured right.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProblems, PROBLEMS_ROOT } from '@dryrun/problems';
import { JudgePool } from '../../server/src/judge/JudgePool.ts';
import { checkComplexity } from '../../server/src/problems/complexityCheck.ts';
import { ProblemCatalog } from '../../server/src/problems/ProblemCatalog.ts';

interface Label {
  problem: string;
  file: string;
  time: string;
}

const labels = JSON.parse(await readFile(new URL('./complexityLabels.json', import.meta.url), 'utf8')) as {
  solutions: Label[];
};
const pool = new JudgePool();
const started = performance.now();
try {
  const catalog = await ProblemCatalog.load(pool);
  const { problems } = await loadProblems();
  let right = 0;
  for (const label of labels.solutions) {
    const problem = problems.find((p) => p.slug === label.problem);
    if (!problem) throw new Error(`no problem ${label.problem}`);
    const code = await readFile(join(PROBLEMS_ROOT, label.problem, label.file), 'utf8');
    const report = await checkComplexity(problem, code, 'javascript', { catalog, key: 'accuracy' });
    const measured = report.time ?? `not measured (${report.status} at n = ${report.failure?.n})`;
    const ok = measured === label.time;
    if (ok) right++;
    const sizes = report.points.length > 0 ? `n = ${report.points[0]?.n}…${report.points.at(-1)?.n}` : '';
    console.log(
      `${ok ? '✓' : '✗'} ${`${label.problem}/${label.file}`.padEnd(58)} ${label.time.padEnd(11)} ${measured.padEnd(11)} ${sizes}`,
    );
  }
  const total = labels.solutions.length;
  console.log(
    `\n${right} of ${total} right (${((100 * right) / total).toFixed(0)} %) — ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
} finally {
  await pool.close();
}
