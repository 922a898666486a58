import type { PlainValue } from '@dryrun/shared';

/**
 * Moving a candidate's return value out of the sandbox as plain data.
 *
 * Inside the sandbox, {@link SERIALIZER_SOURCE} walks the value once with intrinsics
 * captured before any candidate code ran, reading own data properties only: no `toJSON`,
 * no `valueOf`, no `Symbol.iterator` of the candidate's choosing. The result is a JSON
 * string of tagged nodes. On the host, {@link decodePlain} turns it into ordinary values
 * that the host compares. Whatever the candidate's object does (a proxy, a getter that
 * changes its answer, a poisoned prototype), the host only ever sees one snapshot of data.
 */

/**
 * Evaluates to `(value) => string`. Nodes: `["u"]` undefined, `["n", number|"NaN"|"Infinity"|"-Infinity"|"-0"]`,
 * `["s", string]`, `["b", boolean]`, `["z"]` null, `["i", digits]` bigint, `["a", [nodes]]`,
 * `["o", [[key, node]...]]`, `["m", [[node, node]...]]`, `["t", [nodes]]` set, `["f", name]`
 * function, `["y", description]` symbol, `["c"]` circular reference.
 */
export const SERIALIZER_SOURCE = String.raw`(function () {
  'use strict';
  const stringify = JSON.stringify;
  const { isArray } = Array;
  const ownKeys = Reflect.ownKeys;
  const getOwn = Reflect.getOwnPropertyDescriptor;
  const apply = Reflect.apply;
  const mapEntries = Map.prototype.entries;
  const setValues = Set.prototype.values;
  const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const iterNext = Object.getPrototypeOf(new Map().entries()).next;
  const setIterNext = Object.getPrototypeOf(new Set().values()).next;
  const isMap = (v) => { try { apply(mapSize, v, []); return true; } catch { return false; } };
  const isSet = (v) => { try { apply(setSize, v, []); return true; } catch { return false; } };
  const ObjectIs = Object.is;
  const StringCtor = String;
  const MAX_NODES = 1000000;
  let nodes = 0;

  function node(value, seen) {
    if (++nodes > MAX_NODES) throw new RangeError('The result is too large to compare.');
    switch (typeof value) {
      case 'undefined': return ['u'];
      case 'boolean': return ['b', value];
      case 'string': return ['s', value];
      case 'bigint': return ['i', StringCtor(value)];
      case 'symbol': return ['y', StringCtor(value.description)];
      case 'function': return ['f', StringCtor(value.name)];
      case 'number':
        if (value !== value) return ['n', 'NaN'];
        if (value === Infinity) return ['n', 'Infinity'];
        if (value === -Infinity) return ['n', '-Infinity'];
        if (ObjectIs(value, -0)) return ['n', '-0'];
        return ['n', value];
    }
    if (value === null) return ['z'];
    for (let i = 0; i < seen.length; i++) if (seen[i] === value) return ['c'];
    seen[seen.length] = value;
    let out;
    if (isMap(value)) {
      const entries = [];
      const it = apply(mapEntries, value, []);
      for (let step = apply(iterNext, it, []); !step.done; step = apply(iterNext, it, [])) {
        entries[entries.length] = [node(step.value[0], seen), node(step.value[1], seen)];
      }
      out = ['m', entries];
    } else if (isSet(value)) {
      const items = [];
      const it = apply(setValues, value, []);
      for (let step = apply(setIterNext, it, []); !step.done; step = apply(setIterNext, it, [])) {
        items[items.length] = node(step.value, seen);
      }
      out = ['t', items];
    } else if (isArray(value)) {
      const items = [];
      const lengthDescriptor = getOwn(value, 'length');
      const n = lengthDescriptor ? lengthDescriptor.value : 0;
      for (let i = 0; i < n; i++) {
        const d = getOwn(value, StringCtor(i));
        items[i] = node(d && 'value' in d ? d.value : undefined, seen);
      }
      out = ['a', items];
    } else {
      const entries = [];
      const keys = ownKeys(value);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (typeof key !== 'string') continue;
        const d = getOwn(value, key);
        // Own, enumerable data properties only: a getter never runs.
        if (!d || !d.enumerable || !('value' in d)) continue;
        entries[entries.length] = [key, node(d.value, seen)];
      }
      out = ['o', entries];
    }
    seen.length = seen.length - 1;
    return out;
  }

  return function serialize(value) {
    nodes = 0;
    return stringify(node(value, []));
  };
})()`;

