/**
 * The server measures an accepted submission's complexity by itself, as a second run right
 * after it (PROTOCOL.md §7). The panel shows the two as one result — the verdict, then how
 * the code grows — instead of the check pushing the verdict out of view.
 *
 * A `RunRecord` does not name the submission its check follows, so the pair is read from
 * the records: an accepted submit, then a complexity check by the same person, on the same
 * problem and language, created within a few seconds of the submit finishing.
 */
import type { RunRecord } from '@dryrun/shared';

/** The server starts the check as soon as the verdict is stored; this leaves room for a slow store. */
const FOLLOWS_WITHIN_MS = 5000;

export interface FollowUps {
  /** A submission's complexity check, by the submission's id. */
  checkOf: ReadonlyMap<string, RunRecord>;
  /** The submission a check follows, by the check's id. */
  submitOf: ReadonlyMap<string, RunRecord>;
}

/** Pairs each accepted submission in the list (oldest first) with the check that followed it. */
export function pairFollowUps(runs: readonly RunRecord[]): FollowUps {
  const checkOf = new Map<string, RunRecord>();
  const submitOf = new Map<string, RunRecord>();
  runs.forEach((check, index) => {
    if (check.mode !== 'complexity') return;
    for (let i = index - 1; i >= 0; i--) {
      const submit = runs[i] as RunRecord;
      if (checkOf.has(submit.id) || !follows(check, submit)) continue;
      checkOf.set(submit.id, check);
      submitOf.set(check.id, submit);
      return;
    }
  });
  return { checkOf, submitOf };
}

function follows(check: RunRecord, submit: RunRecord): boolean {
  if (submit.mode !== 'submit' || submit.report?.verdict !== 'accepted' || !submit.finishedAt) return false;
  const sameWork =
    submit.by.name === check.by.name &&
    submit.by.role === check.by.role &&
    submit.problemSlug === check.problemSlug &&
    submit.language === check.language;
  const gap = Date.parse(check.createdAt) - Date.parse(submit.finishedAt);
  return sameWork && gap >= 0 && gap <= FOLLOWS_WITHIN_MS;
}
