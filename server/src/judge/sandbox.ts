import type { CodeError, Language, PlainValue, Verdict } from '@dryrun/shared';
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import { costModelSource, STOP_HOOK } from './costModel.ts';
import { type Preparation, type PreparedProgram, prepareProgram, STEP_COUNTER } from './instrument.ts';
import type { SandboxLimits } from './limits.ts';
import { DESERIALIZER_SOURCE, decodePlain, encodePlain, SERIALIZER_SOURCE } from './plainData.ts';
import { PRELUDE_SOURCE } from './prelude.ts';
import type { QuickJSHost } from './QuickJSHost.ts';

/** How a program run ended. `accepted` means it finished without an uncaught error. */
export interface ProgramResult {
  verdict: Exclude<Verdict, 'wrong_answer'>;
  /** Console output, one line per call, at most `outputBytes`. */
  stdout: string;
  error: CodeError | null;
  /** Human-readable reason when a limit stopped the run ("stopped after 2000 ms"). */
  limitMessage: string | null;
  timeMs: number;
  /**
   * Deterministic work done (see `costModel.ts`): the same program on the same input
   * counts the same on every run and every machine.
   */
  steps: number;
  /** Interrupt checks QuickJS made (one per ~10,000 branches or calls); a diagnostic. */
  interrupts: number;
  /**
   * With a call: the entry's answer (its promise's value, if it returned one), or for a
   * class, one answer per call (`null` for `new`), copied out as plain data.
   */
  value?: PlainValue;
}

/** One call of a class-style test: `["new", ...constructorArgs]` first, then `[method, ...args]`. */
export type MethodCall = [string, ...PlainValue[]];

/**
 * After the program has run: call `entry(...args)`, or construct the class `entry` and
 * make a sequence of method calls on it, and copy the answers out.
 */
export type EntryCall =
  | { entry: string; args: PlainValue[]; calls?: undefined }
  | { entry: string; calls: MethodCall[]; args?: undefined };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export interface RunOptions {
  limits: SandboxLimits;
  /** Seed of `Math.random`; same seed, same sequence. */
  seed?: number;
  /** File name used in error locations. */
  fileName?: string;
  /** TypeScript is stripped to JavaScript first. Default JavaScript. Ignored for a prepared program. */
  language?: Language;
  call?: EntryCall;
}

/**
 * `(target, name, args)`: calls `target(...args)` (name `null`), constructs it (`"new"`) or
 * calls its method `name`, with intrinsics captured before candidate code ran.
 */
const CALL_HARNESS_SOURCE = `(() => {
  'use strict';
  const apply = Reflect.apply, construct = Reflect.construct, StringCtor = String;
  return (target, name, args) => {
    if (name === null) return apply(target, undefined, args);
    if (name === 'new') return construct(target, args);
    const method = target[name];
    if (typeof method !== 'function') throw new TypeError(StringCtor(name) + ' is not a method of the object');
    return apply(method, target, args);
  };
})()`;

/**
 * Runs a whole program in a fresh QuickJS runtime: prelude (virtual clock, console, seeded
 * random), then the program, then its microtasks and timers until none is left. Every
 * handle is disposed before returning; the runtime is freed whatever happens.
 */
