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
}

/** Worker → pool: its result. */
export interface JobResponse {
  id: number;
  result: ProgramResult;
}
