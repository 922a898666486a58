import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProblem, loadProblems } from './loadProblems.ts';
import { formatProblemError, type ProblemError } from './problemError.ts';
import { PROBLEMS_ROOT } from './root.ts';

describe('the problem set', () => {
  it('loads with zero errors', async () => {
    const { problems, errors } = await loadProblems();
    expect(errors.map(formatProblemError)).toEqual([]);
    expect(problems.map((p) => p.slug)).toEqual(expect.arrayContaining(['lru-cache', 'promise-all', 'two-sum']));
  });

  it('gives every problem at least 2 visible and 10 hidden tests, a reference and both starters', async () => {
    const { problems } = await loadProblems(PROBLEMS_ROOT);
    for (const problem of problems) {
      expect(problem.tests.visible.length, problem.slug).toBeGreaterThanOrEqual(2);
      expect(problem.tests.hidden.length, problem.slug).toBeGreaterThanOrEqual(10);
      expect(problem.reference, problem.slug).toContain(problem.entry);
      expect(problem.starter.typescript, problem.slug).toContain(problem.entry);
    }
  });

  it('decodes escapes and marks answers left to the reference', async () => {
    const { problem } = await loadProblem(PROBLEMS_ROOT, 'lru-cache');
    const [example] = problem?.tests.visible ?? [];
    expect(example).toMatchObject({ kind: 'calls', expectedFromReference: false });
    expect(example?.kind === 'calls' && example.calls.slice(0, 2)).toEqual([
      ['new', 2],
      ['put', 1, 10],
    ]);
    expect(example?.expected).toEqual([null, undefined, undefined, 10, undefined, -1, 30]);
    const twoSum = await loadProblem(PROBLEMS_ROOT, 'two-sum');
    expect(twoSum.problem?.compare).toEqual({ kind: 'checker' });
    expect(twoSum.problem?.checkerPath).toMatch(/two-sum[/\\]checker\.js$/);
    expect(twoSum.problem?.tests.hidden).toContainEqual({
      kind: 'generated',
      name: 'large random',
      generate: { size: 100000, seed: 7 },
      expected: undefined,
      expectedFromReference: true,
    });
  });
});

/** A minimal valid function problem; each fixture below breaks one copy of it. */
const valid = {
  'problem.json': {
    title: 'Add',
    difficulty: 'easy',
    topics: ['math'],
    kind: 'function',
    entry: 'add',
    signature: {
      params: [
        { name: 'a', type: 'number' },
        { name: 'b', type: 'number' },
      ],
      returns: 'number',
    },
    complexity: { time: 'O(1)', space: 'O(1)' },
    compare: 'exact',
  },
  'statement.md': '# Add\n\nReturn `a + b`.\n',
  'starter.js': 'function add(a, b) {}\n',
  'starter.ts': 'function add(a: number, b: number): number {}\n',
  'solution.js': 'function add(a, b) { return a + b; }\n',
  'tests.json': {
    visible: [
      { name: 'one', args: [1, 2], expected: 3 },
      { name: 'two', args: [2, 2], expected: 4 },
    ],
    hidden: [{ name: 'zero', args: [0, 0] }],
  },
};

type Files = Record<string, unknown>;

