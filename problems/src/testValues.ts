/**
 * Values in `tests.json` are JSON plus five one-key escapes for what JSON cannot say:
 *
 * | JavaScript value       | In tests.json                       |
 * | ---------------------- | ----------------------------------- |
 * | `undefined`            | `{ "$undefined": true }`            |
 * | `NaN`, `±Infinity`, `-0` | `{ "$number": "NaN" }` (etc.)     |
 * | `123n`                 | `{ "$bigint": "123" }`              |
 * | `new Map([[k, v]])`    | `{ "$map": [[k, v]] }`              |
 * | `new Set([v])`         | `{ "$set": [v] }`                   |
 *
 * Any other object with a single key starting with `$` is refused, so a misspelt escape is
 * an error rather than a silently different value.
 */
import type { PlainValue } from '@dryrun/shared';

const SPECIAL_NUMBERS: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0,
};

export type ValuePath = (string | number)[];

/** A malformed value in test data, located by its path inside the value. */
export class TestValueError extends Error {
  override readonly name = 'TestValueError';
  constructor(
    readonly path: ValuePath,
    /** What is wrong, without the path. */
    readonly reason: string,
  ) {
    super(path.length > 0 ? `${path.join('.')}: ${reason}` : reason);
  }
}

/** Decodes one value written in the tests.json encoding; throws `TestValueError` if malformed. */
export function decodeTestValue(json: unknown): PlainValue {
  return decodeAt(json, []);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeAt(json: unknown, path: ValuePath): PlainValue {
  if (json === null || typeof json === 'boolean' || typeof json === 'string') return json;
  if (typeof json === 'number') {
    if (!Number.isFinite(json)) throw new TestValueError(path, 'write non-finite numbers as { "$number": "NaN" }');
    return json;
  }
  if (Array.isArray(json)) return json.map((item, i) => decodeAt(item, [...path, i]));
  if (!isRecord(json)) throw new TestValueError(path, `${typeof json} is not a test value`);

  const keys = Object.keys(json);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined || !key.startsWith('$')) {
    return Object.fromEntries(keys.map((k) => [k, decodeAt(json[k], [...path, k])]));
  }
  const body = json[key];
  const at = [...path, key];
  switch (key) {
    case '$undefined':
      if (body !== true) throw new TestValueError(at, 'write undefined as { "$undefined": true }');
      return undefined;
    case '$number': {
      const value = typeof body === 'string' ? SPECIAL_NUMBERS[body] : undefined;
      if (value === undefined) throw new TestValueError(at, 'expected "NaN", "Infinity", "-Infinity" or "-0"');
      return value;
    }
    case '$bigint':
      if (typeof body !== 'string' || !/^-?\d+$/.test(body)) {
        throw new TestValueError(at, 'expected the digits of an integer as a string, e.g. "123"');
      }
      return BigInt(body);
    case '$map': {
      if (!Array.isArray(body)) throw new TestValueError(at, 'expected an array of [key, value] pairs');
      const map = new Map<PlainValue, PlainValue>();
      body.forEach((pair, i) => {
        if (!Array.isArray(pair) || pair.length !== 2)
          throw new TestValueError([...at, i], 'expected a [key, value] pair');
        map.set(decodeAt(pair[0], [...at, i, 0]), decodeAt(pair[1], [...at, i, 1]));
      });
      return map;
    }
    case '$set': {
      if (!Array.isArray(body)) throw new TestValueError(at, 'expected an array of values');
      return new Set(body.map((item, i) => decodeAt(item, [...at, i])));
    }
    default:
      throw new TestValueError(
        path,
        `unknown escape "${key}" (known: $undefined, $number, $bigint, $map, $set; an object with one "$" key is read as an escape)`,
      );
  }
}

/**
 * The tests.json encoding of a value: the inverse of `decodeTestValue`. Throws on a record
 * that would read back as an escape (a single key starting with `$`).
 */
export function encodeTestValue(value: PlainValue): unknown {
  return encodeAt(value, []);
}

function encodeAt(value: PlainValue, path: ValuePath): unknown {
  switch (typeof value) {
    case 'undefined':
      return { $undefined: true };
    case 'boolean':
    case 'string':
      return value;
    case 'bigint':
      return { $bigint: value.toString() };
    case 'number':
      if (Number.isNaN(value)) return { $number: 'NaN' };
      if (value === Number.POSITIVE_INFINITY) return { $number: 'Infinity' };
      if (value === Number.NEGATIVE_INFINITY) return { $number: '-Infinity' };
      if (Object.is(value, -0)) return { $number: '-0' };
      return value;
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((item, i) => encodeAt(item, [...path, i]));
  if (value instanceof Map) {
    return { $map: [...value].map(([k, v], i) => [encodeAt(k, [...path, i, 0]), encodeAt(v, [...path, i, 1])]) };
  }
  if (value instanceof Set) return { $set: [...value].map((item, i) => encodeAt(item, [...path, i])) };
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0]?.startsWith('$')) {
    throw new TestValueError(path, `a record with the single key "${keys[0]}" would read back as an escape`);
  }
  return Object.fromEntries(keys.map((k) => [k, encodeAt(value[k], [...path, k])]));
}
