import { inspect } from 'node:util';
import type { PlainValue } from '@dryrun/shared';

/**
 * Reporting what a program threw without running any of its code, as Node prints an
 * uncaught error: `name` and `message` are read as data properties (own, or on the
 * prototype chain, as `TypeError.prototype.name` is), `stack` as an own data property, and
 * a getter, `toString` or `Symbol.toPrimitive` of the program's is never called. So
 * `throw { get message() { for (;;) {} } }` is reported at once as the object it is.
 */

/**
 * Evaluates, before any candidate code, to `(thrown) => string`: JSON of
 * `{ name, message, stack }` (each a string or null), or of `{ primitive }` for a thrown
 * primitive. Intrinsics are captured up front.
 */
export const DESCRIBE_THROWN_SOURCE = String.raw`(function () {
  'use strict';
  const getOwn = Reflect.getOwnPropertyDescriptor;
  const getPrototypeOf = Reflect.getPrototypeOf;
  const apply = Reflect.apply;
  const hasOwn = Object.prototype.hasOwnProperty;
  const StringCtor = String;
  const stringify = JSON.stringify;
  const MAX_PROTOTYPES = 64;
  // A descriptor's fields are its own; 'value' in d would also find Object.prototype.value.
  const dataString = (descriptor) =>
    descriptor !== undefined && apply(hasOwn, descriptor, ['value']) && typeof descriptor.value === 'string'
      ? descriptor.value
      : null;
  const inherited = (object, key) => {
    for (let o = object, depth = 0; o !== null && depth < MAX_PROTOTYPES; o = getPrototypeOf(o), depth++) {
      const descriptor = getOwn(o, key);
      if (descriptor !== undefined) return dataString(descriptor);
    }
    return null;
  };
  return (thrown) => {
    if (thrown === null || (typeof thrown !== 'object' && typeof thrown !== 'function')) {
      return stringify({ primitive: StringCtor(thrown) });
    }
    return stringify({
      name: inherited(thrown, 'name'),
      message: inherited(thrown, 'message'),
      stack: dataString(getOwn(thrown, 'stack')),
    });
  };
})()`;

/** What `DESCRIBE_THROWN_SOURCE` reports. */
export type ThrownDescription =
  | { primitive: string }
  | { name: string | null; message: string | null; stack: string | null };

export function parseThrown(json: string): ThrownDescription {
  return JSON.parse(json) as ThrownDescription;
}

/** A thrown object with no name or message, shown as Node shows it: `{ code: 42 }`. */
export function showThrownObject(value: PlainValue): string {
  return inspect(ordinary(value), { depth: 2, breakLength: Number.POSITIVE_INFINITY });
}

/** Plain data with ordinary prototypes (decoded objects have none), so it prints without a tag. */
function ordinary(value: PlainValue): unknown {
  if (Array.isArray(value)) return value.map(ordinary);
  if (value instanceof Map || value instanceof Set || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, ordinary(inner)]));
}
