/**
 * Reads problem folders into typed `Problem`s. Nothing is thrown for an author's mistake:
 * every one found is returned as a `ProblemError` naming its file and field, so one run
 * lists everything to fix. The loader never runs problem code; `generateArgs` and
 * `loadChecker` do, on demand.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SLUG_PATTERN } from './catalog.ts';
import { parseJson } from './jsonFile.ts';
import { parseTests } from './parseTests.ts';
import type { NamedSolution, Problem } from './problem.ts';
import { issuesToErrors, type ProblemError } from './problemError.ts';
import { PROBLEMS_ROOT } from './root.ts';
import { type Guide, guideSchema, type ProblemMeta, problemMetaSchema } from './schema.ts';

/** Files a problem folder must have. */
export const REQUIRED_FILES = ['problem.json', 'statement.md', 'starter.js', 'starter.ts', 'tests.json'] as const;
/** Files a problem folder may have. */
export const OPTIONAL_FILES = [
  'solution.js',
  'brute.js',
  'generator.js',
  'checker.js',
  'harness.js',
  'guide.json',
] as const;
type ProblemFile = (typeof REQUIRED_FILES)[number] | (typeof OPTIONAL_FILES)[number];
const KNOWN_FILES = new Set<string>([...REQUIRED_FILES, ...OPTIONAL_FILES]);
/**
 * Folders of solutions the validator must see fail: `wrong/` (plausible mistakes: wrong
 * answers, missed edge cases) and `slow/` (right, but too slow for the large tests).
 */
export const SOLUTION_FOLDERS = ['wrong', 'slow'] as const;

/** Folders of the problems root that are not problems. */
const NOT_PROBLEMS = new Set(['src', 'node_modules', 'dist']);

/** The same limit as a room's `problemSlug`. */
const MAX_SLUG_LENGTH = 64;

export interface LoadedProblems {
  /** The problems without a single error, by slug. */
  problems: Problem[];
  errors: ProblemError[];
}

