import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { type SandboxLimits, WASM_INITIAL_PAGES, WASM_PAGE, wasmMaximumPages } from './limits.ts';

/** Makes a QuickJS module whose WebAssembly memory is `memory`. */
export type ModuleFactory = (memory: WebAssembly.Memory) => Promise<QuickJSWASMModule>;

const releaseModule: ModuleFactory = (memory) =>
  newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmMemory: memory }));

/** Memory is saved and restored in pages of this size; most of a fresh image is zeros. */
const IMAGE_PAGE = 4096;

/**
 * The non-zero pages of a WebAssembly memory: restoring them over a zeroed memory gives
 * back every byte exactly as it was.
 */
interface MemoryImage {
  offsets: number[];
  pages: Uint8Array;
}

interface Instance<W> {
  module: QuickJSWASMModule;
  memory: WebAssembly.Memory;
  world: W;
  image: MemoryImage;
}

/**
 * One QuickJS WebAssembly module with a hard cap on its memory, and a world built in it
 * once (a runtime, a context and everything the sandbox evaluates before a program).
 *
 * `setMemoryLimit` alone does not bound the WebAssembly memory (typed arrays grow it past
 * the limit), so the module gets a `WebAssembly.Memory` whose `maximum` is the limit plus
 * headroom.
 *
 * Every run starts from the same state: right after the world is built, the whole
 * WebAssembly memory is saved as an image, and before each later run it is put back,
 * byte for byte. The QuickJS runtime a run sees is therefore exactly the freshly built
 * one (its heap, atoms, globals, garbage collector and allocator state), whatever the run
 * before it did — at the cost of a memory copy rather than of building it again. After
 * a host-level failure (an Emscripten abort) the module is thrown away instead, and so is
 * one whose memory has grown far past its start, to keep restores cheap.
 */
export class QuickJSHost {
  private instance: Promise<Instance<unknown>> | undefined;
  /** The instance once built (set as soon as `instance` resolves). */
  private current: Instance<unknown> | undefined;

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
    return this.current?.memory.buffer.byteLength ?? 0;
  }

  /**
   * The world `build` made in this host's module; the first call creates the module, builds
   * the world and saves the memory image. Call {@link reset} right before using the world,
   * in the same synchronous stretch of code: runs awaiting a host may interleave.
   */
  async acquire<W>(build: (module: QuickJSWASMModule) => W): Promise<W> {
    if (!this.instance) {
      const memory = new WebAssembly.Memory({ initial: WASM_INITIAL_PAGES, maximum: wasmMaximumPages(this.limits) });
      const creating = this.createModule(memory).then((module): Instance<unknown> => {
        const world = build(module);
        return { module, memory, world, image: save(memory) };
      });
      this.instance = creating;
      this.current = undefined;
      creating.then(
        (instance) => {
          if (this.instance === creating) this.current = instance;
        },
        () => this.recycle(),
      );
    }
    const instance = await this.instance;
    return instance.world as W;
  }

  /**
   * Puts the memory back to the image saved right after `world` was built. False when
   * `world` is no longer this host's (it was recycled meanwhile): acquire again.
   */
  reset(world: unknown): boolean {
    const instance = this.current;
    if (!instance || instance.world !== world) return false;
    restore(instance.memory, instance.image);
    return true;
  }

  /** After a run: a module whose memory grew far past its start is replaced, to keep restores cheap. */
  release(): void {
    if (this.memoryBytes > RECYCLE_AFTER_BYTES) this.recycle();
  }

  /** Throws the module away (after an abort or a memory blow-up); the next run gets a fresh one. */
  recycle(): void {
    this.instance = undefined;
    this.current = undefined;
  }
}

/** Memory grown past this makes every restore slower (it zeroes it all): start afresh instead. */
const RECYCLE_AFTER_BYTES = 2 * WASM_INITIAL_PAGES * WASM_PAGE;

function save(memory: WebAssembly.Memory): MemoryImage {
  const bytes = new Uint8Array(memory.buffer);
  const words = new Uint32Array(memory.buffer);
  const offsets: number[] = [];
  for (let offset = 0; offset < bytes.length; offset += IMAGE_PAGE) {
    const from = offset / 4;
    for (let i = from; i < from + IMAGE_PAGE / 4; i++) {
      if (words[i] !== 0) {
        offsets.push(offset);
        break;
      }
    }
  }
  const pages = new Uint8Array(offsets.length * IMAGE_PAGE);
  offsets.forEach((offset, i) => {
    pages.set(bytes.subarray(offset, offset + IMAGE_PAGE), i * IMAGE_PAGE);
  });
  return { offsets, pages };
}

function restore(memory: WebAssembly.Memory, image: MemoryImage): void {
  const bytes = new Uint8Array(memory.buffer);
  bytes.fill(0);
  image.offsets.forEach((offset, i) => {
    bytes.set(image.pages.subarray(i * IMAGE_PAGE, (i + 1) * IMAGE_PAGE), offset);
  });
}
