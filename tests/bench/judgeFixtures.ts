/**
 * What `pnpm bench:judge` judges: a copy of Two Sum with exactly 20 small tests, the
 * programs submitted to it (a simple solution, hostile code), and the CPU-heavy reference
 * workload run both in Node and in the sandbox.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBLEMS_ROOT } from '@dryrun/problems';

/** The problem's slug, in the temporary problem set as in the real one. */
export const PROBLEM_SLUG = 'two-sum';
export const VISIBLE_TESTS = 3;
export const HIDDEN_TESTS = 17;

/** A simple, correct submission: one pass with a map. */
export const SOLUTION = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}`;

/** The smallest entry a test can call: the fixed cost of a fresh runtime plus the harness. */
export const TRIVIAL_ENTRY = 'function f(a, b) { return a + b }';

/**
 * Hostile submissions, one per room in turn: each test runs until a limit stops it. The
 * loop spends the whole step budget; the bombs grow the heap (or, with typed arrays, the
 * WebAssembly memory, which the step budget does not see) until the memory limit.
 */
export const HOSTILE_PROGRAMS: ReadonlyArray<{ name: string; code: string }> = [
  { name: 'infinite loop', code: 'for (;;) {}' },
  { name: 'array bomb', code: 'const a = []; for (;;) a.push(new Array(1e5).fill(1));' },
  { name: 'typed-array bomb', code: 'const k = []; for (;;) k.push(new Uint8Array(1 << 20));' },
  { name: 'string bomb', code: "const s = 'x'.repeat(1e6), k = []; for (let i = 0; ; i++) k.push(s + i);" },
];

/**
 * The reference workload: a sieve of Eratosthenes to 10⁶, then 2·10⁵ pseudo-random
 * numbers sorted with a comparator. The same source runs in Node and in the sandbox; both
 * must return {@link WORKLOAD_ANSWER}.
 */
export const WORKLOAD_ENTRY = 'workload';
export const WORKLOAD_SOURCE = `function workload() {
  const n = 1000000;
  const composite = new Array(n + 1).fill(false);
  let primes = 0;
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    primes++;
    for (let j = i * i; j <= n; j += i) composite[j] = true;
  }
  let seed = 12345;
  const values = [];
  for (let i = 0; i < 200000; i++) {
    seed = (seed * 48271) % 2147483647;
    values.push(seed);
  }
  values.sort((a, b) => a - b);
  let checksum = 0;
  for (let i = 0; i < values.length; i += 1000) checksum = (checksum + values[i]) % 1000000007;
  return primes * 1000000007 + checksum;
}`;

/** What the workload returns (78,498 primes below 10⁶, and the sorted sample's checksum). */
export const WORKLOAD_ANSWER = 78_498_029_143_548;

/** Runs the workload in Node's V8: our own trusted code, so `new Function` is fine here. */
export function runWorkloadInNode(): number {
  return new Function(`${WORKLOAD_SOURCE}\nreturn ${WORKLOAD_ENTRY}();`)() as number;
}

interface TestEntry {
  name: string;
  args: [number[], number];
  expected: [number, number];
}

/** The reference answer, computed here in Node (the same algorithm as `solution.js`). */
function twoSum(nums: number[], target: number): [number, number] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - (nums[i] as number));
    if (j !== undefined) return [j, i];
    seen.set(nums[i] as number, i);
  }
  throw new Error(`no pair in ${JSON.stringify(nums)} sums to ${target}`);
}

/** Small arrays (2 to 30 numbers in [-100, 100]) from a fixed seed, each with a pair that sums to the target. */
function hiddenTests(count: number): TestEntry[] {
  let seed = 20_240_601;
  const random = (below: number) => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed % below;
  };
  return Array.from({ length: count }, (_, n) => {
    const length = 2 + random(29);
    const nums = Array.from({ length }, () => random(201) - 100);
    const i = random(length);
    let j = random(length - 1);
    if (j >= i) j++;
    const target = (nums[i] as number) + (nums[j] as number);
    return { name: `hidden ${n + 1}`, args: [nums, target], expected: twoSum(nums, target) };
  });
}

/**
 * A temporary problem set holding only Two Sum, with exactly 20 tests (3 visible, 17
 * hidden; no generated ones) whose answers are all given, so no reference run is needed.
 * Returns the folder to pass as `problemsDir` or to `ProblemCatalog.load`.
 */
export function makeProblemSet(): string {
  const root = mkdtempSync(join(tmpdir(), 'dryrun-bench-problems-'));
  const folder = join(root, PROBLEM_SLUG);
  cpSync(join(PROBLEMS_ROOT, PROBLEM_SLUG), folder, { recursive: true });
  const visible: TestEntry[] = [
    { name: 'example 1', args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { name: 'example 2', args: [[3, 2, 4], 6], expected: [1, 2] },
    { name: 'example 3', args: [[5, 5], 10], expected: [0, 1] },
  ];
  const hidden = hiddenTests(HIDDEN_TESTS);
  if (visible.length !== VISIBLE_TESTS) throw new Error('the visible tests do not add up');
  const lines = (tests: TestEntry[]) => tests.map((test) => `    ${JSON.stringify(test)}`).join(',\n');
  writeFileSync(
    join(folder, 'tests.json'),
    `{\n  "visible": [\n${lines(visible)}\n  ],\n  "hidden": [\n${lines(hidden)}\n  ]\n}\n`,
  );
  return root;
}