export async function runProgram(
  host: QuickJSHost,
  program: string | Preparation,
  options: RunOptions,
): Promise<ProgramResult> {
  const { limits } = options;
  const fileName = options.fileName ?? 'main.js';
  const started = performance.now();
  const deadline = started + limits.timeoutMs;
  let interrupts = 0;
  let timedOut = false;
  let overBudget = false;
  /** While the host reads the step counter, the interrupt handler lets it. */
  let reading = false;
  let steps = 0;
  let outputBytes = 0;
  let outputCut = false;
  const lines: string[] = [];

  // A problem author's mistake, not the candidate's: refuse before running anything.
  if (options.call && !IDENTIFIER.test(options.call.entry)) {
    throw new Error(`Bad entry point name "${options.call.entry}"`);
  }
  // A preparation carries its step budget in its code: make it with `limits.steps`.
  const prepared =
    typeof program === 'string' ? prepareProgram(program, options.language ?? 'javascript', limits.steps) : program;
  const module = await host.acquire();
  let runtime: QuickJSRuntime | undefined;
  let context: QuickJSContext | undefined;
  /** Set once the program's context exists and the step counter can be read. */
  let readSteps: (() => void) | undefined;
  /** Set once the program's context exists: whether its heap is over `limits.memoryBytes`, or full. */
  let overMemory: (() => boolean) | undefined;
  const handles: QuickJSHandle[] = [];
  const finish = (
    ending: ProgramResult['verdict'],
    endingError: CodeError | null = null,
    value?: PlainValue,
  ): ProgramResult => {
    readSteps?.();
    // Out of memory, a program can still end quietly or with some other error: the error
    // was raised in a promise job and dropped, or caught, or it could not even be dumped
    // (its description needs memory too). A heap over the limit says what happened. It can
    // be over without any error: this build has no malloc_usable_size, so QuickJS's own
    // limit counts little more than block headers, and only the WebAssembly memory's cap
    // (the limit plus headroom) ever refuses an allocation.
    const outOfMemory = (ending === 'accepted' || ending === 'runtime_error') && overMemory?.() === true;
    const verdict = outOfMemory ? 'memory_limit' : ending;
    const error = outOfMemory ? null : endingError;
    return {
      ...(options.call && verdict === 'accepted' ? { value } : {}),
      verdict,
      stdout: lines.join('\n'),
      error,
      limitMessage:
        verdict === 'time_limit'
          ? overBudget
            ? `stopped after ${limits.steps.toLocaleString('en-US')} steps`
            : `stopped after ${limits.timeoutMs} ms`
          : verdict === 'output_limit'
            ? `output cut at ${Math.round(limits.outputBytes / 1024)} KiB`
            : verdict === 'memory_limit'
              ? `stopped at the ${Math.round(limits.memoryBytes / (1024 * 1024))} MiB memory limit`
              : null,
      timeMs: performance.now() - started,
      steps,
      interrupts,
    };
  };

  try {
    runtime = module.newRuntime();
    const rt = runtime;
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(limits.stackBytes);
    runtime.setInterruptHandler(() => {
      if (reading) return false;
      interrupts++;
      if (performance.now() > deadline) timedOut = true;
      return timedOut || outputCut || overBudget;
    });
    context = runtime.newContext();
    const ctx = context;
    /** Every handle made here is disposed in `finally`, whatever happens. */
    const keep = (handle: QuickJSHandle) => {
      handles.push(handle);
      return handle;
    };

    // Every console level goes to one stream, in order (like a terminal showing both).
    const write = ctx.newFunction('write', (_level, textHandle) => {
      const text = ctx.getString(textHandle);
      const bytes = Buffer.byteLength(text) + 1;
      if (outputCut) throw new Error('Output limit reached');
      if (outputBytes + bytes > limits.outputBytes) {
        outputCut = true;
        lines.push(
          Buffer.from(text)
            .subarray(0, Math.max(0, limits.outputBytes - outputBytes))
            .toString(),
        );
        // Thrown into the program; `outputCut` decides the verdict even if it is caught.
        throw new Error('Output limit reached');
      }
      outputBytes += bytes;
      lines.push(text);
    });
    keep(write);
    const seed = keep(ctx.newNumber(options.seed ?? 1));
    const preludeFn = keep(ctx.unwrapResult(ctx.evalCode(PRELUDE_SOURCE, 'dryrun:prelude.js')));
    const world = keep(ctx.unwrapResult(ctx.callFunction(preludeFn, ctx.undefined, write, seed)));
    const tick = keep(ctx.getProp(world, 'tick'));
    const headroom = keep(ctx.getProp(world, 'headroom'));

    const fail = (errorHandle: QuickJSHandle): ProgramResult => {
      const dumped: unknown = ctx.dump(errorHandle);
      errorHandle.dispose();
      if (outputCut) return finish('output_limit');
      if (timedOut || overBudget) return finish('time_limit');
      const error = toCodeError(dumped, fileName, source?.locate);
      // Out of memory, the error may only dump as its string form "InternalError: out of memory".
      const outOfMemory = error.name === 'InternalError' || error.message.startsWith('InternalError:');
      if (outOfMemory && /out of memory/i.test(error.message)) return finish('memory_limit');
      return finish('runtime_error', error);
    };

    // Everything the harness needs is made before candidate code can touch an intrinsic.
    const call = options.call;
    let serialize: QuickJSHandle | undefined;
    let callHarness: QuickJSHandle | undefined;
    let argLists: QuickJSHandle | undefined;
    if (call) {
      serialize = keep(ctx.unwrapResult(ctx.evalCode(SERIALIZER_SOURCE, 'dryrun:serializer.js')));
      callHarness = keep(ctx.unwrapResult(ctx.evalCode(CALL_HARNESS_SOURCE, 'dryrun:harness.js')));
      const deserialize = keep(ctx.unwrapResult(ctx.evalCode(DESERIALIZER_SOURCE, 'dryrun:deserializer.js')));
      const lists = call.calls ? call.calls.map(([, ...args]) => args) : [call.args];
      const json = keep(ctx.newString(encodePlain(lists)));
      argLists = keep(ctx.unwrapResult(ctx.callFunction(deserialize, ctx.undefined, json)));
    }

    if (prepared.error) return finish('compile_error', prepared.error);
    const source = prepared.program;
    const hook = keep(
      ctx.newFunction('hook', () => {
        overBudget = true;
      }),
    );
    ctx.setProp(ctx.global, STOP_HOOK, hook);
    ctx.unwrapResult(ctx.evalCode(costModelSource(limits.steps), 'dryrun:costs.js')).dispose();
    readSteps = () => {
      reading = true;
      try {
        const read = ctx.evalCode(STEP_COUNTER, 'dryrun:steps.js');
        if (read.error) read.error.dispose();
        else {
          // Code made with eval can assign the counter: an object's valueOf would run here,
          // where no interrupt stops it.
          if (ctx.typeof(read.value) === 'number') steps = ctx.getNumber(read.value);
          read.value.dispose();
        }
      } finally {
        reading = false;
      }
    };
    overMemory = () => {
      // The report is an object made in a context: ours, rather than a second one it would create.
      rt.context ??= ctx;
      let usage: QuickJSHandle | undefined;
      // The probe is the prelude's, not the program's: no deadline interrupts it.
      reading = true;
      try {
        // Many small objects can fill the WebAssembly memory while QuickJS counts them under
        // the limit (their allocator overhead is not counted): then not even 1 MiB is left.
        const probe = ctx.callFunction(headroom, ctx.undefined);
        const room = probe.error ? 0 : ctx.getNumber(probe.value);
        probe.dispose();
        if (room === 0) return true;
        usage = rt.computeMemoryUsage();
        const used = ctx.typeof(usage) === 'object' ? ctx.getProp(usage, 'memory_used_size') : undefined;
        const bytes = used && ctx.typeof(used) === 'number' ? ctx.getNumber(used) : null;
        used?.dispose();
        return bytes === null || bytes > limits.memoryBytes;
      } catch {
        // No room left even for the report.
        return true;
      } finally {
        reading = false;
        usage?.dispose();
      }
    };

    // Parse first, so a syntax error is a compile error and not a runtime one (a runtime
    // eval('(') is also a SyntaxError, but it is the program's own doing).
    const compiled = ctx.evalCode(source.code, fileName, { compileOnly: true });
    if (compiled.error) {
      const error = toCodeError(ctx.dump(compiled.error), fileName, source.locate);
      compiled.error.dispose();
      return finish('compile_error', error);
    }
    compiled.value.dispose();
    const evaluated = ctx.evalCode(source.code, fileName);
    if (evaluated.error) return fail(evaluated.error);
    evaluated.value.dispose();

    // Not seen here: a promise rejected with no handler, which fails the program in Node.
    // QuickJS tells only a host rejection tracker (JS_SetHostPromiseRejectionTracker), which
    // quickjs-emscripten 0.32 does not expose (`promiseRejectionHandler` is a TODO type and
    // the module exports no such function), and the promises of async functions and `await`
    // are made by the engine, out of the prelude's reach. Such a rejection is dropped; the
    // hostile suite marks it as a known failure.
    /** Runs microtasks and due timers until none is left; a result when the run must stop. */
    const settle = (): ProgramResult | null => {
      for (;;) {
        // An endless microtask chain makes executePendingJobs return "success" once
        // interrupted, so the deadline is checked here as well.
        const jobs = rt.executePendingJobs();
        if (jobs.error) return fail(jobs.error);
        if (performance.now() > deadline || timedOut || overBudget) return finish('time_limit');
        if (rt.hasPendingJob()) continue;
        const ran = ctx.callFunction(tick, ctx.undefined);
        if (ran.error) return fail(ran.error);
        const more = ctx.getNumber(ran.value);
        ran.value.dispose();
        if (more === 0 && !rt.hasPendingJob()) return outputCut ? finish('output_limit') : null;
      }
    };

    const afterProgram = settle();
    if (afterProgram || !call || !serialize || !callHarness || !argLists) return afterProgram ?? finish('accepted');

    const { entry } = call;
    const lookup = ctx.evalCode(`typeof ${entry} === 'function' ? ${entry} : undefined`, 'dryrun:entry.js');
    if (lookup.error) return fail(lookup.error);
    const target = keep(lookup.value);
    if (ctx.typeof(target) !== 'function') {
      return finish('runtime_error', {
        name: 'ReferenceError',
        message: `${entry} is not defined as a ${call.calls ? 'class' : 'function'}`,
        line: null,
        column: null,
      });
    }

    /** Settles an answer (awaiting a promise under the virtual clock) and copies it out. */
    const answer = (handle: QuickJSHandle, what: string): ProgramResult | { value: PlainValue } => {
      keep(handle);
      const settled = settle();
      if (settled) return settled;
      const state = ctx.getPromiseState(handle);
      if (state.type === 'pending') {
        return finish('runtime_error', {
          name: 'Error',
          message: `The promise ${what} returned never settled`,
          line: null,
          column: null,
        });
      }
      if (state.type === 'rejected') return fail(state.error);
      if (state.value !== handle) keep(state.value);
      const copied = ctx.callFunction(serialize, ctx.undefined, state.value);
      if (copied.error) return fail(copied.error);
      return { value: decodePlain(ctx.getString(keep(copied.value))) };
    };

    if (!call.calls) {
      const args = keep(ctx.getProp(argLists, 0));
      const result = ctx.callFunction(callHarness, ctx.undefined, target, ctx.null, args);
      if (result.error) return fail(result.error);
      const copied = answer(result.value, entry);
      if (!('value' in copied)) return copied;
      return finish(outputCut ? 'output_limit' : 'accepted', null, copied.value);
    }

    const answers: PlainValue[] = [];
    let instance: QuickJSHandle | undefined;
    for (const [index, [name]] of call.calls.entries()) {
      const args = keep(ctx.getProp(argLists, index));
      const nameHandle = keep(ctx.newString(name));
      const result = ctx.callFunction(callHarness, ctx.undefined, instance ?? target, nameHandle, args);
      if (result.error) return fail(result.error);
      if (index === 0) {
        instance = keep(result.value);
        const settled = settle();
        if (settled) return settled;
        answers.push(null);
        continue;
      }
      const copied = answer(result.value, `${name}()`);
      if (!('value' in copied)) return copied;
      answers.push(copied.value);
    }
    return finish(outputCut ? 'output_limit' : 'accepted', null, answers);
  } catch (error) {
    // A failure of the host or the WebAssembly module itself (an Emscripten abort when
    // memory cannot grow): the module's state is unknown, so it is never reused, nor asked.
    host.recycle();
    overMemory = undefined;
    const message = error instanceof Error ? error.message : String(error);
    if (/memory|OOM|grow/i.test(message)) return finish('memory_limit');
    if (timedOut) return finish('time_limit');
    return finish('runtime_error', { name: 'InternalError', message, line: null, column: null });
  } finally {
    for (const handle of handles) if (handle.alive) handle.dispose();
    try {
      context?.dispose();
      runtime?.dispose();
    } catch {
      host.recycle();
    }
  }
}

/** The candidate-facing shape of a thrown value, located by the first frame in `fileName`. */
export function toCodeError(thrown: unknown, fileName: string, toSource?: PreparedProgram['locate']): CodeError {
  if (typeof thrown === 'object' && thrown !== null) {
    const { name, message, stack } = thrown as { name?: unknown; message?: unknown; stack?: unknown };
    const found = typeof stack === 'string' ? locate(stack, fileName) : null;
    const location = found && toSource ? toSource(found.line, found.column) : found;
    return {
      name: typeof name === 'string' ? name : 'Error',
      message: typeof message === 'string' ? message : String(thrown),
      line: location?.line ?? null,
      column: location?.column ?? null,
    };
  }
  // `throw 42` or `throw 'oops'`: Node prints "Uncaught 42".
  return { name: 'Uncaught', message: String(thrown), line: null, column: null };
}

function locate(stack: string, fileName: string): { line: number; column: number } | null {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  if (!match) return null;
  return { line: Number(match[1]), column: match[2] ? Number(match[2]) : 1 };
}