/**
 * Evaluates to `(json) => value`: builds arguments inside the sandbox from
 * {@link encodePlain}'s output, with constructors captured before candidate code runs.
 */
export const DESERIALIZER_SOURCE = String.raw`(function () {
  'use strict';
  const parse = JSON.parse;
  const MapCtor = Map;
  const SetCtor = Set;
  const BigIntCtor = BigInt;
  const NumberCtor = Number;
  const build = (node) => {
    switch (node[0]) {
      case 'u': return undefined;
      case 'z': return null;
      case 'b': case 's': return node[1];
      case 'i': return BigIntCtor(node[1]);
      case 'n': return typeof node[1] === 'number' ? node[1] : node[1] === '-0' ? -0 : NumberCtor(node[1]);
      case 'a': { const out = []; for (let i = 0; i < node[1].length; i++) out[i] = build(node[1][i]); return out; }
      case 't': { const out = new SetCtor(); for (const item of node[1]) out.add(build(item)); return out; }
      case 'm': { const out = new MapCtor(); for (const [k, v] of node[1]) out.set(build(k), build(v)); return out; }
      case 'o': { const out = {}; for (const [k, v] of node[1]) out[k] = build(v); return out; }
      default: throw new TypeError('Unknown plain-data node');
    }
  };
  return function deserialize(json) { return build(parse(json)); };
})()`;

type Node =
  | ['u']
  | ['z']
  | ['c']
  | ['b', boolean]
  | ['s', string]
  | ['i', string]
  | ['y', string]
  | ['f', string]
  | ['n', number | string]
  | ['a', Node[]]
  | ['t', Node[]]
  | ['o', [string, Node][]]
  | ['m', [Node, Node][]];

/** Functions, symbols and cycles cannot be expected values; they decode to these markers. */
export const FUNCTION_MARK = '[Function]';
export const SYMBOL_MARK = '[Symbol]';
export const CIRCULAR_MARK = '[Circular]';

/** Encodes host values (test arguments) for {@link DESERIALIZER_SOURCE}. */
export function encodePlain(value: PlainValue): string {
  return JSON.stringify(encode(value));
}

function encode(value: PlainValue): Node {
  switch (typeof value) {
    case 'undefined':
      return ['u'];
    case 'boolean':
      return ['b', value];
    case 'string':
      return ['s', value];
    case 'bigint':
      return ['i', String(value)];
    case 'number':
      if (Number.isNaN(value) || !Number.isFinite(value)) return ['n', String(value)];
      return Object.is(value, -0) ? ['n', '-0'] : ['n', value];
  }
  if (value === null) return ['z'];
  if (Array.isArray(value)) return ['a', value.map(encode)];
  if (value instanceof Set) return ['t', [...value].map(encode)];
  if (value instanceof Map) return ['m', [...value].map(([k, v]) => [encode(k), encode(v)] as [Node, Node])];
  return ['o', Object.entries(value).map(([k, v]) => [k, encode(v)] as [string, Node])];
}

/** Decodes the serializer's output into host values. Throws on anything malformed. */
export function decodePlain(json: string): PlainValue {
  return decode(JSON.parse(json) as Node);
}

function decode(node: Node): PlainValue {
  switch (node[0]) {
    case 'u':
      return undefined;
    case 'z':
      return null;
    case 'c':
      return CIRCULAR_MARK;
    case 'b':
    case 's':
      return node[1];
    case 'i':
      return BigInt(node[1]);
    case 'y':
      return `${SYMBOL_MARK} ${node[1]}`;
    case 'f':
      return `${FUNCTION_MARK} ${node[1]}`;
    case 'n':
      return typeof node[1] === 'number' ? node[1] : node[1] === '-0' ? -0 : Number(node[1]);
    case 'a':
      return node[1].map(decode);
    case 't':
      return new Set(node[1].map(decode));
    case 'm':
      return new Map(node[1].map(([k, v]) => [decode(k), decode(v)]));
    case 'o': {
      const out: { [key: string]: PlainValue } = Object.create(null);
      for (const [key, value] of node[1]) out[key] = decode(value);
      return out;
    }
    default:
      throw new Error(`Unknown plain-data node ${JSON.stringify(node)}`);
  }
}
