/**
 * `pnpm judge`: the judge outside a room, for problem authors, CI and scripts.
 *
 *   pnpm judge --problem <slug> --file <solution.js|ts> [--complexity] [--json]
 *   pnpm judge --eval <program.js|ts> [--json]
 *   pnpm judge --list [--json]
 *
 * The exit code is 0 whenever the judge worked, whatever the verdict; 2 for a usage
 * mistake (unknown problem, unreadable file); 1 if the judge itself failed.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblemError } from '@dryrun/problems';
import type { Language } from '@dryrun/shared';
import { Judge, type JudgedReport } from '../judge/Judge.ts';
import { JudgePool } from '../judge/JudgePool.ts';
import { type ComplexityReport, checkComplexity } from '../problems/complexityCheck.ts';
import { ProblemCatalog } from '../problems/ProblemCatalog.ts';

const USAGE = `Usage:
  pnpm judge --problem <slug> --file <solution.js|ts> [--complexity] [--json]
  pnpm judge --eval <program.js|ts> [--json]      run a whole program, as Run does on a blank pad
  pnpm judge --list [--json]`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      problem: { type: 'string' },
      file: { type: 'string' },
      eval: { type: 'string' },
      list: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      complexity: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.eval !== undefined) return evalProgram(values.eval, values.json);
  if (!values.list && !values.problem) {
    throw new UsageError('say --problem <slug> --file <file>, --eval <file>, or --list');
  }

  const pool = new JudgePool();
  try {
    const catalog = await ProblemCatalog.load(pool);
    for (const error of catalog.errors) console.error(`warning: ${formatProblemError(error)}`);
    if (values.list) {
      const problems = catalog.list();
      if (values.json) console.log(JSON.stringify(problems, null, 2));
      else
        for (const p of problems)
          console.log(`${p.slug.padEnd(32)} ${p.difficulty.padEnd(7)} ${p.kind.padEnd(9)} ${p.topics.join(', ')}`);
      return 0;
    }

    const problem = catalog.get(values.problem ?? '');
    if (!problem) throw new UsageError(`no problem "${values.problem}" (see pnpm judge --list)`);
    if (!values.file) throw new UsageError('say which solution to judge: --file <solution.js|ts>');
    // pnpm runs scripts from the workspace root; a relative path means the caller's folder.
    const path = resolve(process.env.INIT_CWD ?? process.cwd(), values.file);
    const language = languageOf(path);
    const code = await readFile(path, 'utf8').catch(() => {
      throw new UsageError(`cannot read ${path}`);
    });

    const tests = await catalog.tests(problem);
    const hiddenNames = new Set(tests.hidden.map((t) => t.name));
    const report = await new Judge(pool).judge(
      await catalog.task(problem, {
        key: 'cli',
        code,
        language,
        // Authors see everything, hidden tests included.
        tests: [...tests.visible, ...tests.hidden].map((t) => ({ ...t, hidden: false })),
      }),
    );
    const complexity = values.complexity
      ? await checkComplexity(problem, code, language, { catalog, key: 'cli' })
      : undefined;
    if (values.json) {
      const json = {
        problem: problem.slug,
        language,
        ...report,
        tests: report.tests.map((t) => ({ ...t, hidden: hiddenNames.has(t.name) })),
        ...(complexity ? { complexity: { ...complexity, expected: problem.complexity.time } } : {}),
      };
      console.log(JSON.stringify(json, null, 2));
    } else {
      console.log(table(report, hiddenNames));
      if (complexity) console.log(`\n${complexityTable(complexity, problem.complexity.time)}`);
    }
    return 0;
  } finally {
    await pool.close();
  }
}

/**
 * Runs a whole program exactly as a pad's Run does: the same sandbox, limits, virtual clock
 * and step counting. Prints what it printed, then how it ended (on stderr, so stdout is the
 * program's own); with `--json`, one object.
 */
