/** The limits every sandboxed run obeys. A problem may override any of them. */
export interface SandboxLimits {
  /** QuickJS heap, and (with headroom) the WebAssembly memory's hard maximum. */
  memoryBytes: number;
  /** QuickJS stack; well under the host thread's own stack so deep recursion cannot crash it. */
  stackBytes: number;
  /**
   * Wall-clock deadline for one run, microtasks and virtual timers included: a safety net
   * for work no step sees (a native call no interrupt reaches, copying a huge answer), far
   * above any run the step budget lets finish, even on a saturated machine. It is never
   * what decides a verdict of honest code: `steps` is.
   */
  timeoutMs: number;
  /** Console output kept; past it the run stops with `output_limit`. */
  outputBytes: number;
  /**
   * Step budget of one run (see `costModel.ts`): past it the run stops with `time_limit`,
   * the same on every machine and under any load. QuickJS runs 12–20 million simple steps
   * a second here (a step that iterates a Map or calls back from a built-in can take twenty
   * times as long), so the budget stops a runaway loop in one to ten seconds, a few times
   * that with every core busy: well under the deadline.
   */
  steps: number;
  /**
   * Wall-clock budget of a whole submission, a safety net like `timeoutMs`: tests still
   * queued after it are not run. Far above what the step budgets of a problem's tests add
   * up to on a loaded machine, so it never changes an honest submission's verdict.
   */
  submissionMs: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  memoryBytes: 64 * 1024 * 1024,
  stackBytes: 256 * 1024,
  timeoutMs: 60_000,
  outputBytes: 64 * 1024,
  steps: 10_000_000,
  submissionMs: 300_000,
};

/** WebAssembly pages are 64 KiB; the QuickJS build starts at 256 of them (16 MiB). */
export const WASM_PAGE = 64 * 1024;
export const WASM_INITIAL_PAGES = 256;

/** The hard cap on the module's WebAssembly memory: the heap limit plus the module's own needs. */
export function wasmMaximumPages(limits: SandboxLimits): number {
  return WASM_INITIAL_PAGES + Math.ceil(limits.memoryBytes / WASM_PAGE) + 256;
}

/** A time limit as people say it: `2 s` for whole seconds, `500 ms` otherwise. */
export function formatLimitMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