const fixtures: Record<string, Files> = {
  add: valid,
  'bad-meta': {
    ...valid,
    'problem.json': {
      ...valid['problem.json'],
      difficulty: 'trivial',
      topics: ['arrays'],
      dificulty: 'easy',
      signature: { params: [{ name: 'a', type: '' }], returns: 'number' },
      complexity: { time: 'n^2', space: 'O(1)' },
      compare: 'checker',
    },
  },
  'bad-tests': {
    ...valid,
    'starter.ts': 'function sum(a: number, b: number): number {}\n',
    'tests.json': {
      visible: [{ name: 'one', args: [1, { $nan: true }], expected: 3 }],
      hidden: [
        { name: 'arity', args: [1], expected: 1 },
        { name: 'one', args: [1, 1], expected: 2 },
        { name: 'generated', generate: { size: 10, seed: 1 } },
        { name: 'class-shaped', calls: [['new']] },
      ],
    },
  },
  'bad-json': { ...valid, 'problem.json': '{\n  "title": "Add",\n  "kind": \n}\n' },
  'no-files': { 'problem.json': valid['problem.json'], 'notes.txt': 'scratch' },
  'no-reference': { ...valid, 'solution.js': undefined },
  'bad-class': {
    ...valid,
    'problem.json': {
      ...valid['problem.json'],
      kind: 'class',
      entry: 'Counter',
      signature: {
        constructor: [{ name: 'start', type: 'number' }],
        methods: [{ name: 'inc', params: [], returns: 'number' }],
      },
    },
    'starter.js': 'class Counter {}\n',
    'starter.ts': 'class Counter {}\n',
    'solution.js': 'class Counter { constructor(s) { this.n = s; } inc() { return ++this.n; } }\n',
    'tests.json': {
      visible: [
        { name: 'starts with inc', calls: [['inc'], ['new', 1]], expected: [1, null] },
        { name: 'unknown method', calls: [['new', 1], ['dec']], expected: [null, 0] },
      ],
      hidden: [
        { name: 'short expected', calls: [['new', 1], ['inc'], ['inc']], expected: [null, 2] },
        { name: 'constructor arity', calls: [['new'], ['inc']] },
        { name: 'args in a class test', args: [1] },
      ],
    },
  },
  'no-checker': { ...valid, 'problem.json': { ...valid['problem.json'], compare: 'checker' } },
  'stray-checker': { ...valid, 'checker.js': 'function check() { return true; }\n' },
  Bad_Slug: valid,
};

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dryrun-problems-'));
  for (const [slug, files] of Object.entries(fixtures)) {
    await mkdir(join(root, slug));
    for (const [name, content] of Object.entries(files)) {
      if (content === undefined) continue;
      const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
      await writeFile(join(root, slug, name), text);
    }
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadProblems on a folder with mistakes', () => {
  let result: Awaited<ReturnType<typeof loadProblems>>;
  const errorsOf = (slug: string) => result.errors.filter((e) => e.slug === slug);
  const expectError = (slug: string, file: string, field: string | null, message: RegExp) =>
    expect(errorsOf(slug)).toContainEqual<ProblemError>({ slug, file, field, message: expect.stringMatching(message) });

  beforeAll(async () => {
    result = await loadProblems(root);
  });

  it('loads the valid problem and only it', () => {
    expect(result.problems.map((p) => p.slug)).toEqual(['add']);
    expect(errorsOf('add')).toEqual([]);
    const [add] = result.problems;
    expect(add?.tests.hidden[0]).toEqual({
      kind: 'args',
      name: 'zero',
      args: [0, 0],
      expected: undefined,
      expectedFromReference: true,
    });
    expect(add?.limits).toEqual({});
  });

  it('reports every mistake in problem.json at its field', () => {
    const file = 'bad-meta/problem.json';
    expectError('bad-meta', file, 'difficulty', /easy/);
    expectError('bad-meta', file, 'topics.0', /arrays-and-hashing/);
    expectError('bad-meta', file, 'dificulty', /unknown field/);
    expectError('bad-meta', file, 'signature.params.0.type', /TypeScript type/);
    expectError('bad-meta', file, 'complexity.time', /O\(/);
  });

  it('reports cross-file mistakes once problem.json is valid', async () => {
    const fixed = await loadProblem(root, 'bad-tests');
    expect(fixed.problem).toBeNull();
    expectError('bad-tests', 'bad-tests/starter.ts', null, /does not declare the entry function "add"/);
    expectError('bad-tests', 'bad-tests/tests.json', 'visible', /at least 2 visible tests/);
    expectError('bad-tests', 'bad-tests/tests.json', 'visible.0.args.1', /unknown escape "\$nan"/);
    expectError('bad-tests', 'bad-tests/tests.json', 'hidden.0.args', /takes 2 arguments, the test passes 1/);
    expectError('bad-tests', 'bad-tests/tests.json', 'hidden.1.name', /duplicate test name "one"/);
    expectError('bad-tests', 'bad-tests/tests.json', 'hidden.2.generate', /needs generator\.js/);
    expectError('bad-tests', 'bad-tests/tests.json', 'hidden.3.calls', /lists "args", not "calls"/);
  });

  it('wants checker.js exactly when compare is "checker", exporting check', () => {
    expectError('no-checker', 'no-checker/problem.json', 'compare', /no checker\.js/);
    expectError(
      'stray-checker',
      'stray-checker/checker.js',
      null,
      /only used when problem.json has "compare": "checker"/,
    );
    expectError('stray-checker', 'stray-checker/checker.js', null, /must export a function "check"/);
  });

  it('locates a JSON syntax error by line', () => {
    expectError('bad-json', 'bad-json/problem.json', null, /^invalid JSON at line 4, column 1/);
  });

  it('names missing and unexpected files', () => {
    for (const file of ['statement.md', 'starter.js', 'starter.ts', 'tests.json']) {
      expectError('no-files', `no-files/${file}`, null, /missing file/);
    }
    expectError('no-files', 'no-files/notes.txt', null, /unexpected file/);
  });

  it('wants a reference solution for answers left out', () => {
    expectError('no-reference', 'no-reference/tests.json', 'hidden.0.expected', /no solution\.js/);
  });

  it('checks class tests against the signature', () => {
    const file = 'bad-class/tests.json';
    expectError('bad-class', file, 'visible.0.calls.0.0', /first call must be "new"/);
    expectError('bad-class', file, 'visible.0.calls.1.0', /"new" may only be the first call/);
    expectError('bad-class', file, 'visible.1.calls.1.0', /no method "dec" \(methods: inc\)/);
    expectError('bad-class', file, 'hidden.0.expected', /2 values for 3 calls/);
    expectError('bad-class', file, 'hidden.1.calls.0', /constructor takes 1 argument, the call passes 0/);
    expectError('bad-class', file, 'hidden.2.args', /lists "calls"/);
  });

  it('refuses a folder name that is not a slug', () => {
    expectError('Bad_Slug', 'Bad_Slug', null, /lowercase words joined by dashes/);
  });

  it('formats an error as file: field: message', () => {
    expect(
      formatProblemError({ slug: 'a', file: 'a/problem.json', field: 'signature.params.0.type', message: 'bad' }),
    ).toBe('a/problem.json: signature.params.0.type: bad');
  });
});
