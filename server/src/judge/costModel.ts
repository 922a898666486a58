import { SPREAD_COST, SPREAD_PROPS_COST, STEP_COUNTER, STEP_STOP } from './instrument.ts';

/**
 * Where the host's hooks object waits for the cost model to take it (and delete it):
 * `stop()` ends a run over its budget; the model sets `configure(budget)` on it.
 */
export const STOP_HOOK = '__dryrun$hook';

/** `(steps)`: charges work done by DryRun's own globals (`languageExtras.ts`) to the run. */
export const CHARGE = '__dryrun$charge';

/**
 * The step cost model, evaluated as a script in every fresh context after the harness and
 * before the candidate's program. Its top-level declarations are global lexical bindings
 * that the instrumented program uses (`instrument.ts`): the step counter, the function that
 * stops a run over its budget, and the costs of spreads. The budget is set per run through
 * the hooks object (see {@link STOP_HOOK}). It wraps the built-ins that do
 * work proportional to their input so that they count it; the model itself (what counts
 * how much) is documented in this folder's README.
 *
 * Wrapped built-ins keep their name, length, property attributes and `toString`
 * (`function includes() { [native code] }`), so programs see the language unchanged; so
 * do the functions of DryRun's own code in the context (`conceal(source)` names it: the
 * prelude, the harnesses, a problem's `harness.js`), which never leaves the server.
 * Exceeding the budget calls the host hook, which makes the next interrupt check stop the
 * run (the loop in `stop` reaches it within ~10,000 iterations).
 */
