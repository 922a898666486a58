import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { COST_MODEL_SOURCE, STOP_HOOK } from './costModel.ts';
import { LANGUAGE_EXTRAS_SOURCE } from './languageExtras.ts';
import type { SandboxLimits } from './limits.ts';
import { DESERIALIZER_SOURCE, SERIALIZER_SOURCE } from './plainData.ts';
import { PRELUDE_SOURCE } from './prelude.ts';
import { DESCRIBE_THROWN_SOURCE } from './thrownValue.ts';

/**
 * `(serialize) => ({ call, calls })`, with intrinsics captured before candidate code ran:
 * - `call(target, name, args)` calls `target(...args)` (name `null`), constructs it
 *   (`"new"`) or calls its method `name`;
 * - `calls(instance, names, lists, from)` makes the method calls of a class test from
 *   index `from` on, copying each answer out as it is returned, all inside the sandbox (a
 *   hundred thousand calls cost no host round trips). It stops at an answer that is a
 *   promise, for the host to settle under the virtual clock: `{ text, stop, value }` where
 *   `text` is the answers so far (tagged JSON nodes joined by commas) and `stop` the index
 *   of the promise, or -1 when every call is answered.
 */
const CALL_HARNESS_SOURCE = `(function (serialize) {
  'use strict';
  const apply = Reflect.apply, construct = Reflect.construct, StringCtor = String;
  const getPrototypeOf = Object.getPrototypeOf, setPrototypeOf = Object.setPrototypeOf;
  const join = Array.prototype.join;
  const promisePrototype = Promise.prototype;
  const TypeErrorCtor = TypeError;
  const call = (target, name, args) => {
    if (name === null) return apply(target, undefined, args);
    if (name === 'new') return construct(target, args);
    const method = target[name];
    if (typeof method !== 'function') throw new TypeErrorCtor(StringCtor(name) + ' is not a method of the object');
    return apply(method, target, args);
  };
  const isPromise = (value) => typeof value === 'object' && value !== null && getPrototypeOf(value) === promisePrototype;
  const calls = (instance, names, lists, from) => {
    const answers = setPrototypeOf([], null);
    for (let i = from; i < names.length; i++) {
      const value = call(instance, names[i], lists[i]);
      if (isPromise(value)) return { text: apply(join, answers, [',']), stop: i, value };
      answers[answers.length] = serialize(value);
    }
    return { text: apply(join, answers, [',']), stop: -1, value: undefined };
  };
  return { call, calls };
})`;

/** What one run has done so far; the world's host functions and interrupt handler report into it. */
export interface RunState {
  /** `performance.now()` past which the run is interrupted. */
  deadline: number;
  timedOut: boolean;
  /** The step budget was exceeded. */
  overBudget: boolean;
  outputCut: boolean;
  outputLimit: number;
  outputBytes: number;
  lines: string[];
  /** Told of each line as it is written (a streamed run). */
  onLine?: (line: string) => void;
  interrupts: number;
  /** While the host reads the step counter or probes memory, the interrupt handler lets it. */
  reading: boolean;
}

export function newRunState(deadline: number, outputLimit: number): RunState {
  return {
    deadline,
    timedOut: false,
    overBudget: false,
    outputCut: false,
    outputLimit,
    outputBytes: 0,
    lines: [],
    interrupts: 0,
    reading: false,
  };
}

/**
 * A QuickJS runtime and context with everything evaluated that a run needs before the
 * candidate's program: the prelude (virtual clock, console, seeded random), the harness
 * (arguments in, answers out, calls) and the step cost model. Built once per module; the
 * module's memory image is saved right after (see `QuickJSHost`), so every run starts here.
 * Its handles are never disposed: they live as long as the module.
 */
export interface World {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  /** Runs the next due timer; 1 if one ran, 0 if none is left. */
  tick: QuickJSHandle;
  /** 1 if the heap can still give 1 MiB. */
  headroom: QuickJSHandle;
  /** `(seed)`: restarts `Math.random`. */
  reseed: QuickJSHandle;
  /** `(steps)`: the step budget of this run. */
  budget: QuickJSHandle;
  /** `(source)`: functions whose source is in it print as native code (a problem's harness). */
  conceal: QuickJSHandle;
  /** `(thrown) => string`: describes a thrown value without running its code (`thrownValue.ts`). */
  describeThrown: QuickJSHandle;
  /** `(value) => string`: copies a value out as tagged JSON (`plainData.ts`). */
  serialize: QuickJSHandle;
  /** `(json) => value`: builds arguments from tagged JSON. */
  deserialize: QuickJSHandle;
  /** `(target, name, args)`: see `CALL_HARNESS_SOURCE`. */
  call: QuickJSHandle;
  /** `(instance, names, lists, from)`: see `CALL_HARNESS_SOURCE`. */
  calls: QuickJSHandle;
  /** The current run's state; replaced at the start of every run. */
  state: RunState;
}