/** Loads every problem folder under `root`. */
export async function loadProblems(root: string = PROBLEMS_ROOT): Promise<LoadedProblems> {
  let slugs: string[];
  try {
    const entries = await readdir(root, { withFileTypes: true });
    slugs = entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !NOT_PROBLEMS.has(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { problems: [], errors: [{ slug: '', file: root, field: null, message: messageOf(error) }] };
  }
  const loaded = await Promise.all(slugs.map((slug) => loadProblem(root, slug)));
  return {
    problems: loaded.flatMap((result) => (result.problem ? [result.problem] : [])),
    errors: loaded.flatMap((result) => result.errors),
  };
}

export type LoadedProblem = { problem: Problem; errors: [] } | { problem: null; errors: ProblemError[] };

/** Loads one problem folder, `root/slug`. */
export async function loadProblem(root: string, slug: string): Promise<LoadedProblem> {
  const dir = resolve(root, slug);
  const errors: ProblemError[] = [];
  const at = (file: string, field: string | null, message: string) =>
    errors.push({ slug, file: `${slug}/${file}`, field, message });

  if (!SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH) {
    errors.push({
      slug,
      file: slug,
      field: null,
      message: `the folder name is the slug: lowercase words joined by dashes (e.g. "two-sum"), at most ${MAX_SLUG_LENGTH} characters`,
    });
  }

  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.map((entry) => entry.name);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory() && (SOLUTION_FOLDERS as readonly string[]).includes(entry.name)) continue;
      if (!entry.isFile() || !KNOWN_FILES.has(entry.name)) {
        at(
          entry.name,
          null,
          `unexpected ${entry.isFile() ? 'file' : 'entry'} (a problem folder holds ${[...KNOWN_FILES].join(', ')})`,
        );
      }
    }
  } catch (error) {
    errors.push({ slug, file: slug, field: null, message: messageOf(error) });
    return { problem: null, errors };
  }

  const texts = new Map<ProblemFile, string>();
  for (const file of [...REQUIRED_FILES, ...OPTIONAL_FILES]) {
    if (!names.includes(file)) {
      if ((REQUIRED_FILES as readonly string[]).includes(file)) at(file, null, 'missing file');
      continue;
    }
    try {
      texts.set(file, await readFile(join(dir, file), 'utf8'));
    } catch (error) {
      at(file, null, messageOf(error));
    }
  }
  const has = (file: ProblemFile) => texts.has(file);
  const solutions: Record<(typeof SOLUTION_FOLDERS)[number], NamedSolution[]> = { wrong: [], slow: [] };
  for (const folder of SOLUTION_FOLDERS) {
    if (!names.includes(folder)) continue;
    for (const entry of (await readdir(join(dir, folder), { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      if (!entry.isFile() || !entry.name.endsWith('.js')) {
        at(`${folder}/${entry.name}`, null, `${folder}/ holds solutions as .js files`);
        continue;
      }
      solutions[folder].push({
        name: entry.name.replace(/\.js$/, ''),
        source: await readFile(join(dir, folder, entry.name), 'utf8'),
      });
    }
  }

  let meta: ProblemMeta | null = null;
  const metaText = texts.get('problem.json');
  if (metaText !== undefined) {
    const json = parseJson(metaText);
    if ('error' in json) at('problem.json', null, json.error);
    else {
      const parsed = problemMetaSchema.safeParse(json.value);
      if (parsed.success) meta = parsed.data;
      else errors.push(...issuesToErrors(slug, `${slug}/problem.json`, parsed.error.issues));
    }
  }

  let tests: Problem['tests'] | null = null;
  const testsText = texts.get('tests.json');
  if (testsText !== undefined) {
    const json = parseJson(testsText);
    if ('error' in json) at('tests.json', null, json.error);
    else {
      // Test shapes depend on the kind; with a broken problem.json they are read by their keys.
      const parsed = parseTests(slug, json.value, meta, {
        reference: has('solution.js'),
        generator: has('generator.js'),
      });
      errors.push(...parsed.errors);
      tests = parsed.tests;
    }
  }

  let guide: Guide | null = null;
  const guideText = texts.get('guide.json');
  if (guideText !== undefined) {
    const json = parseJson(guideText);
    if ('error' in json) at('guide.json', null, json.error);
    else {
      const parsed = guideSchema.safeParse(json.value);
      if (parsed.success) guide = parsed.data;
      else errors.push(...issuesToErrors(slug, `${slug}/guide.json`, parsed.error.issues));
    }
  }
  if (meta?.driver !== undefined && !has('harness.js')) {
    at('problem.json', 'driver', 'a driver is defined in harness.js, and the folder has none');
  }
  const harness = texts.get('harness.js');
  if (harness !== undefined && meta?.driver !== undefined && !declaration(meta.driver).test(harness)) {
    at('harness.js', null, `does not declare the driver "${meta.driver}" (problem.json "driver")`);
  }

  const statement = texts.get('statement.md');
  if (statement !== undefined && statement.trim() === '') at('statement.md', null, 'the statement is empty');

  if (meta) {
    const declares = declaration(meta.entry);
    const what = meta.kind === 'class' ? 'class' : 'function';
    for (const file of ['starter.js', 'starter.ts', 'solution.js', 'brute.js'] as const) {
      const source = texts.get(file);
      if (source !== undefined && !declares.test(source)) {
        at(file, null, `does not declare the entry ${what} "${meta.entry}" (problem.json "entry")`);
      }
    }
    for (const folder of SOLUTION_FOLDERS) {
      for (const solution of solutions[folder]) {
        if (!declares.test(solution.source)) {
          at(`${folder}/${solution.name}.js`, null, `does not declare the entry ${what} "${meta.entry}"`);
        }
      }
    }
    if (meta.compare.kind === 'checker' && !has('checker.js')) {
      at('problem.json', 'compare', 'compare is "checker" but the folder has no checker.js');
    }
    if (meta.compare.kind !== 'checker' && has('checker.js')) {
      at('checker.js', null, 'checker.js is only used when problem.json has "compare": "checker"');
    }
  }
  const checker = texts.get('checker.js');
  if (checker !== undefined && !exportsFunction(checker, 'check')) {
    at('checker.js', null, 'must export a function "check" ({ args, expected, actual }) => true | string');
  }
  const generator = texts.get('generator.js');
  if (generator !== undefined && !exportsFunction(generator, 'generate')) {
    at('generator.js', null, 'must export a function "generate" (size, random) => args');
  }

  if (errors.length > 0 || !meta || !tests || statement === undefined) return { problem: null, errors };
  const problem: Problem = {
    ...meta,
    slug,
    dir,
    statement,
    starter: { javascript: texts.get('starter.js') ?? '', typescript: texts.get('starter.ts') ?? '' },
    tests,
    reference: texts.get('solution.js') ?? null,
    brute: texts.get('brute.js') ?? null,
    checkerPath: has('checker.js') ? join(dir, 'checker.js') : null,
    generatorPath: has('generator.js') ? join(dir, 'generator.js') : null,
    guide,
    harness: harness ?? null,
    wrongSolutions: solutions.wrong,
    slowSolutions: solutions.slow,
  };
  return { problem, errors: [] };
}

/** `function twoSum`, `class LRUCache`, `const twoSum =` and the like, at any indentation. */
function declaration(entry: string): RegExp {
  return new RegExp(
    `(?:^|[\\s;])(?:async\\s+)?(?:function\\s*\\*?|class|const|let|var)\\s+${entry.replace(/\$/g, '\\$')}(?![\\w$])`,
    'm',
  );
}

function exportsFunction(source: string, name: string): boolean {
  return new RegExp(
    `export\\s+(?:async\\s+)?function\\s+${name}\\b|export\\s+(?:const|let|var)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`,
  ).test(source);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
