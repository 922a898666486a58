import type { PlainValue } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { decodeTestValue, encodeTestValue, TestValueError } from './testValues.ts';

describe('test value encoding', () => {
  const values: PlainValue[] = [
    null,
    undefined,
    true,
    0,
    -0,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '$undefined',
    123456789012345678901234567890n,
    -7n,
    [1, undefined, [Number.NaN, null]],
    new Map<PlainValue, PlainValue>([
      ['a', 1],
      [2, new Set([3, undefined])],
      [undefined, -0],
    ]),
    new Set<PlainValue>(['x', 1n, { nested: [undefined] }]),
    { a: 1, b: { c: undefined, d: [new Map()] }, $twoKeys: 1, other: 2 },
    JSON.parse('{"__proto__": "an own key, not a prototype"}'),
  ];

  it.each(values.map((value) => [value]))('round-trips %o through JSON', (value) => {
    const json = JSON.parse(JSON.stringify(encodeTestValue(value)));
    // Object.is on primitives: NaN equals NaN, -0 differs from 0.
    expect(decodeTestValue(json)).toStrictEqual(value);
  });

  it('decodes every escape', () => {
    expect(
      decodeTestValue([
        { $undefined: true },
        { $number: 'NaN' },
        { $number: '-0' },
        { $bigint: '-42' },
        { $map: [[{ $bigint: '1' }, 'one']] },
        { $set: [1, 2] },
      ]),
    ).toEqual([undefined, Number.NaN, -0, -42n, new Map([[1n, 'one']]), new Set([1, 2])]);
    expect(Object.is((decodeTestValue([{ $number: '-0' }]) as number[])[0], -0)).toBe(true);
  });

  it('keeps __proto__ as an own key', () => {
    const decoded = decodeTestValue(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, PlainValue>;
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.hasOwn(decoded, '__proto__')).toBe(true);
  });

  it('refuses malformed and misspelt escapes, with the path to them', () => {
    const bad: [unknown, string][] = [
      [{ a: [1, { $undefine: true }] }, 'a.1'],
      [[{ $number: 'nan' }], '0.$number'],
      [{ $bigint: '1.5' }, '$bigint'],
      [{ $map: [[1]] }, '$map.0'],
      [{ $set: 'abc' }, '$set'],
      [{ $undefined: false }, '$undefined'],
    ];
    for (const [json, path] of bad) {
      let thrown: unknown;
      try {
        decodeTestValue(json);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TestValueError);
      expect((thrown as TestValueError).path.join('.')).toBe(path);
    }
  });

  it('refuses to encode a record that would read back as an escape', () => {
    expect(() => encodeTestValue({ $set: [1] })).toThrow(TestValueError);
  });
});
