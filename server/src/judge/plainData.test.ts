import type { PlainValue } from '@dryrun/shared';
import type { QuickJSHandle } from 'quickjs-emscripten-core';
import { afterAll, describe, expect, it } from 'vitest';
import { matches } from './compare.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { decodePlain, SERIALIZER_SOURCE } from './plainData.ts';
import { QuickJSHost } from './QuickJSHost.ts';

const host = new QuickJSHost(DEFAULT_LIMITS);
afterAll(() => host.recycle());

/** Runs `program` (whose completion value is the answer) after the serializer, and copies the answer out. */
async function copyOut(program: string): Promise<PlainValue> {
  const module = await host.acquire((built) => built);
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(DEFAULT_LIMITS.memoryBytes);
  const deadline = Date.now() + 1000;
  runtime.setInterruptHandler(() => Date.now() > deadline);
  const ctx = runtime.newContext();
  const handles: QuickJSHandle[] = [];
  const keep = (handle: QuickJSHandle) => {
    handles.push(handle);
    return handle;
  };
  try {
    const serialize = keep(ctx.unwrapResult(ctx.evalCode(SERIALIZER_SOURCE, 'dryrun:serializer.js')));
    const value = keep(ctx.unwrapResult(ctx.evalCode(program, 'main.js')));
    const json = keep(ctx.unwrapResult(ctx.callFunction(serialize, ctx.undefined, value)));
    return decodePlain(ctx.getString(json));
  } finally {
    for (const handle of handles) handle.dispose();
    ctx.dispose();
    runtime.dispose();
  }
}

describe('copying a result out of the sandbox', () => {
  it('keeps what JSON would lose', async () => {
    const value = await copyOut(
      '[undefined, NaN, -0, Infinity, 10n ** 20n, null, new Map([["a", [1]]]), new Set([1, 2]), { k: "v" }, [, 1]]',
    );
    expect(value).toEqual([
      undefined,
      Number.NaN,
      -0,
      Number.POSITIVE_INFINITY,
      10n ** 20n,
      null,
      new Map([['a', [1]]]),
      new Set([1, 2]),
      Object.assign(Object.create(null), { k: 'v' }),
      [undefined, 1],
    ]);
    expect(Object.is((value as PlainValue[])[2], -0)).toBe(true);
  });

  it('cannot be fooled by toJSON, valueOf, getters, proxies or poisoned built-ins', async () => {
    expect(await copyOut('({ toJSON() { return [1, 2, 3] }, valueOf() { return 6 } })')).toEqual(
      Object.assign(Object.create(null), {
        toJSON: '[Function] toJSON',
        valueOf: '[Function] valueOf',
      }),
    );
    // A getter is not run: an answer is data, not code.
    expect(await copyOut('let n = 0; ({ get x() { return ++n } })')).toEqual(Object.create(null));
    // An array that claims another length through a proxy is read once, through its target's descriptors.
    const proxied = await copyOut('new Proxy([1, 2], { get: (t, k) => (k === "length" ? 99 : 7) })');
    expect(proxied).toEqual([1, 2]);
    const poisoned = await copyOut(`
      JSON.stringify = () => '["s","accepted"]';
      Array.isArray = () => false;
      Reflect.ownKeys = () => [];
      Map.prototype.entries = function* () { yield ['fake', 1]; };
      Object.defineProperty(Object.prototype, 'enumerable', { get() { return false } });
      [new Map([[1, 2]]), [3]]`);
    expect(poisoned).toEqual([new Map([[1, 2]]), [3]]);
    expect(await copyOut('const a = [1]; a.push(a); a')).toEqual([1, '[Circular]']);
  });

  it('stops at the interrupt deadline when a proxy trap loops forever', async () => {
    await expect(copyOut('new Proxy({}, { ownKeys() { for (;;) {} } })')).rejects.toThrow(/interrupted/);
  });
});

describe('comparing answers on the host', () => {
  const o = (entries: Record<string, PlainValue>) => Object.assign(Object.create(null), entries);

  it('compares deeply, NaN with NaN, 0 apart from -0, ignoring key order', () => {
    expect(matches([1, o({ a: 1, b: [2] })], [1, o({ b: [2], a: 1 })], { kind: 'exact' })).toBe(true);
    expect(matches(Number.NaN, Number.NaN, { kind: 'exact' })).toBe(true);
    expect(matches(-0, 0, { kind: 'exact' })).toBe(false);
    expect(matches([1, 2], [1, 2, 3], { kind: 'exact' })).toBe(false);
    expect(matches(o({ a: undefined }), o({}), { kind: 'exact' })).toBe(false);
    expect(matches('1', 1, { kind: 'exact' })).toBe(false);
    expect(matches(new Set([1, 2]), new Set([2, 1]), { kind: 'exact' })).toBe(true);
    expect(matches(new Map([[1, [2]]]), new Map([[1, [3]]]), { kind: 'exact' })).toBe(false);
  });

  it('compares unordered collections as multisets', () => {
    expect(matches([[1, 2], [3]], [[3], [1, 2]], { kind: 'unordered' })).toBe(true);
    expect(matches([1, 1, 2], [1, 2, 2], { kind: 'unordered' })).toBe(false);
    expect(matches([[2, 1]], [[1, 2]], { kind: 'unordered' })).toBe(false);
  });

  it('allows a float tolerance, absolute or relative', () => {
    expect(matches(0.1 + 0.2, 0.3, { kind: 'float', tolerance: 1e-9 })).toBe(true);
    expect(matches([1e12 + 1], [1e12], { kind: 'float', tolerance: 1e-9 })).toBe(true);
    expect(matches(0.31, 0.3, { kind: 'float', tolerance: 1e-6 })).toBe(false);
    expect(matches(Number.NaN, 0, { kind: 'float', tolerance: 1 })).toBe(false);
  });
});