export const COST_MODEL_SOURCE = String.raw`
let ${STEP_COUNTER} = 0;
const [${STEP_STOP}, ${SPREAD_COST}, ${SPREAD_PROPS_COST}, ${CHARGE}] = ((hooks) => {
  'use strict';
  // Set for each run by the host, through hooks.configure.
  let BUDGET = 0;
  hooks.configure = (budget) => { BUDGET = budget; };
  // The heap limit of the runtime this world lives in, set by the host before it built it.
  const MEMORY = hooks.memoryBytes;
  const stop = function stop() { hooks.stop(); for (;;) {} };
  const charge = (n) => { if ((${STEP_COUNTER} += n) > BUDGET) stop(); };
  const left = () => BUDGET - ${STEP_COUNTER};
  const { isArray } = Array;
  const { max, min, trunc } = Math;
  const InternalErrorCtor = InternalError;
  // What QuickJS throws when the heap is spent; the sandbox reports it as the memory limit.
  const outOfMemory = () => { throw new InternalErrorCtor('out of memory'); };
  // A dense array keeps a JSValue (8 bytes on this build) per element.
  const ELEMENT_BYTES = 8;
  const { defineProperty, getOwnPropertyDescriptor, keys: objectKeys } = Object;
  const ownKeys = Reflect.ownKeys;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const ceil = Math.ceil, log2 = Math.log2;
  const setSize = getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const mapSize = getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const sizeOf = (value) => {
    if (typeof value === 'string') return value.length;
    if (isArray(value)) return value.length;
    try { return apply(setSize, value, []); } catch {}
    try { return apply(mapSize, value, []); } catch {}
    return 0;
  };
  // DryRun's own code in the context (the prelude, the harnesses) prints as native code:
  // kept as one string, searched with the original includes, never through iteration.
  const stringIncludes = String.prototype.includes;
  let concealed = '';
  hooks.conceal = (source) => { concealed += '\n' + source; };
  const wrapped = new WeakSet();
  const addWrapped = WeakSet.prototype.add.bind(wrapped);
  const isWrapped = WeakSet.prototype.has.bind(wrapped);
  const regexpSource = getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
  const isRegExp = (value) => { try { apply(regexpSource, value, []); return value !== RegExp.prototype; } catch { return false; } };
  const lengthOfArray = (self) => (isArray(self) ? self.length : 0);
  const lengthOfString = (self) => (typeof self === 'string' ? self.length : 0);
  const resultLength = (result) => (isArray(result) || typeof result === 'string' ? result.length : 0);
  const resultKeys = (result) => (isArray(result) ? result.length : 0);
  const nLogN = (self) => { const n = lengthOfArray(self); return n > 1 ? n * ceil(log2(n)) : n; };

  // Puts implement(original) in place of target[name]: a function of (self, args) that
  // does the built-in's work its own way. The replacement keeps the name, length and
  // property attributes, and prints as native code.
  const replace = (target, name, implement) => {
    const descriptor = getOwnPropertyDescriptor(target, name);
    if (!descriptor || typeof descriptor.value !== 'function') return;
    const original = descriptor.value;
    const run = implement(original);
    const replacement = { [name](...args) { return run(this, args); } }[name];
    defineProperty(replacement, 'length', { value: original.length });
    addWrapped(replacement);
    descriptor.value = replacement;
    defineProperty(target, name, descriptor);
  };
  // before(self, args): steps charged before the call; after(result, self, args): after it.
  const wrap = (target, name, before, after) =>
    replace(target, name, (original) => (self, args) => {
      if (before) charge(before(self, args));
      const result = apply(original, self, args);
      if (after) charge(after(result, self, args));
      return result;
    });

  // A position argument (fromIndex, start, end) as the built-in will read it, without running
  // the program's code: numbers, strings, booleans and null convert unobservably; for
  // anything else (an object with valueOf) null, and the caller charges the whole length.
  const integerOf = (value) => {
    if (typeof value === 'object' && value !== null) return null;
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return null;
    const n = +value;
    return n !== n ? 0 : trunc(n);
  };
  // Where a forward search starts, clamped to [0, n]; null when it cannot be known.
  const forwardStart = (args, at, n) => {
    if (args.length <= at || args[at] === undefined) return 0;
    const k = integerOf(args[at]);
    if (k === null) return null;
    return k < 0 ? max(n + k, 0) : min(k, n);
  };
  // Where Array.prototype.lastIndexOf starts, clamped to [-1, n - 1].
  const arrayBackwardStart = (args, n) => {
    if (args.length < 2) return n - 1;
    const k = integerOf(args[1]);
    if (k === null) return null;
    return k < 0 ? max(n + k, -1) : min(k, n - 1);
  };

  // Searches count the elements they look at, from where they start to what they find (or
  // the end): a fromIndex, or finding the value early, is charged what it saves. An array
  // longer than the budget left is sparse (no dense array that long fits in memory): it is
  // searched through its own keys instead of index by index, and charged the same, so the
  // budget stops a search where the built-in would still be looking, at once.
  const arrays = Array.prototype;
  const nativeIndexOf = arrays.indexOf;
  const sameValueZero = (a, b) => a === b || (a !== a && b !== b);
  const indicesOf = (self, n) => {
    const found = [];
    const names = objectKeys(self);
    for (let i = 0; i < names.length; i++) {
      const k = +names[i];
      if (k >= 0 && k < n && '' + k === names[i]) found[found.length] = k;
    }
    return found;
  };
  // The first index from start (or the last up to it) the search stops at, or -1; holes
  // are undefined to includes and skipped by the others.
  const sparseSearch = (self, x, start, backward, holesMatch) => {
    const indices = indicesOf(self, self.length);
    if (backward) {
      let expected = start;
      for (let i = indices.length - 1; i >= 0; i--) {
        const k = indices[i];
        if (k > start) continue;
        if (holesMatch && k < expected && x === undefined) return expected;
        if (self[k] === x) return k;
        expected = k - 1;
      }
      return holesMatch && expected >= 0 && x === undefined ? expected : -1;
    }
    let expected = start;
    for (let i = 0; i < indices.length; i++) {
      const k = indices[i];
      if (k < start) continue;
      if (holesMatch && k > expected && x === undefined) return expected;
      if (holesMatch ? sameValueZero(self[k], x) : self[k] === x) return k;
      expected = k + 1;
    }
    return holesMatch && expected < self.length && x === undefined ? expected : -1;
  };
  const searchArray = (name, backward, position) =>
    replace(arrays, name, (original) => (self, args) => {
      if (!isArray(self)) return apply(original, self, args);
      const n = self.length;
      const start = backward ? arrayBackwardStart(args, n) : forwardStart(args, 1, n);
      if (start === null) {
        charge(n);
        return apply(original, self, args);
      }
      const most = backward ? start + 1 : n - start;
      const x = args[0];
      let at;
      if (most > left()) at = sparseSearch(self, x, start, backward, !position);
      else if (position) at = apply(original, self, args);
      else if (x !== x || x === undefined) {
        // NaN and holes follow includes' own rules: charged the whole search.
        charge(most);
        return apply(original, self, args);
      }
      // For any other value includes is indexOf >= 0, and one search also says where.
      else at = apply(nativeIndexOf, self, [x, start]);
      charge(at < 0 ? most : backward ? start - at + 1 : at - start + 1);
      return position ? at : at >= 0;
    });
  searchArray('indexOf', false, true);
  searchArray('lastIndexOf', true, true);
  searchArray('includes', false, false);

  // Built-ins that make a dense array (or a string) as long as a sparse one's length: past
  // the memory limit they fail as QuickJS would once the heap is spent, before spending the
  // step budget on work that could never finish.
  const denseBytes = (self) => lengthOfArray(self) * ELEMENT_BYTES;
  const mustFit = (bytes, cost) => (self, args) => {
    if (bytes(self, args) > MEMORY) outOfMemory();
    return cost(self, args);
  };
  const joinedBytes = (self, args) => {
    const separator = args[0] === undefined ? ',' : typeof args[0] === 'string' ? args[0] : '';
    return max(lengthOfArray(self) - 1, 0) * separator.length;
  };
  // fill counts the elements it sets: from start to end, as the built-in clamps them.
  const fillCost = (self, args) => {
    const n = lengthOfArray(self);
    const from = forwardStart(args, 1, n);
    const to = args.length <= 2 || args[2] === undefined ? n : integerOf(args[2]);
    if (from === null || to === null) return n;
    const end = to < 0 ? max(n + to, 0) : min(to, n);
    return max(end - from, 0);
  };
  wrap(arrays, 'fill', mustFit((self, args) => fillCost(self, args) * ELEMENT_BYTES, fillCost));
  // toString calls join, which counts.
  wrap(arrays, 'join', mustFit(joinedBytes, lengthOfArray));
  for (const name of ['toReversed', 'toSpliced', 'with']) wrap(arrays, name, mustFit(denseBytes, lengthOfArray));
  for (const name of ['reverse', 'copyWithin', 'splice', 'shift', 'unshift', 'map', 'filter', 'forEach', 'reduce',
    'reduceRight', 'flatMap']) wrap(arrays, name, lengthOfArray);
  for (const name of ['slice', 'concat', 'flat']) wrap(arrays, name, null, resultLength);
  wrap(arrays, 'sort', nLogN);
  wrap(arrays, 'toSorted', mustFit(denseBytes, nLogN));

  // A call with an array of arguments copies them all, as a spread does (QuickJS passes at
  // most 65,535: past that it throws before copying anything).
  const argumentsCost = (list) => min(lengthOfArray(list), 65535);
  wrap(Function.prototype, 'apply', (self, args) => argumentsCost(args[1]));
  wrap(Reflect, 'apply', (self, args) => argumentsCost(args[2]));
  wrap(Reflect, 'construct', (self, args) => argumentsCost(args[1]));
  // The promise combinators subscribe to every promise they are given.
  for (const name of ['all', 'allSettled', 'any', 'race']) wrap(Promise, name, (self, args) => lengthOfArray(args[0]));
  wrap(Array, 'from', null, resultLength);
  for (const name of ['keys', 'values', 'entries', 'getOwnPropertyNames']) wrap(Object, name, null, resultKeys);
  wrap(Object, 'fromEntries', null, (result) => objectKeys(result).length);

  const strings = String.prototype;
  for (const name of ['split', 'replace', 'replaceAll', 'match', 'matchAll', 'search']) wrap(strings, name, lengthOfString);
  // String searches count the characters from where they start (a position clamped to the
  // string, as the built-ins clamp it) to the end of what they find, or to the end.
  const nativeStringIndexOf = strings.indexOf;
  const stringForwardStart = (args, n) => {
    if (args.length < 2 || args[1] === undefined) return 0;
    const k = integerOf(args[1]);
    return k === null ? null : min(max(k, 0), n);
  };
  // lastIndexOf reads a position that is not a number (undefined included) as the end.
  const stringBackwardStart = (args, n) => {
    if (args.length < 2) return n;
    if (integerOf(args[1]) === null) return null;
    const position = +args[1];
    return position !== position ? n : min(max(trunc(position), 0), n);
  };
  const searchString = (name, backward, position) =>
    replace(strings, name, (original) => (self, args) => {
      const needle = args[0];
      if (typeof self !== 'string' || typeof needle !== 'string') {
        charge(lengthOfString(self));
        return apply(original, self, args);
      }
      const n = self.length;
      const start = backward ? stringBackwardStart(args, n) : stringForwardStart(args, n);
      if (start === null) {
        charge(n);
        return apply(original, self, args);
      }
      // includes is indexOf >= 0 for a string needle, and one search also says where.
      const at = position ? apply(original, self, args) : apply(nativeStringIndexOf, self, [needle, start]);
      const found = (backward ? start - at : at - start) + max(needle.length, 1);
      charge(at < 0 ? max(backward ? start + 1 : n - start, 1) : found);
      return position ? at : at >= 0;
    });
  searchString('indexOf', false, true);
  searchString('lastIndexOf', true, true);
  searchString('includes', false, false);
  for (const name of ['slice', 'substring', 'substr', 'repeat', 'padStart', 'padEnd', 'concat', 'toUpperCase',
    'toLowerCase', 'toLocaleUpperCase', 'toLocaleLowerCase', 'trim', 'trimStart', 'trimEnd', 'normalize']) {
    wrap(strings, name, null, (result, self) => (typeof self === 'string' ? resultLength(result) : 0));
  }
  for (const name of ['startsWith', 'endsWith']) {
    wrap(strings, name, (self, args) => (typeof self === 'string' && typeof args[0] === 'string' ? args[0].length : 0));
  }
  // exec counts the characters it moved over: from where it starts (lastIndex for a global
  // or sticky pattern) to the end of the match, or to the end of the input. So a global
  // replace, match or split, which calls exec once per match, counts the input once, and
  // test, which calls exec, needs no charge of its own. Reading lastIndex, the flags and the
  // fresh match array is unobservable (own data properties and internal slots).
  // The sticky and global getters read the pattern's own flags, not its properties.
  const isSticky = getOwnPropertyDescriptor(RegExp.prototype, 'sticky').get;
  const isGlobal = getOwnPropertyDescriptor(RegExp.prototype, 'global').get;
  const execStart = new WeakMap();
  wrap(
    RegExp.prototype,
    'exec',
    (self, args) => {
      if (typeof args[0] === 'string' && isRegExp(self)) {
        execStart.set(self, apply(isSticky, self, []) || apply(isGlobal, self, []) ? self.lastIndex : 0);
      }
      return 0;
    },
    (result, self, args) => {
      if (typeof args[0] !== 'string' || !isRegExp(self)) return 0;
      const start = execStart.get(self) ?? 0;
      // A sticky pattern only tries where it stands (split moves one along at a time).
      const end = result !== null ? result.index + result[0].length : apply(isSticky, self, []) ? start + 1 : args[0].length;
      return end > start ? end - start : 1;
    },
  );
  wrap(JSON, 'stringify', null, resultLength);
  wrap(JSON, 'parse', (self, args) => lengthOfString(args[0]));

  // Set and Map: the constructor stays the same function to every observer except its
  // construct step, which counts the size of what it built.
  for (const [name, size] of [['Set', setSize], ['Map', mapSize]]) {
    const original = globalThis[name];
    const counted = new Proxy(original, {
      construct(target, args, newTarget) {
        const built = construct(target, args, newTarget === counted ? target : newTarget);
        charge(apply(size, built, []));
        return built;
      },
    });
    addWrapped(counted);
    defineProperty(original.prototype, 'constructor', { value: counted, writable: true, configurable: true, enumerable: false });
    defineProperty(globalThis, name, { value: counted, writable: true, configurable: true, enumerable: false });
  }

  // Wrapped built-ins print as native code, like the originals (and so does this one), and
  // so does DryRun's own code.
  const toSource = Function.prototype.toString;
  const toStringDescriptor = getOwnPropertyDescriptor(Function.prototype, 'toString');
  toStringDescriptor.value = {
    toString() {
      const source = isWrapped(this) ? '' : apply(toSource, this, []);
      return source && !apply(stringIncludes, concealed, [source]) ? source : 'function ' + this.name + '() {\n    [native code]\n}';
    },
  }.toString;
  defineProperty(toStringDescriptor.value, 'length', { value: 0 });
  addWrapped(toStringDescriptor.value);
  defineProperty(Function.prototype, 'toString', toStringDescriptor);

  return [
    stop,
    (value) => { charge(sizeOf(value)); return value; },
    (value) => { if (value !== null && typeof value === 'object') charge(ownKeys(value).length); return value; },
    charge,
  ];
})(globalThis.${STOP_HOOK});
delete globalThis.${STOP_HOOK};
`;
