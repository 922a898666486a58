import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { runProgram } from './sandbox.ts';

/**
 * Language fidelity: whatever the sandbox adds (step counting, the cost model's wrapped
 * built-ins, the virtual clock, the console) must leave the language as the specification
 * and bare QuickJS have it. In the manner of the ECMAScript conformance suite (test262),
 * each check below is a small program probing one behaviour of a built-in DryRun touches —
 * names, lengths, property descriptors, `toString`, edge cases, `Symbol.species`,
 * array-likes, stability — and its answer in the sandbox (instrumented, through
 * `runProgram`) must equal its answer in a bare QuickJS context of the same build.
 */
const CHECKS: Record<string, string> = {
  // Identity of the wrapped built-ins.
  'names and lengths': `
    const fns = [[].includes, [].indexOf, [].lastIndexOf, [].slice, [].splice, [].sort, [].concat, [].join,
      [].map, [].filter, [].reduce, [].flat, [].toString, ''.split, ''.replace, ''.replaceAll, ''.includes, ''.repeat,
      ''.padStart, ''.slice, ''.startsWith, /x/.exec, JSON.stringify, JSON.parse, Array.from, Object.keys,
      Object.entries, Object.fromEntries, Function.prototype.toString];
    return fns.map((f) => f.name + '/' + f.length);`,
  'property descriptors': `
    const show = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k);
      return [k, typeof d.value, d.writable, d.enumerable, d.configurable].join(','); };
    return [show(Array.prototype, 'includes'), show(Array.prototype, 'sort'), show(String.prototype, 'split'),
      show(RegExp.prototype, 'exec'), show(JSON, 'parse'), show(globalThis, 'Set'), show(globalThis, 'Map'),
      show(Set.prototype, 'constructor'), show(Function.prototype, 'toString'),
      show([].includes, 'name'), show([].includes, 'length')];`,
  'own property lists are unchanged': `
    return [Object.getOwnPropertyNames(Array.prototype).sort().join(),
      Object.getOwnPropertyNames(String.prototype).sort().join(),
      Object.getOwnPropertyNames(Set.prototype).sort().join(), Object.getOwnPropertyNames(Set).sort().join(),
      Object.getOwnPropertyNames([].includes).sort().join(), String('prototype' in [].includes)];`,
  'toString of built-ins': `
    return [String([].includes), Function.prototype.toString.call(''.split), String(Set), String(Map),
      String(Function.prototype.toString), String(Math.max)];`,
  'not constructors': `
    const attempt = (f) => { try { new f(); return 'constructed'; } catch (e) { return e.constructor.name; } };
    return [attempt([].includes), attempt(''.split), attempt(JSON.parse)];`,

  // Edge cases of the spec.
  'NaN, -0 and holes': `
    return [[NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0), [0].indexOf(-0), Object.is([-0].at(0), -0),
      [1, , 3].includes(undefined), [1, , 3].indexOf(undefined), [1, 2, 3].includes(3, -1), [1, 2, 3].indexOf(1, -2),
      [1, 2, 3].lastIndexOf(3, -2), 'abc'.includes(''), 'abc'.indexOf('', 10), [1, 2].includes()];`,
  'array-likes and generic methods': `
    const like = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
    return [Array.prototype.includes.call(like, 'b'), Array.prototype.indexOf.call(like, 'c'),
      Array.prototype.join.call(like, '-'), Array.prototype.slice.call(like, 1).join(),
      Array.prototype.map.call('xyz', (c) => c + c).join(), Array.from({ length: 2 }, (_, i) => i * 2).join(),
      String.prototype.split.call(123, '').join(), Array.prototype.concat.call(1, 2).length,
      JSON.stringify(Array.prototype.splice.call({ length: 2, 0: 'x', 1: 'y' }, 0, 1))];`,
  'sort: default order, stability, comparators, undefined': `
    const people = [['b', 1], ['a', 2], ['b', 0], ['a', 1], ['c', 2], ['a', 0]].map(([k, v]) => ({ k, v }));
    const stable = people.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0)).map((p) => p.k + p.v).join();
    const many = Array.from({ length: 100 }, (_, i) => ({ k: i % 3, i })).sort((a, b) => a.k - b.k);
    const ordered = many.every((x, j) => j === 0 || many[j - 1].k < x.k || many[j - 1].i < x.i);
    let thrown = 'none';
    try { [2, 1].sort(() => { throw new RangeError('no'); }); } catch (e) { thrown = e.name; }
    let bad = 'none';
    try { [1, 2].sort('not a function'); } catch (e) { bad = e.name; }
    return [[10, 9, 1, 100].sort().join(), [3, undefined, 1, , 2].sort().map(String).join(), stable, ordered, thrown,
      bad, ['b', 'a'].toSorted().join(), [1, 2, 3].sort((a, b) => b - a).join()];`,
  'Symbol.species and subclassing': `
    class MyArray extends Array {}
    const m = MyArray.from([1, 2, 3]);
    class Plain extends Array { static get [Symbol.species]() { return Array; } }
    const p = Plain.from([1, 2]);
    class MySet extends Set { extra() { return 'extra:' + this.size; } }
    class MyMap extends Map {}
    const s = new MySet([1, 2, 2]);
    return [m.slice(1) instanceof MyArray, m.concat([4]) instanceof MyArray, m.map((x) => x) instanceof MyArray,
      m.filter(Boolean).constructor.name, m.splice(0, 1) instanceof MyArray, p.slice() instanceof Plain,
      p.slice().constructor === Array, s.extra(), s instanceof MySet, s instanceof Set, new MyMap([[1, 2]]).get(1),
      Object.getPrototypeOf(new Set()) === Set.prototype, Set.prototype.constructor === Set, Set.name, Map.length,
      typeof Set, Reflect.construct(Set, [[1]], MySet) instanceof MySet];`,
  'Set and Map construction': `
    let thrown = 'none';
    try { Set(); } catch (e) { thrown = e.name; }
    const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: i >= 3, value: i++ }) }; } };
    return [new Set(it).size, new Map([[1, 'a'], [1, 'b']]).get(1), new Set('hello').size, new Set(null).size,
      new Set().size, thrown, [...new Set([3, 1, 3])].join(), [...new Map([['k', 1]]).keys()].join()];`,
  'concat spreading': `
    const spread = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
    const kept = [1, 2]; kept[Symbol.isConcatSpreadable] = false;
    return [JSON.stringify([0].concat(spread)), [0].concat(kept).length, [].concat(1, [2], [[3]]).length];`,
  'strings and patterns': `
    return ['a,b,,c'.split(',').join('|'), 'a1b2c3'.split(/\\d/).join('|'), 'abc'.split('', 2).join('|'),
      'a-b_c'.split(/([-_])/).join('|'), 'aaa'.replace('a', '$&$&'), 'abcabc'.replace(/b/g, (m, i) => i),
      'x.y.z'.replaceAll('.', '/'), 'ab'.padStart(5, '12'), 'abc'.repeat(2), 'Straße'.toUpperCase(),
      'abc'.at(-1), '  x '.trim() + '|', 'abc'.substring(2, 0), 'abcdef'.slice(-3, -1), 'ab'.startsWith('b', 1)];`,
  'RegExp.prototype.exec': `
    const re = /(?<word>\\w+)\\s/g;
    const first = re.exec('hello big world');
    const out = [first.index, first.input, first.groups.word, re.lastIndex];
    const second = re.exec('hello big world');
    out.push(second[0], re.lastIndex, re.exec('hello big world') === null, re.lastIndex);
    const sticky = /a/y; sticky.lastIndex = 1;
    out.push(sticky.exec('ba') !== null, sticky.lastIndex, /a/.test('cat'), 'x1y22'.match(/\\d+/g).join());
    out.push([...'a1b2'.matchAll(/\\d/g)].map((m) => m.index).join(), 'abc'.search(/c/));
    return out;`,
  JSON: `
    const value = { b: [1, { c: 'd' }], a: undefined, n: null, f() {}, date: { toJSON: () => 'D' } };
    return [JSON.stringify(value), JSON.stringify(value, ['b', 'n'], 2), JSON.stringify([undefined, () => 1]),
      JSON.stringify('\\u2028"q"'), JSON.stringify({ k: 1 }, (key, v) => (key === 'k' ? v * 2 : v)),
      JSON.parse('{"a":[1,2,{"b":true}]}', (key, v) => (key === 'b' ? 'B' : v)).a[2].b,
      JSON.stringify(JSON.parse(' [1e3, -0, "\\\\u0041"] ')), JSON.stringify(1n === 1n)];`,
  'errors thrown by wrapped built-ins': `
    const attempt = (f) => { try { f(); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } };
    return [attempt(() => [].reduce((a, b) => a)), attempt(() => JSON.parse('{')),
      attempt(() => 'x'.repeat(-1)), attempt(() => Array.prototype.includes.call(null, 1)),
      attempt(() => new Set(1)), attempt(() => ''.padStart(Infinity))];`,
  'iteration helpers and callbacks': `
    const seen = [];
    [1, 2, 3].forEach(function (x, i, a) { seen.push(this.tag + x + i + a.length); }, { tag: 't' });
    return [seen.join(), [1, [2, [3, [4]]]].flat(Infinity).join(), [[1], [2]].flatMap((x) => x).join(),
      [1, 2, 3].reduceRight((a, b) => a + b), Object.entries({ a: 1, b: 2 }).join('|'),
      Object.fromEntries([['x', 1]]).x, Object.keys('ab').join(), [1, 2, 3].with(1, 9).join(),
      [3, 1, 2].toReversed().join(), [1, 2, 3].toSpliced(1, 1).join()];`,
};

