/**
 * Turns the JSON of `tests.json` into typed tests, reporting every mistake at its field:
 * shapes and values, arity and method names against `problem.json`, and whether the files a
 * test relies on (a reference for a missing answer, a generator) are there.
 */
import type { PlainValue } from '@dryrun/shared';
import type { z } from 'zod';
import type { ClassCall, ProblemTest } from './problem.ts';
import { fieldPath, issuesToErrors, type ProblemError } from './problemError.ts';
import { argsTestSchema, callsTestSchema, generatedTestSchema, type ProblemMeta, testsFileSchema } from './schema.ts';
import { decodeTestValue, TestValueError } from './testValues.ts';

export interface ParsedTests {
  tests: { visible: ProblemTest[]; hidden: ProblemTest[] };
  errors: ProblemError[];
}

/** Which optional files of the folder tests may rely on. */
export interface TestSupport {
  /** `solution.js`, which produces answers left out. */
  reference: boolean;
  /** `generator.js`, which produces inputs of generated tests. */
  generator: boolean;
}

/** `meta` is null when problem.json itself is broken: tests are then read by their own keys. */
export function parseTests(slug: string, json: unknown, meta: ProblemMeta | null, support: TestSupport): ParsedTests {
  const file = `${slug}/tests.json`;
  const errors: ProblemError[] = [];
  const tests: ParsedTests['tests'] = { visible: [], hidden: [] };
  const report = (path: readonly PropertyKey[], message: string) =>
    errors.push({ slug, file, field: fieldPath(path), message });

  const shape = testsFileSchema.safeParse(json);
  if (!shape.success) return { tests, errors: issuesToErrors(slug, file, shape.error.issues) };

  const firstUse = new Map<string, string>();
  for (const section of ['visible', 'hidden'] as const) {
    shape.data[section].forEach((raw, index) => {
      const at = [section, index];
      // Results are reported by test name, so names must be unique, valid tests or not.
      const name = typeof raw === 'object' && raw !== null && 'name' in raw ? raw.name : undefined;
      if (typeof name === 'string') {
        const earlier = firstUse.get(name);
        if (earlier) report([...at, 'name'], `duplicate test name "${name}" (also ${earlier})`);
        else firstUse.set(name, `${section}.${index}`);
      }
      const test = parseTest(raw, at, meta, report, (issues) => errors.push(...issuesToErrors(slug, file, issues, at)));
      if (!test) return;
      if (test.kind === 'generated' && !support.generator) {
        report([...at, 'generate'], 'a generated test needs generator.js');
      }
      if (test.expectedFromReference && !support.reference) {
        report(
          [...at, test.kind === 'generated' ? 'generate' : 'expected'],
          'without "expected", the answer comes from the reference solution, but the folder has no solution.js',
        );
      }
      tests[section].push(test);
    });
  }
  if (shape.data.visible.length < 2) report(['visible'], 'a problem needs at least 2 visible tests');
  return { tests, errors };
}

type Report = (path: readonly PropertyKey[], message: string) => void;
type ReportIssues = (issues: readonly z.core.$ZodIssue[]) => void;

function parseTest(
  raw: unknown,
  at: readonly PropertyKey[],
  meta: ProblemMeta | null,
  report: Report,
  reportIssues: ReportIssues,
): ProblemTest | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report(at, 'a test is an object with "name" and "args", "calls" or "generate"');
    return null;
  }
  if ('generate' in raw) {
    const parsed = generatedTestSchema.safeParse(raw);
    if (!parsed.success) {
      reportIssues(parsed.error.issues);
      return null;
    }
    const { name, generate } = parsed.data;
    return { kind: 'generated', name, generate, expected: undefined, expectedFromReference: true };
  }
  const isClass = meta ? meta.kind === 'class' : 'calls' in raw;
  if (isClass && 'args' in raw && !('calls' in raw)) {
    report([...at, 'args'], 'a class problem\'s test lists "calls" (["new", ...], [method, ...args]), not "args"');
    return null;
  }
  if (!isClass && 'calls' in raw && !('args' in raw)) {
    report([...at, 'calls'], `a ${meta?.kind ?? 'function'} problem's test lists "args", not "calls"`);
    return null;
  }
  const hasExpected = Object.hasOwn(raw, 'expected');

  /** Decodes one value, reporting a bad escape at its exact place. */
  let valid = true;
  const decode = (json: unknown, path: readonly PropertyKey[]): PlainValue => {
    try {
      return decodeTestValue(json);
    } catch (error) {
      if (!(error instanceof TestValueError)) throw error;
      valid = false;
      report([...at, ...path, ...error.path], error.reason);
      return undefined;
    }
  };

  if (!isClass) {
    const parsed = argsTestSchema.safeParse(raw);
    if (!parsed.success) {
      reportIssues(parsed.error.issues);
      return null;
    }
    const { name } = parsed.data;
    const args = parsed.data.args.map((arg, i) => decode(arg, ['args', i]));
    const expected = hasExpected ? decode(parsed.data.expected, ['expected']) : undefined;
    if (meta && meta.kind !== 'class' && args.length !== meta.signature.params.length) {
      report(
        [...at, 'args'],
        `${meta.entry} takes ${count(meta.signature.params.length)}, the test passes ${args.length}`,
      );
      valid = false;
    }
    return valid ? { kind: 'args', name, args, expected, expectedFromReference: !hasExpected } : null;
  }

  const parsed = callsTestSchema.safeParse(raw);
  if (!parsed.success) {
    reportIssues(parsed.error.issues);
    return null;
  }
  const { name } = parsed.data;
  const calls = parsed.data.calls.map(
    ([method, ...args], i): ClassCall => [method, ...args.map((arg, j) => decode(arg, ['calls', i, j + 1]))],
  );
  calls.forEach(([method, ...args], i) => {
    const where = [...at, 'calls', i, 0];
    if (i === 0 && method !== 'new') {
      report(where, `the first call must be "new" (the constructor), not "${method}"`);
      valid = false;
      return;
    }
    if (i > 0 && method === 'new') {
      report(where, '"new" may only be the first call');
      valid = false;
      return;
    }
    if (meta?.kind !== 'class') return;
    const params =
      method === 'new' ? meta.signature.constructor : meta.signature.methods.find((m) => m.name === method)?.params;
    if (!params) {
      const known = meta.signature.methods.map((m) => m.name).join(', ');
      report(where, `${meta.entry} has no method "${method}" (methods: ${known})`);
      valid = false;
    } else if (params.length !== args.length) {
      const what = method === 'new' ? `the ${meta.entry} constructor` : method;
      report([...at, 'calls', i], `${what} takes ${count(params.length)}, the call passes ${args.length}`);
      valid = false;
    }
  });
  let expected: PlainValue[] | undefined;
  if (parsed.data.expected) {
    expected = parsed.data.expected.map((value, i) => decode(value, ['expected', i]));
    if (expected.length !== calls.length) {
      report([...at, 'expected'], `expected has ${expected.length} values for ${calls.length} calls (one per call)`);
      valid = false;
    } else if (expected[0] !== null) {
      report([...at, 'expected', 0], 'the "new" call returns nothing: its expected value is null');
      valid = false;
    }
  }
  return valid ? { kind: 'calls', name, calls, expected, expectedFromReference: !hasExpected } : null;
}

function count(n: number): string {
  return n === 1 ? '1 argument' : `${n} arguments`;
}
