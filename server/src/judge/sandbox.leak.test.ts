import { createHash } from 'node:crypto';
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, WASM_INITIAL_PAGES, WASM_PAGE } from './limits.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { runProgram } from './sandbox.ts';
import { buildWorld } from './sandboxWorld.ts';

/** A host whose modules are recorded with their memories, so a test can read the memory itself. */
function observedHost() {
  const memories: WebAssembly.Memory[] = [];
  const host = new QuickJSHost(DEFAULT_LIMITS, (memory) => {
    memories.push(memory);
    return newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmMemory: memory }));
  });
  return { host, memories };
}

/** The memory's first pages, where the image lives; past them (if it grew) it must be all zeros. */
function digest(memory: WebAssembly.Memory): string {
  const start = WASM_INITIAL_PAGES * WASM_PAGE;
  const grown = new Uint8Array(memory.buffer, start);
  expect(grown.every((byte) => byte === 0)).toBe(true);
  return createHash('sha256')
    .update(new Uint8Array(memory.buffer, 0, start))
    .digest('hex');
}

describe('sandbox resource hygiene', () => {
  it('starts every run from the same memory image, byte for byte, whatever ran before', async () => {
    const { host, memories } = observedHost();
    const limits = { ...DEFAULT_LIMITS, timeoutMs: 100 };
    const programs = [
      'console.log([1, { a: new Map([[1, { deep: [2] }]]) }], new Set(["x".repeat(1000)]))',
      'setTimeout(() => console.log("later"), 10); Promise.resolve().then(() => { throw new Error("x") })',
      'throw new TypeError("boom")',
      'globalThis.leaked = 1; Array.prototype.polluted = true; Object.freeze(Object.prototype);',
      'const big = Array.from({ length: 20000 }, (_, i) => ({ i, s: String(i) })); console.log(big.length)',
      'for (;;) {}',
      "for (;;) console.log('flood')",
      'const f = () => f(); f()',
      'const k = []; for (;;) k.push({ k });',
    ];
    const calls: Array<[string, string]> = [
      ['function f(a, m) { return [a, m, { nested: new Set(a) }] }', 'f'],
      ['async function f(a) { await new Promise((r) => setTimeout(r, 5)); return a }', 'f'],
      ['function f() { throw new Error("no") }', 'f'],
      ['function f() { return new Promise(() => {}) }', 'f'],
      ['function g() {}', 'f'],
    ];
    /** The memory right after a reset, per module: the same every time for the same module. */
    const images = new Map<WebAssembly.Memory, string>();
    let compared = 0;
    const resetAndCompare = async () => {
      const world = await host.acquire((module) => buildWorld(module, limits));
      expect(host.reset(world)).toBe(true);
      const memory = memories.at(-1) as WebAssembly.Memory;
      const now = digest(memory);
      const first = images.get(memory);
      if (first === undefined) images.set(memory, now);
      else {
        expect(now).toBe(first);
        compared++;
      }
    };
    const probe = 'console.log(typeof leaked, [].polluted, Object.isFrozen(Object.prototype), Math.random())';
    const seen = new Set<string>();
    for (let round = 0; round < 3; round++) {
      for (const source of programs) {
        await runProgram(host, source, { limits });
        await resetAndCompare();
        seen.add((await runProgram(host, probe, { limits })).stdout);
      }
      for (const [source, entry] of calls) {
        await runProgram(host, source, { limits, call: { entry, args: [[1, 2], new Map([['k', 1]])] } });
        await resetAndCompare();
      }
    }
    expect(compared).toBeGreaterThan(30);
    // Nothing a program did was seen by the next one.
    expect([...seen]).toEqual([`undefined undefined false ${await firstRandom()}`]);
  }, 60_000);

  it('replaces a module whose memory grew far past its start, and carries on', async () => {
    const { host, memories } = observedHost();
    const grown = await runProgram(
      host,
      'const k = []; for (let i = 0; i < 40; i++) k.push(new Uint8Array(1 << 20)); 1',
      {
        limits: DEFAULT_LIMITS,
      },
    );
    expect(grown.verdict).toBe('accepted');
    const after = await runProgram(host, 'console.log("fresh")', { limits: DEFAULT_LIMITS });
    expect(after.stdout).toBe('fresh');
    expect(memories.length).toBe(2);
  });

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

/** What `Math.random()` first gives with the default seed, from a host of its own. */
async function firstRandom(): Promise<string> {
  const result = await runProgram(new QuickJSHost(DEFAULT_LIMITS), 'console.log(Math.random())', {
    limits: DEFAULT_LIMITS,
  });
  return result.stdout;
}