/** The names a program sees added to the global object in the sandbox, on purpose. */
const ADDED_GLOBALS = [
  'TextDecoder',
  'TextEncoder',
  'atob',
  'btoa',
  'clearImmediate',
  'clearInterval',
  'clearTimeout',
  'console',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'setInterval',
  'setTimeout',
  'structuredClone',
];

let bare: QuickJSWASMModule;
const host = new QuickJSHost({ ...DEFAULT_LIMITS, timeoutMs: 5000 });

beforeAll(async () => {
  bare = await newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, {}));
});
afterAll(() => host.recycle());

/** The check's answer in a bare QuickJS context. */
function inBareQuickJS(body: string): unknown {
  const context = bare.newContext();
  try {
    const result = context.evalCode(`JSON.stringify((() => {${body}})())`);
    const handle = context.unwrapResult(result);
    const text = context.getString(handle);
    handle.dispose();
    return JSON.parse(text);
  } finally {
    context.dispose();
  }
}

/** The same check run as a candidate's program in the sandbox. */
async function inSandbox(body: string): Promise<unknown> {
  const result = await runProgram(host, `console.log(JSON.stringify((() => {${body}})()));`, {
    limits: { ...DEFAULT_LIMITS, timeoutMs: 5000 },
  });
  expect(result.error).toBeNull();
  return JSON.parse(result.stdout);
}

describe('the sandbox keeps the language as bare QuickJS has it', () => {
  it.each(Object.entries(CHECKS))('%s', async (_name, body) => {
    const expected = inBareQuickJS(body);
    expect(expected).toBeInstanceOf(Array);
    expect(await inSandbox(body)).toEqual(expected);
  });

  it('adds only the console, the timers and the extras candidates expect to the global object', async () => {
    const body = 'return Object.getOwnPropertyNames(globalThis).sort();';
    const base = inBareQuickJS(body) as string[];
    const seen = (await inSandbox(body)) as string[];
    expect(seen.filter((name) => !base.includes(name)).sort()).toEqual(ADDED_GLOBALS);
    expect(base.filter((name) => !seen.includes(name))).toEqual([]);
  });
});
