/**
 * The server measures an accepted submission's complexity by itself, as a second run right
 * after it (PROTOCOL.md §7), whose record names the submission (`follows`). The panel shows
 * the two as one result — the verdict, then how the code grows — instead of the check
 * pushing the verdict out of view.
 */
import type { RunRecord } from '@dryrun/shared';

export interface FollowUps {
  /** A submission's complexity check, by the submission's id. */
  checkOf: ReadonlyMap<string, RunRecord>;
  /** The submission a check follows, by the check's id. */
  submitOf: ReadonlyMap<string, RunRecord>;
}

/** Pairs each submission in the list with the check the server ran after it, when both are there. */
export function pairFollowUps(runs: readonly RunRecord[]): FollowUps {
  const byId = new Map(runs.map((run) => [run.id, run]));
  const checkOf = new Map<string, RunRecord>();
  const submitOf = new Map<string, RunRecord>();
  for (const check of runs) {
    const submit = check.mode === 'complexity' && check.follows ? byId.get(check.follows) : undefined;
    if (!submit) continue;
    checkOf.set(submit.id, check);
    submitOf.set(check.id, submit);
  }
  return { checkOf, submitOf };
}
