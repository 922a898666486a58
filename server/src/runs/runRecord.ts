import type { RunRecord } from '@dryrun/shared';
import { publicReport } from '../judge/Judge.ts';
import type { StoredRun } from '../store/Store.ts';

/** A stored run as everyone in the room sees it: the code stays on the server. */
export function runRecordOf(run: StoredRun): RunRecord {
  return {
    id: run.id,
    mode: run.mode,
    status: run.status,
    problemSlug: run.problemSlug,
    language: run.language,
    by: { name: run.byName, role: run.byRole },
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    customInput: run.customInput,
    // Runs stored before hidden tests' steps were kept in: redacted on the way out too.
    report: run.report && publicReport(run.report),
    complexity: run.complexity,
    follows: run.follows,
    target: run.target,
    error: run.error,
  };
}
