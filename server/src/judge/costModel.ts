import { SPREAD_COST, SPREAD_PROPS_COST, STEP_COUNTER, STEP_STOP } from './instrument.ts';

/**
 * Where the host's hooks object waits for the cost model to take it (and delete it):
 * `stop()` ends a run over its budget; the model sets `configure(budget)` on it.
 */
export const STOP_HOOK = '__dryrun$hook';

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
const [${STEP_STOP}, ${SPREAD_COST}, ${SPREAD_PROPS_COST}] = ((hooks) => {
  'use strict';
  // Set for each run by the host, through hooks.configure.
  let BUDGET = 0;
  hooks.configure = (budget) => { BUDGET = budget; };
  const stop = function stop() { hooks.stop(); for (;;) {} };
  const charge = (n) => { if ((${STEP_COUNTER} += n) > BUDGET) stop(); };
  const { isArray } = Array;
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

  // before(self, args): steps charged before the call; after(result, self, args): after it.
  const wrap = (target, name, before, after) => {
    const descriptor = getOwnPropertyDescriptor(target, name);
    if (!descriptor || typeof descriptor.value !== 'function') return;
    const original = descriptor.value;
    const replacement = {
      [name](...args) {
        if (before) charge(before(this, args));
        const result = apply(original, this, args);
        if (after) charge(after(result, this, args));
        return result;
      },
    }[name];
    defineProperty(replacement, 'length', { value: original.length });
    addWrapped(replacement);
    descriptor.value = replacement;
    defineProperty(target, name, descriptor);
  };

  const arrays = Array.prototype;
  for (const name of ['includes', 'indexOf', 'lastIndexOf', 'join', 'toString', 'reverse', 'fill', 'copyWithin',
    'splice', 'shift', 'unshift', 'toReversed', 'toSpliced', 'with', 'map', 'filter', 'forEach', 'reduce',
    'reduceRight', 'flatMap']) wrap(arrays, name, lengthOfArray);
  for (const name of ['slice', 'concat', 'flat']) wrap(arrays, name, null, resultLength);
  for (const name of ['sort', 'toSorted']) wrap(arrays, name, nLogN);
  wrap(Array, 'from', null, resultLength);
  for (const name of ['keys', 'values', 'entries', 'getOwnPropertyNames']) wrap(Object, name, null, resultKeys);
  wrap(Object, 'fromEntries', null, (result) => objectKeys(result).length);

  const strings = String.prototype;
  for (const name of ['includes', 'indexOf', 'lastIndexOf', 'split', 'replace', 'replaceAll', 'match', 'matchAll',
    'search']) wrap(strings, name, lengthOfString);
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
  ];
})(globalThis.${STOP_HOOK});
delete globalThis.${STOP_HOOK};
`;
