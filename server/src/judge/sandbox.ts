import type { CodeError, Language, PlainValue, Verdict } from '@dryrun/shared';
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import type { SandboxLimits } from './limits.ts';
import { DESERIALIZER_SOURCE, decodePlain, encodePlain, SERIALIZER_SOURCE } from './plainData.ts';
import { PRELUDE_SOURCE } from './prelude.ts';
import type { QuickJSHost } from './QuickJSHost.ts';
import { toJavaScript } from './transpile.ts';

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
   * Interrupt checks QuickJS made (one per ~10,000 branches or calls): deterministic for a
   * given program, but coarse. The per-test step count with a cost model for built-ins
   * replaces it in the judge proper.
   */
  interrupts: number;
  /** Function mode: the entry's answer (its promise's value, if it returned one), copied out. */
  value?: PlainValue;
}

/** Function mode: after the program has run, call `entry(...args)` and copy its answer out. */
export interface EntryCall {
  /** A top-level function (or const/let/class binding) of the candidate's program. */
  entry: string;
  args: PlainValue[];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export interface RunOptions {
  limits: SandboxLimits;
  /** Seed of `Math.random`; same seed, same sequence. */
  seed?: number;
  /** File name used in error locations. */
  fileName?: string;
  /** TypeScript is stripped to JavaScript first (line numbers kept). Default JavaScript. */
  language?: Language;
  call?: EntryCall;
}

/**
 * Runs a whole program in a fresh QuickJS runtime: prelude (virtual clock, console, seeded
 * random), then the program, then its microtasks and timers until none is left. Every
 * handle is disposed before returning; the runtime is freed whatever happens.
 */
export async function runProgram(host: QuickJSHost, source: string, options: RunOptions): Promise<ProgramResult> {
  const { limits } = options;
  const started = performance.now();
  const deadline = started + limits.timeoutMs;
  let interrupts = 0;
  let timedOut = false;
  let outputBytes = 0;
  let outputCut = false;
  const lines: string[] = [];

  // A problem author's mistake, not the candidate's: refuse before running anything.
  if (options.call && !IDENTIFIER.test(options.call.entry)) {
    throw new Error(`Bad entry point name "${options.call.entry}"`);
  }
  const module = await host.acquire();
  let runtime: QuickJSRuntime | undefined;
  let context: QuickJSContext | undefined;
  const handles: QuickJSHandle[] = [];
  const finish = (
    verdict: ProgramResult['verdict'],
    error: CodeError | null = null,
    value?: PlainValue,
  ): ProgramResult => ({
    ...(options.call && verdict === 'accepted' ? { value } : {}),
    verdict,
    stdout: lines.join('\n'),
    error,
    limitMessage:
      verdict === 'time_limit'
        ? `stopped after ${limits.timeoutMs} ms`
        : verdict === 'output_limit'
          ? `output cut at ${Math.round(limits.outputBytes / 1024)} KiB`
          : verdict === 'memory_limit'
            ? `stopped at the ${Math.round(limits.memoryBytes / (1024 * 1024))} MiB memory limit`
            : null,
    timeMs: performance.now() - started,
    interrupts,
  });

  try {
    runtime = module.newRuntime();
    const rt = runtime;
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(limits.stackBytes);
    runtime.setInterruptHandler(() => {
      interrupts++;
      if (performance.now() > deadline) timedOut = true;
      return timedOut || outputCut;
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
    const tick = keep(ctx.unwrapResult(ctx.callFunction(preludeFn, ctx.undefined, write, seed)));

    const fail = (errorHandle: QuickJSHandle): ProgramResult => {
      const dumped: unknown = ctx.dump(errorHandle);
      errorHandle.dispose();
      if (outputCut) return finish('output_limit');
      if (timedOut) return finish('time_limit');
      const error = toCodeError(dumped, options.fileName ?? 'main.js');
      // Out of memory, the error may only dump as its string form "InternalError: out of memory".
      const outOfMemory = error.name === 'InternalError' || error.message.startsWith('InternalError:');
      if (outOfMemory && /out of memory/i.test(error.message)) return finish('memory_limit');
      return finish('runtime_error', error);
    };

    const fileName = options.fileName ?? 'main.js';

    // Everything the harness needs is made before candidate code can touch an intrinsic.
    let serialize: QuickJSHandle | undefined;
    let args: QuickJSHandle[] = [];
    if (options.call) {
      serialize = keep(ctx.unwrapResult(ctx.evalCode(SERIALIZER_SOURCE, 'dryrun:serializer.js')));
      const deserialize = keep(ctx.unwrapResult(ctx.evalCode(DESERIALIZER_SOURCE, 'dryrun:deserializer.js')));
      const json = keep(ctx.newString(encodePlain(options.call.args)));
      const list = keep(ctx.unwrapResult(ctx.callFunction(deserialize, ctx.undefined, json)));
      args = options.call.args.map((_, i) => keep(ctx.getProp(list, i)));
    }

    const transpiled = toJavaScript(source, options.language ?? 'javascript');
    if (transpiled.error) return finish('compile_error', transpiled.error);
    // Parse first, so a syntax error is a compile error and not a runtime one (a runtime
    // eval('(') is also a SyntaxError, but it is the program's own doing).
    const compiled = ctx.evalCode(transpiled.code, fileName, { compileOnly: true });
    if (compiled.error) {
      const error = toCodeError(ctx.dump(compiled.error), fileName);
      compiled.error.dispose();
      return finish('compile_error', error);
    }
    compiled.value.dispose();
    const evaluated = ctx.evalCode(transpiled.code, fileName);
    if (evaluated.error) return fail(evaluated.error);
    evaluated.value.dispose();

    /** Runs microtasks and due timers until none is left; a result when the run must stop. */
    const settle = (): ProgramResult | null => {
      for (;;) {
        // An endless microtask chain makes executePendingJobs return "success" once
        // interrupted, so the deadline is checked here as well.
        const jobs = rt.executePendingJobs();
        if (jobs.error) return fail(jobs.error);
        if (performance.now() > deadline || timedOut) return finish('time_limit');
        if (rt.hasPendingJob()) continue;
        const ran = ctx.callFunction(tick, ctx.undefined);
        if (ran.error) return fail(ran.error);
        const more = ctx.getNumber(ran.value);
        ran.value.dispose();
        if (more === 0 && !rt.hasPendingJob()) return outputCut ? finish('output_limit') : null;
      }
    };

    const afterProgram = settle();
    if (afterProgram || !options.call || !serialize) return afterProgram ?? finish('accepted');

    const { entry } = options.call;
    const lookup = ctx.evalCode(`typeof ${entry} === 'function' ? ${entry} : undefined`, 'dryrun:entry.js');
    if (lookup.error) return fail(lookup.error);
    const fn = keep(lookup.value);
    if (ctx.typeof(fn) !== 'function') {
      return finish('runtime_error', {
        name: 'ReferenceError',
        message: `${entry} is not defined as a function`,
        line: null,
        column: null,
      });
    }
    const called = ctx.callFunction(fn, ctx.undefined, ...args);
    if (called.error) return fail(called.error);
    const answer = keep(called.value);
    const afterCall = settle();
    if (afterCall) return afterCall;

    const state = ctx.getPromiseState(answer);
    if (state.type === 'pending') {
      return finish('runtime_error', {
        name: 'Error',
        message: `The promise ${entry} returned never settled`,
        line: null,
        column: null,
      });
    }
    if (state.type === 'rejected') return fail(state.error);
    if (state.value !== answer) keep(state.value);
    const copied = ctx.callFunction(serialize, ctx.undefined, state.value);
    if (copied.error) return fail(copied.error);
    const json = keep(copied.value);
    return finish(outputCut ? 'output_limit' : 'accepted', null, decodePlain(ctx.getString(json)));
  } catch (error) {
    // A failure of the host or the WebAssembly module itself (an Emscripten abort when
    // memory cannot grow): the module's state is unknown, so it is never reused.
    host.recycle();
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
export function toCodeError(thrown: unknown, fileName: string): CodeError {
  if (typeof thrown === 'object' && thrown !== null) {
    const { name, message, stack } = thrown as { name?: unknown; message?: unknown; stack?: unknown };
    const location = typeof stack === 'string' ? locate(stack, fileName) : null;
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
