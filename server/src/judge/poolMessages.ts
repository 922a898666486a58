import type { Language } from '@dryrun/shared';
import type { SandboxLimits } from './limits.ts';
import type { EntryCall, ProgramResult } from './sandbox.ts';

/** Pool → worker: run one program. */
export interface JobRequest {
  id: number;
  source: string;
  language: Language;
  limits: SandboxLimits;
  seed: number;
  fileName: string;
  call?: EntryCall;
  harness?: string;
  /** Send the console output while the program runs, as {@link JobOutput} messages. */
  stream?: boolean;
}

/** Worker → pool: its result. */
export interface JobResponse {
  id: number;
  result: ProgramResult;
}

/** Worker → pool, while a streamed job runs: console lines written since the last message. */
export interface JobOutput {
  id: number;
  output: string[];
}
