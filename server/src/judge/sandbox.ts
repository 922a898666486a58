import type { CodeError, Language, PlainValue, Verdict } from '@dryrun/shared';
import type { QuickJSHandle } from 'quickjs-emscripten-core';
import { type Preparation, type PreparedProgram, prepareProgram, STEP_COUNTER } from './instrument.ts';
import { formatLimitMs, type SandboxLimits } from './limits.ts';
import { decodePlain, encodePlain } from './plainData.ts';
import type { QuickJSHost } from './QuickJSHost.ts';
import { buildWorld, newRunState, type World } from './sandboxWorld.ts';
import { parseThrown, showThrownObject, type ThrownDescription } from './thrownValue.ts';

/** How a program run ended. `accepted` means it finished without an uncaught error. */
export interface ProgramResult {
  verdict: Exclude<Verdict, 'wrong_answer'>;
  /** Console output, one line per call, at most `outputBytes`. */
  stdout: string;
  error: CodeError | null;
  /** Human-readable reason when a limit stopped the run ("stopped after 2 s"). */
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
  /**
   * A problem's `harness.js`, evaluated before the program and not counted in steps:
   * helpers the program may use (`TreeNode`) and the driver a call may name.
   */
  harness?: string;
  /** Called with each console line as it is written (the result's `stdout` still has them all). */
  onOutput?: (line: string) => void;
}

/**
 * Runs a whole program in a freshly built QuickJS world (the host restores its memory image:
 * prelude with virtual clock, console and seeded random, harness and cost model already in
 * place, nothing left of any earlier run), then its microtasks and timers until none is
 * left; with a call, then calls the entry and copies the answer out. Every handle made for
 * the run is disposed before returning.
 */
