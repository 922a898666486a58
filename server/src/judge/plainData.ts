import type { PlainValue } from '@dryrun/shared';

/**
 * Moving a candidate's return value out of the sandbox as plain data.
 *
 * Inside the sandbox, {@link SERIALIZER_SOURCE} walks the value once with intrinsics
 * captured before any candidate code ran, reading own data properties only: no `toJSON`,
 * no `valueOf`, no `Symbol.iterator` of the candidate's choosing. It writes the JSON text
 * of tagged nodes itself, into a list with no prototype, so that nothing the program puts
 * on `Array.prototype` or `Object.prototype` (a `toJSON`, a setter on index 0, a `value`
 * that property descriptors would inherit) can change a byte of it. On the host,
 * {@link decodePlain} turns it into ordinary values that the host compares. Whatever the
 * candidate's object does (a proxy, a getter that changes its answer, a poisoned
 * prototype), the host only ever sees one snapshot of data.
 */

/**
 * Evaluates to `(value) => string`. Nodes: `["u"]` undefined, `["n", number|"NaN"|"Infinity"|"-Infinity"|"-0"]`,
 * `["s", string]`, `["b", boolean]`, `["z"]` null, `["i", digits]` bigint, `["a", [nodes]]`,
 * `["o", [[key, node]...]]`, `["m", [[node, node]...]]`, `["t", [nodes]]` set, `["f", name]`
 * function, `["y", description]` symbol, `["c"]` circular reference.
 */
export const SERIALIZER_SOURCE = String.raw`(function () {
  'use strict';
  // Only ever given a string primitive, which has no toJSON to consult.
  const quote = JSON.stringify;
  const { isArray } = Array;
  const { setPrototypeOf, getOwnPropertyDescriptor, getPrototypeOf } = Object;
  const ownKeys = Reflect.ownKeys;
  const getOwn = Reflect.getOwnPropertyDescriptor;
  const apply = Reflect.apply;
  const hasOwn = Object.prototype.hasOwnProperty;
  const join = Array.prototype.join;
  const mapEntries = Map.prototype.entries;
  const setValues = Set.prototype.values;
  const mapSize = getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const setSize = getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const iterNext = getPrototypeOf(new Map().entries()).next;
  const setIterNext = getPrototypeOf(new Set().values()).next;
  const symbolDescription = getOwnPropertyDescriptor(Symbol.prototype, 'description').get;
  const isMap = (v) => { try { apply(mapSize, v, []); return true; } catch { return false; } };
  const isSet = (v) => { try { apply(setSize, v, []); return true; } catch { return false; } };
  // A descriptor's fields are its own; 'value' in d would also find Object.prototype.value.
  const dataOf = (d) => (d !== undefined && apply(hasOwn, d, ['value']) ? d : undefined);
  const ObjectIs = Object.is;
  const StringCtor = String;
  const RangeErrorCtor = RangeError;
  const MAX_NODES = 1000000;
  let nodes = 0;
  let out;
  const emit = (text) => { out[out.length] = text; };

  function node(value, seen) {
    if (++nodes > MAX_NODES) throw new RangeErrorCtor('The result is too large to compare.');
    switch (typeof value) {
      case 'undefined': return emit('["u"]');
      case 'boolean': return emit(value ? '["b",true]' : '["b",false]');
      case 'string': return emit('["s",' + quote(value) + ']');
      case 'bigint': return emit('["i","' + StringCtor(value) + '"]');
      case 'symbol': return emit('["y",' + quote(StringCtor(apply(symbolDescription, value, []))) + ']');
      case 'function': {
        const name = dataOf(getOwn(value, 'name'));
        return emit('["f",' + quote(name && typeof name.value === 'string' ? name.value : '') + ']');
      }
      case 'number':
        if (value !== value) return emit('["n","NaN"]');
        if (value === Infinity) return emit('["n","Infinity"]');
        if (value === -Infinity) return emit('["n","-Infinity"]');
        if (ObjectIs(value, -0)) return emit('["n","-0"]');
        return emit('["n",' + StringCtor(value) + ']');
    }
    if (value === null) return emit('["z"]');
    for (let i = 0; i < seen.length; i++) if (seen[i] === value) return emit('["c"]');
    seen[seen.length] = value;
    // Arrays first: the Map and Set checks throw for anything else, and a throw records
    // the stack, which makes deeply nested answers slow to copy.
    if (isArray(value)) {
      emit('["a",[');
      const length = dataOf(getOwn(value, 'length'));
      const n = length && typeof length.value === 'number' ? length.value : 0;
      for (let i = 0; i < n; i++) {
        if (i > 0) emit(',');
        const d = dataOf(getOwn(value, StringCtor(i)));
        node(d ? d.value : undefined, seen);
      }
      emit(']]');
    } else if (isMap(value)) {
      emit('["m",[');
      const it = apply(mapEntries, value, []);
      let first = true;
      for (let step = apply(iterNext, it, []); !step.done; step = apply(iterNext, it, [])) {
        emit(first ? '[' : ',[');
        first = false;
        node(step.value[0], seen);
        emit(',');
        node(step.value[1], seen);
        emit(']');
      }
      emit(']]');
    } else if (isSet(value)) {
      emit('["t",[');
      const it = apply(setValues, value, []);
      let first = true;
      for (let step = apply(setIterNext, it, []); !step.done; step = apply(setIterNext, it, [])) {
        if (!first) emit(',');
        first = false;
        node(step.value, seen);
      }
      emit(']]');
    } else {
      emit('["o",[');
      const keys = ownKeys(value);
      let first = true;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (typeof key !== 'string') continue;
        // Own, enumerable data properties only: a getter never runs.
        const d = dataOf(getOwn(value, key));
        if (!d || !d.enumerable) continue;
        emit((first ? '[' : ',[') + quote(key) + ',');
        first = false;
        node(d.value, seen);
        emit(']');
      }
      emit(']]');
    }
    seen.length = seen.length - 1;
  }

  return function serialize(value) {
    nodes = 0;
    out = setPrototypeOf([], null);
    try {
      node(value, setPrototypeOf([], null));
      return apply(join, out, ['']);
    } finally {
      out = undefined;
    }
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
