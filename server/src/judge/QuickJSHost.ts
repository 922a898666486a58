import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { type SandboxLimits, WASM_INITIAL_PAGES, WASM_PAGE, wasmMaximumPages } from './limits.ts';

/** Makes a QuickJS module whose WebAssembly memory is `memory`. */
export type ModuleFactory = (memory: WebAssembly.Memory) => Promise<QuickJSWASMModule>;

const releaseModule: ModuleFactory = (memory) =>
  newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmMemory: memory }));

/**
 * One QuickJS WebAssembly module with a hard cap on its memory. `setMemoryLimit` alone does
 * not bound the WebAssembly memory (typed arrays grow it past the limit), so the module gets
 * a `WebAssembly.Memory` whose `maximum` is the limit plus headroom. Each run creates its
 * own runtime inside the module; after any host-level failure the module is replaced.
 */
export class QuickJSHost {
  private module: Promise<QuickJSWASMModule> | undefined;
  private memory: WebAssembly.Memory | undefined;

  constructor(
    private readonly limits: SandboxLimits,
    private readonly createModule: ModuleFactory = releaseModule,
  ) {}

  /** The hard cap, in bytes, on the module's WebAssembly memory. */
  get maxMemoryBytes(): number {
    return wasmMaximumPages(this.limits) * WASM_PAGE;
  }

  /** What the current module's WebAssembly memory has grown to. */
  get memoryBytes(): number {
    return this.memory?.buffer.byteLength ?? 0;
  }

  acquire(): Promise<QuickJSWASMModule> {
    if (!this.module) {
      this.memory = new WebAssembly.Memory({ initial: WASM_INITIAL_PAGES, maximum: wasmMaximumPages(this.limits) });
      this.module = this.createModule(this.memory);
      this.module.catch(() => this.recycle());
    }
    return this.module;
  }

  /** Throws the module away (after an abort or a memory blow-up); the next run gets a fresh one. */
  recycle(): void {
    this.module = undefined;
    this.memory = undefined;
  }
}