async function evalProgram(file: string, json: boolean): Promise<number> {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const language = languageOf(path);
  const source = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${path}`);
  });
  const pool = new JudgePool({ size: 1 });
  try {
    const result = await pool.run({ key: 'cli', source, language, fileName: basename(path) });
    if (json) {
      const { verdict, stdout, error, steps, timeMs } = result;
      console.log(JSON.stringify({ verdict, stdout, error, steps, timeMs }, null, 2));
      return 0;
    }
    process.stdout.write(result.stdout);
    if (result.stdout && !result.stdout.endsWith('\n')) process.stdout.write('\n');
    if (result.error) {
      const { name, message, line, column } = result.error;
      const where = line === null ? '' : ` (line ${line}${column === null ? '' : `, column ${column}`})`;
      console.error(`${result.verdict === 'compile_error' ? 'Compile error' : 'Uncaught'} ${name}: ${message}${where}`);
    }
    if (result.limitMessage) console.error(`Stopped: ${result.limitMessage}`);
    console.error(`— ${result.verdict}, ${result.steps.toLocaleString('en-US')} steps, ${result.timeMs.toFixed(1)} ms`);
    return 0;
  } finally {
    await pool.close();
  }
}

function complexityTable(report: ComplexityReport, expected: string): string {
  const lines = report.points.map(
    (p) => `  n = ${String(p.n).padStart(6)}   ${Math.round(p.steps).toLocaleString('en-US').padStart(12)} steps`,
  );
  if (report.status !== 'measured') {
    const { n, message } = report.failure ?? { n: '?', message: '' };
    return [`complexity: not measured — ${report.status} at n = ${n}: ${message}`, ...lines].join('\n');
  }
  return [`complexity: measured ${report.time} (an optimal solution is ${expected})`, ...lines].join('\n');
}

function languageOf(path: string): Language {
  const extension = extname(path);
  if (extension === '.ts' || extension === '.mts') return 'typescript';
  if (extension === '.js' || extension === '.mjs') return 'javascript';
  throw new UsageError(`${path}: the language follows the extension, .js or .ts`);
}

function table(report: JudgedReport, hiddenNames: Set<string>): string {
  const lines: string[] = [];
  if (report.compileError) {
    const { name, message, line, column } = report.compileError;
    lines.push(`compile error at ${line ?? '?'}:${column ?? '?'}: ${name}: ${message}`);
  }
  const width = Math.max(4, ...report.tests.map((t) => t.name.length + (hiddenNames.has(t.name) ? 9 : 0)));
  if (report.tests.length > 0) {
    lines.push(`${'test'.padEnd(width)}  ${'verdict'.padEnd(14)}  ${'steps'.padStart(12)}  ${'time'.padStart(9)}`);
    for (const t of report.tests) {
      const name = hiddenNames.has(t.name) ? `${t.name} (hidden)` : t.name;
      lines.push(
        `${name.padEnd(width)}  ${t.verdict.padEnd(14)}  ${t.steps.toLocaleString('en-US').padStart(12)}  ${`${t.timeMs.toFixed(1)} ms`.padStart(9)}`,
      );
    }
  }
  for (const t of report.tests.filter((x) => x.verdict !== 'accepted')) {
    lines.push('', `✗ ${t.name}: ${t.verdict}${t.limitMessage ? ` (${t.limitMessage})` : ''}`);
    if (t.input) lines.push(`  input:    ${t.input.replaceAll('\n', '\n            ')}`);
    if (t.expected !== undefined) lines.push(`  expected: ${t.expected}`);
    if (t.actual) lines.push(`  actual:   ${t.actual}`);
    if (t.message) lines.push(`  why:      ${t.message}`);
    if (t.error)
      lines.push(`  error:    ${t.error.name}: ${t.error.message} at ${t.error.line ?? '?'}:${t.error.column ?? '?'}`);
    if (t.stdout) lines.push(`  output:   ${t.stdout.split('\n').slice(0, 10).join('\n            ')}`);
  }
  lines.push(
    '',
    `${report.verdict}: ${report.passed}/${report.total} tests passed, ${report.steps.toLocaleString('en-US')} steps, ${report.timeMs.toFixed(0)} ms`,
  );
  return lines.join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error('The judge failed:', error);
    process.exitCode = 1;
  },
);