export async function runProgram(
  host: QuickJSHost,
  program: string | Preparation,
  options: RunOptions,
): Promise<ProgramResult> {
  const { limits } = options;
  const fileName = options.fileName ?? 'main.js';
  // A problem author's mistake, not the candidate's: refuse before running anything.
  if (options.call && !IDENTIFIER.test(options.call.entry)) {
    throw new Error(`Bad entry point name "${options.call.entry}"`);
  }
  // A preparation carries its step budget in its code: make it with `limits.steps`.
  const prepared =
    typeof program === 'string' ? prepareProgram(program, options.language ?? 'javascript', limits.steps) : program;

  let world: World;
  do world = await host.acquire((module) => buildWorld(module, limits));
  while (!host.reset(world));
  // From here to the end, nothing awaits: no other run can touch the world meanwhile.
  const started = performance.now();
  const state = newRunState(started + limits.timeoutMs, limits.outputBytes);
  if (options.onOutput) state.onLine = options.onOutput;
  world.state = state;
  const { runtime: rt, context: ctx } = world;
  let steps = 0;
  /** Set once the program is in the world and the step counter can be read. */
  let readSteps: (() => void) | undefined;
  /** Set while the world can be asked: whether its heap is over `limits.memoryBytes`, or full. */
  let overMemory: (() => boolean) | undefined;
  const handles: QuickJSHandle[] = [];
  /** Every handle made for this run is disposed at its end, whatever happens. */
  const keep = (handle: QuickJSHandle) => {
    handles.push(handle);
    return handle;
  };

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
      stdout: state.lines.join('\n'),
      error,
      limitMessage:
        verdict === 'time_limit'
          ? state.overBudget
            ? `stopped after ${limits.steps.toLocaleString('en-US')} steps`
            : `stopped after ${formatLimitMs(limits.timeoutMs)}`
          : verdict === 'output_limit'
            ? `output cut at ${Math.round(limits.outputBytes / 1024)} KiB`
            : verdict === 'memory_limit'
              ? `stopped at the ${Math.round(limits.memoryBytes / (1024 * 1024))} MiB memory limit`
              : null,
      timeMs: performance.now() - started,
      steps,
      interrupts: state.interrupts,
    };
  };

  try {
    rt.setMaxStackSize(limits.stackBytes);
    ctx.callFunction(world.reseed, ctx.undefined, keep(ctx.newNumber(options.seed ?? 1))).dispose();
    ctx.callFunction(world.budget, ctx.undefined, keep(ctx.newNumber(limits.steps))).dispose();
    readSteps = () => {
      state.reading = true;
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
        state.reading = false;
      }
    };
    overMemory = () => {
      // The report is an object made in a context: ours, rather than a second one it would create.
      rt.context ??= ctx;
      let usage: QuickJSHandle | undefined;
      // The probe is the prelude's, not the program's: no deadline interrupts it.
      state.reading = true;
      try {
        // Many small objects can fill the WebAssembly memory while QuickJS counts them under
        // the limit (their allocator overhead is not counted): then not even 1 MiB is left.
        const probe = ctx.callFunction(world.headroom, ctx.undefined);
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
        state.reading = false;
        usage?.dispose();
      }
    };

    /** A thrown value as the candidate sees it; it runs none of their code (`thrownValue.ts`). */
    const describe = (thrownHandle: QuickJSHandle, locate?: PreparedProgram['locate']): CodeError => {
      const described = ctx.callFunction(world.describeThrown, ctx.undefined, thrownHandle);
      if (described.error) {
        described.error.dispose();
        return { name: 'Error', message: 'the thrown value could not be read', line: null, column: null };
      }
      const thrown = parseThrown(ctx.getString(described.value));
      described.value.dispose();
      if (!('primitive' in thrown) && thrown.name === null && thrown.message === null) {
        // Node prints a thrown plain object as it would log it: own data properties only.
        const copied = ctx.callFunction(world.serialize, ctx.undefined, thrownHandle);
        const shown = copied.error ? '[object]' : showThrownObject(decodePlain(ctx.getString(copied.value)));
        (copied.error ?? copied.value).dispose();
        return { name: 'Uncaught', message: shown, line: null, column: null };
      }
      return toCodeError(thrown, fileName, locate);
    };

    const fail = (errorHandle: QuickJSHandle): ProgramResult => {
      const error = describe(errorHandle, prepared.program?.locate);
      errorHandle.dispose();
      if (state.outputCut) return finish('output_limit');
      if (state.timedOut || state.overBudget) return finish('time_limit');
      // Out of memory, the describing itself may fail; then `finish` finds the heap spent.
      if (error.name === 'InternalError' && /out of memory/i.test(error.message)) return finish('memory_limit');
      return finish('runtime_error', error);
    };

    // Arguments are built before candidate code can touch an intrinsic.
    const call = options.call;
    let argLists: QuickJSHandle | undefined;
    if (call) {
      const lists = call.calls ? call.calls.map(([, ...args]) => args) : [call.args];
      const json = keep(ctx.newString(encodePlain(lists)));
      argLists = keep(ctx.unwrapResult(ctx.callFunction(world.deserialize, ctx.undefined, json)));
    }

    if (options.harness) {
      const harness = ctx.evalCode(options.harness, 'dryrun:problem-harness.js');
      if (harness.error) return fail(harness.error);
      harness.value.dispose();
      // A program that prints one of its functions (a driver, ListNode, a callback it was
      // handed) sees `[native code]`: the harness never leaves the server.
      ctx.callFunction(world.conceal, ctx.undefined, keep(ctx.newString(options.harness))).dispose();
    }

    if (prepared.error) return finish('compile_error', prepared.error);
    const source = prepared.program;
    // Parse first, so a syntax error is a compile error and not a runtime one (a runtime
    // eval('(') is also a SyntaxError, but it is the program's own doing). A preparation
    // remembers that QuickJS parsed it once: the same code parses the same way every time.
    if (!source.parsed) {
      const compiled = ctx.evalCode(source.code, fileName, { compileOnly: true });
      if (compiled.error) {
        const error = describe(compiled.error, source.locate);
        compiled.error.dispose();
        return finish('compile_error', error);
      }
      compiled.value.dispose();
      source.parsed = true;
    }
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
        if (performance.now() > state.deadline || state.timedOut || state.overBudget) return finish('time_limit');
        if (rt.hasPendingJob()) continue;
        const ran = ctx.callFunction(world.tick, ctx.undefined);
        if (ran.error) return fail(ran.error);
        const more = ctx.getNumber(ran.value);
        ran.value.dispose();
        if (more === 0 && !rt.hasPendingJob()) return state.outputCut ? finish('output_limit') : null;
      }
    };

    const afterProgram = settle();
    if (afterProgram || !call || !argLists) return afterProgram ?? finish('accepted');

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
      const promise = ctx.getPromiseState(handle);
      if (promise.type === 'pending') {
        return finish('runtime_error', {
          name: 'Error',
          message: `The promise ${what} returned never settled`,
          line: null,
          column: null,
        });
      }
      if (promise.type === 'rejected') return fail(promise.error);
      if (promise.value !== handle) keep(promise.value);
      const copied = ctx.callFunction(world.serialize, ctx.undefined, promise.value);
      if (copied.error) return fail(copied.error);
      return { value: decodePlain(ctx.getString(keep(copied.value))) };
    };

    if (!call.calls) {
      const args = keep(ctx.getProp(argLists, 0));
      const result = ctx.callFunction(world.call, ctx.undefined, target, ctx.null, args);
      if (result.error) return fail(result.error);
      const copied = answer(result.value, entry);
      if (!('value' in copied)) return copied;
      return finish(state.outputCut ? 'output_limit' : 'accepted', null, copied.value);
    }

    // The constructor, then every method call inside the sandbox; the host steps in only
    // to settle a promise a method returned.
    const answers: PlainValue[] = [null];
    const constructed = ctx.callFunction(
      world.call,
      ctx.undefined,
      target,
      keep(ctx.newString('new')),
      keep(ctx.getProp(argLists, 0)),
    );
    if (constructed.error) return fail(constructed.error);
    const instance = keep(constructed.value);
    const afterNew = settle();
    if (afterNew) return afterNew;
    const names = keep(
      ctx.unwrapResult(
        ctx.callFunction(
          world.deserialize,
          ctx.undefined,
          keep(ctx.newString(encodePlain(call.calls.map(([name]) => name)))),
        ),
      ),
    );
    let from = 1;
    while (from < call.calls.length) {
      const ran = ctx.callFunction(world.calls, ctx.undefined, instance, names, argLists, keep(ctx.newNumber(from)));
      if (ran.error) return fail(ran.error);
      const progress = keep(ran.value);
      const text = ctx.getString(keep(ctx.getProp(progress, 'text')));
      if (text !== '') answers.push(...(decodePlain(`["a",[${text}]]`) as PlainValue[]));
      const stop = ctx.getNumber(keep(ctx.getProp(progress, 'stop')));
      if (stop < 0) break;
      const copied = answer(ctx.getProp(progress, 'value'), `${call.calls[stop]?.[0]}()`);
      if (!('value' in copied)) return copied;
      answers.push(copied.value);
      from = stop + 1;
    }
    return finish(state.outputCut ? 'output_limit' : 'accepted', null, answers);
  } catch (error) {
    // A failure of the host or the WebAssembly module itself (an Emscripten abort when
    // memory cannot grow): the module's state is unknown, so it is never reused, nor asked.
    host.recycle();
    readSteps = undefined;
    overMemory = undefined;
    const message = error instanceof Error ? error.message : String(error);
    if (/memory|OOM|grow/i.test(message)) return finish('memory_limit');
    if (state.timedOut) return finish('time_limit');
    return finish('runtime_error', { name: 'InternalError', message, line: null, column: null });
  } finally {
    try {
      for (const handle of handles) if (handle.alive) handle.dispose();
    } catch {
      host.recycle();
    }
    // Whatever the run left behind is wiped by the next run's reset.
    world.state = newRunState(Number.POSITIVE_INFINITY, limits.outputBytes);
    host.release();
  }
}

