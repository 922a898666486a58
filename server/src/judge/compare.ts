import type { PlainValue } from '@dryrun/shared';
import { assertNever } from '@dryrun/shared';

/**
 * How a problem compares the candidate's answer with the expected one:
 * - `exact`: deep equality (`NaN` equals `NaN`, `0` and `-0` differ, key order is ignored);
 * - `unordered`: like exact, but the top-level array is compared as a multiset;
 * - `float`: numbers may differ by `tolerance` (absolute or relative, whichever is looser).
 */
export type Comparison = { kind: 'exact' } | { kind: 'unordered' } | { kind: 'float'; tolerance: number };

export function matches(actual: PlainValue, expected: PlainValue, comparison: Comparison): boolean {
  switch (comparison.kind) {
    case 'exact':
      return deepEqual(actual, expected, sameNumber);
    case 'float':
      return deepEqual(actual, expected, (a, b) => closeEnough(a, b, comparison.tolerance));
    case 'unordered':
      return Array.isArray(actual) && Array.isArray(expected) && sameMultiset(actual, expected);
    default:
      return assertNever(comparison);
  }
}

type NumberEquality = (a: number, b: number) => boolean;

const sameNumber: NumberEquality = (a, b) => Object.is(a, b);

function closeEnough(a: number, b: number, tolerance: number): boolean {
  if (Object.is(a, b)) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(a - b);
  return diff <= tolerance || diff <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

function isRecord(value: PlainValue): value is { [key: string]: PlainValue } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Map) &&
    !(value instanceof Set)
  );
}

function deepEqual(a: PlainValue, b: PlainValue, numbers: NumberEquality): boolean {
  if (typeof a === 'number' && typeof b === 'number') return numbers(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => deepEqual(item, b[i], numbers))
    );
  }
  if (a instanceof Set || b instanceof Set) {
    return a instanceof Set && b instanceof Set && a.size === b.size && sameMultiset([...a], [...b], numbers);
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    return sameMultiset(
      [...a].map(([k, v]) => [k, v]),
      [...b].map(([k, v]) => [k, v]),
      numbers,
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k], numbers));
}

/** Equal as multisets: every item of `a` pairs with a distinct equal item of `b`. */
function sameMultiset(a: PlainValue[], b: PlainValue[], numbers: NumberEquality = sameNumber): boolean {
  if (a.length !== b.length) return false;
  const unused = [...b];
  for (const item of a) {
    const index = unused.findIndex((candidate) => deepEqual(item, candidate, numbers));
    if (index < 0) return false;
    unused.splice(index, 1);
  }
  return true;
}
