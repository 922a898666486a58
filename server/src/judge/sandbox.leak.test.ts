import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSRuntime } from 'quickjs-emscripten-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { runProgram } from './sandbox.ts';

// quickjs-emscripten's TestQuickJSWASMModule (0.32) never forgets a disposed runtime, so
// these tests check disposal themselves: every runtime dead, and no memory creeping up.
describe('sandbox resource hygiene', () => {
  it('disposes every runtime and frees what each run allocated', async () => {
    const runtimes: QuickJSRuntime[] = [];
    const host = new QuickJSHost(DEFAULT_LIMITS, async (memory) => {
      const module = await newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmMemory: memory }));
      return new Proxy(module, {
        get(target, property, receiver) {
          if (property !== 'newRuntime') return Reflect.get(target, property, receiver);
          return (...args: Parameters<typeof module.newRuntime>) => {
            const runtime = target.newRuntime(...args);
            runtimes.push(runtime);
            return runtime;
          };
        },
      });
    });
    const limits = { ...DEFAULT_LIMITS, timeoutMs: 100 };
    const programs = [
      'console.log([1, { a: new Map([[1, { deep: [2] }]]) }], new Set(["x".repeat(1000)]))',
      'setTimeout(() => console.log("later"), 10); Promise.resolve().then(() => { throw new Error("x") })',
      'throw new TypeError("boom")',
      'const big = Array.from({ length: 20000 }, (_, i) => ({ i, s: String(i) })); console.log(big.length)',
      'for (;;) {}',
      "for (;;) console.log('flood')",
      'const f = () => f(); f()',
    ];
    const calls: Array<[string, string]> = [
      ['function f(a, m) { return [a, m, { nested: new Set(a) }] }', 'f'],
      ['async function f(a) { await new Promise((r) => setTimeout(r, 5)); return a }', 'f'],
      ['function f() { throw new Error("no") }', 'f'],
      ['function f() { return new Promise(() => {}) }', 'f'],
      ['function g() {}', 'f'],
    ];
    const runAll = async (rounds: number) => {
      for (let i = 0; i < rounds; i++) {
        for (const source of programs) await runProgram(host, source, { limits });
        for (const [source, entry] of calls) {
          await runProgram(host, source, { limits, call: { entry, args: [[1, 2], new Map([['k', 1]])] } });
        }
      }
    };
    await runAll(3);
    const settled = host.memoryBytes;
    await runAll(20);
    expect(runtimes.length).toBe(23 * (programs.length + calls.length));
    expect(runtimes.filter((r) => r.alive)).toEqual([]);
    // A leaked handle or context keeps its objects: 140 more runs would grow the memory.
    expect(host.memoryBytes).toBe(settled);
  }, 30_000);

  it('keeps the WebAssembly memory under its hard cap when typed arrays try to grow it', async () => {
    const host = new QuickJSHost(DEFAULT_LIMITS);
    const result = await runProgram(host, 'const k = []; for (;;) k.push(new Uint8Array(1 << 20));', {
      limits: DEFAULT_LIMITS,
    });
    expect(result.verdict).toBe('memory_limit');
    expect(host.memoryBytes).toBeLessThanOrEqual(host.maxMemoryBytes);
    expect(host.maxMemoryBytes).toBeLessThan(DEFAULT_LIMITS.memoryBytes + 64 * 1024 * 1024);
  });
});
