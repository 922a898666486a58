// Types for scripts/upToDate.mjs, which stays plain JavaScript so that `pnpm start` can run
// it before anything is installed.

/** One step `pnpm start` may skip. */
export interface Step {
  /** A file the step leaves behind; without it the step runs whatever the stamp says. */
  readonly product: string;
  /** Where the step's input hashes are kept once it has run. */
  readonly stamp: string;
  /** The step's input files, relative to the repository root, whether or not they exist. */
  readonly inputs: (root: string) => string[];
  /** The environment variables that change the step's output. */
  readonly envNames: (env: Record<string, string | undefined>) => string[];
}

/** Input path (or `env:NAME`) to its SHA-256 (or value). */
export type Fingerprint = Record<string, string | undefined>;

export interface StepCheck {
  upToDate: boolean;
  /** Why the step must run, or that it need not. */
  reason: string;
  /** To stamp once the step has run. */
  fingerprint: Fingerprint;
}

export declare const STEPS: { readonly install: Step; readonly build: Step };
export declare function workspacePackages(root: string): string[];
export declare function filesUnder(root: string, dir: string): string[];
export declare function fingerprint(
  root: string,
  paths: string[],
  env?: Record<string, string | undefined>,
  envNames?: string[],
): Fingerprint;
export declare function differences(before: Fingerprint, after: Fingerprint): string[];
export declare function checkStep(root: string, step: Step, env?: Record<string, string | undefined>): StepCheck;
export declare function writeStamp(root: string, step: Step, files: Fingerprint): void;