/** Why a run did not finish well, in one line: its error, or the limit that stopped it. */
export function failureText(result: ProgramResult): string {
  return result.error ? `${result.error.name}: ${result.error.message}` : (result.limitMessage ?? result.verdict);
}

/** The candidate-facing shape of a thrown value, located by the first frame in `fileName`. */
export function toCodeError(
  thrown: ThrownDescription,
  fileName: string,
  toSource?: PreparedProgram['locate'],
): CodeError {
  // `throw 42` or `throw 'oops'`: Node prints "Uncaught 42".
  if ('primitive' in thrown) return { name: 'Uncaught', message: thrown.primitive, line: null, column: null };
  const { name, message, stack } = thrown;
  const found = stack !== null ? locate(stack, fileName) : null;
  const location = found && toSource ? toSource(found.line, found.column) : found;
  return {
    name: name ?? 'Error',
    message: withAdvice(message ?? ''),
    line: location?.line ?? null,
    column: location?.column ?? null,
  };
}

/** QuickJS's own caps, said with how to write around them. */
function withAdvice(message: string): string {
  const cap = /^too many arguments in function call \(only (\d+) allowed\)$/.exec(message);
  if (!cap) return message;
  const most = Number(cap[1]).toLocaleString('en-US');
  return `too many arguments in function call: DryRun's JavaScript engine (QuickJS) passes at most ${most}, so a spread or apply over a larger array fails; loop over it instead (for (const x of xs) best = Math.max(best, x)), or push in a loop`;
}

function locate(stack: string, fileName: string): { line: number; column: number } | null {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  if (!match) return null;
  return { line: Number(match[1]), column: match[2] ? Number(match[2]) : 1 };
}