export function buildWorld(module: QuickJSWASMModule, limits: SandboxLimits): World {
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(limits.memoryBytes);
  runtime.setMaxStackSize(limits.stackBytes);
  const context = runtime.newContext();
  const ctx = context;
  const world = { runtime, context, state: newRunState(Number.POSITIVE_INFINITY, limits.outputBytes) } as World;

  runtime.setInterruptHandler(() => {
    const { state } = world;
    if (state.reading) return false;
    state.interrupts++;
    if (performance.now() > state.deadline) state.timedOut = true;
    return state.timedOut || state.outputCut || state.overBudget;
  });

  // Every console level goes to one stream, in order (like a terminal showing both).
  const write = ctx.newFunction('write', (_level, textHandle) => {
    const { state } = world;
    const text = ctx.getString(textHandle);
    const bytes = Buffer.byteLength(text) + 1;
    if (state.outputCut) throw new Error('Output limit reached');
    if (state.outputBytes + bytes > state.outputLimit) {
      state.outputCut = true;
      const kept = Buffer.from(text)
        .subarray(0, Math.max(0, state.outputLimit - state.outputBytes))
        .toString();
      state.lines.push(kept);
      state.onLine?.(kept);
      // Thrown into the program; `outputCut` decides the verdict even if it is caught.
      throw new Error('Output limit reached');
    }
    state.outputBytes += bytes;
    state.lines.push(text);
    state.onLine?.(text);
  });
  const seed = ctx.newNumber(1);
  const prelude = ctx.unwrapResult(ctx.evalCode(PRELUDE_SOURCE, 'dryrun:prelude.js'));
  const clock = ctx.unwrapResult(ctx.callFunction(prelude, ctx.undefined, write, seed));
  world.tick = ctx.getProp(clock, 'tick');
  world.headroom = ctx.getProp(clock, 'headroom');
  world.reseed = ctx.getProp(clock, 'reseed');
  // Made before the cost model wraps the built-ins: the harness never counts steps.
  world.serialize = ctx.unwrapResult(ctx.evalCode(SERIALIZER_SOURCE, 'dryrun:serializer.js'));
  world.deserialize = ctx.unwrapResult(ctx.evalCode(DESERIALIZER_SOURCE, 'dryrun:deserializer.js'));
  world.describeThrown = ctx.unwrapResult(ctx.evalCode(DESCRIBE_THROWN_SOURCE, 'dryrun:thrown.js'));
  const harnessFactory = ctx.unwrapResult(ctx.evalCode(CALL_HARNESS_SOURCE, 'dryrun:harness.js'));
  const harness = ctx.unwrapResult(ctx.callFunction(harnessFactory, ctx.undefined, world.serialize));
  world.call = ctx.getProp(harness, 'call');
  world.calls = ctx.getProp(harness, 'calls');

  const hooks = ctx.newObject();
  const stop = ctx.newFunction('stop', () => {
    world.state.overBudget = true;
  });
  ctx.setProp(hooks, 'stop', stop);
  const memoryBytes = ctx.newNumber(limits.memoryBytes);
  ctx.setProp(hooks, 'memoryBytes', memoryBytes);
  memoryBytes.dispose();
  ctx.setProp(ctx.global, STOP_HOOK, hooks);
  ctx.unwrapResult(ctx.evalCode(COST_MODEL_SOURCE, 'dryrun:costs.js')).dispose();
  ctx.unwrapResult(ctx.evalCode(LANGUAGE_EXTRAS_SOURCE, 'dryrun:extras.js')).dispose();
  world.budget = ctx.getProp(hooks, 'configure');
  world.conceal = ctx.getProp(hooks, 'conceal');
  const ownSources = [
    PRELUDE_SOURCE,
    SERIALIZER_SOURCE,
    DESERIALIZER_SOURCE,
    DESCRIBE_THROWN_SOURCE,
    CALL_HARNESS_SOURCE,
    COST_MODEL_SOURCE,
    LANGUAGE_EXTRAS_SOURCE,
  ];
  const sources = ctx.newString(ownSources.join('\n'));
  ctx.unwrapResult(ctx.callFunction(world.conceal, ctx.undefined, sources)).dispose();
  sources.dispose();

  // quickjs-emscripten makes these handles on first use: made now, they are part of the
  // image, instead of pointing into memory a later restore takes back.
  for (const constant of [ctx.undefined, ctx.null, ctx.true, ctx.false, ctx.global]) void constant;
  // Kept for the module's lifetime, like the world: `write` and `stop` must outlive every
  // run (a freed host function would be forgotten on the host side too).
  void [write, seed, prelude, clock, hooks, stop, harnessFactory, harness];
  return world;
}
