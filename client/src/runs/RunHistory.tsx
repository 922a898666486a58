import { RUN_MODE_LABEL, type RunRecord } from '@dryrun/shared';
import { complexityLook, formatAgo, runVerdictLook } from './format.ts';
import { VerdictBadge } from './VerdictBadge.tsx';

/**
 * The room's earlier runs, newest first; choosing one shows it in the panel. A submission's
 * complexity check is listed with the submission (`checkOf`), not as a run of its own.
 */
export function RunHistory({
  id,
  runs,
  checkOf,
  shownId,
  now,
  onShow,
}: {
  id: string;
  runs: readonly RunRecord[];
  checkOf: ReadonlyMap<string, RunRecord>;
  shownId: string | null;
  now: number;
  onShow: (id: string) => void;
}) {
  return (
    <nav id={id} className="run-history" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>History</h3>
      <ol data-testid="run-history">
        {[...runs].reverse().map((run) => {
          const check = checkOf.get(run.id);
          return (
            <li key={run.id}>
              <button
                type="button"
                aria-current={run.id === shownId ? 'true' : undefined}
                onClick={() => onShow(run.id)}
              >
                <span className="history-status">
                  <RunStatus run={run} />
                  {check && (
                    <span className="history-check">
                      <span className="visually-hidden">, complexity: </span>
                      <RunStatus run={check} />
                    </span>
                  )}
                </span>
                <span className="history-meta">
                  {run.by.name} · {RUN_MODE_LABEL[run.mode]} · {formatAgo(run.createdAt, now)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** A run's outcome in short: its verdict, or for a complexity check the class it measured. */
function RunStatus({ run }: { run: RunRecord }) {
  if (run.status === 'running') return <span className="verdict tone-neutral">Running…</span>;
  if (run.mode === 'complexity' && run.status === 'done' && run.complexity)
    return <VerdictBadge look={complexityLook(run.complexity)} />;
  if (run.status === 'failed' || !run.report) return <span className="verdict tone-bad">Could not run</span>;
  return <VerdictBadge look={runVerdictLook(run, run.report.verdict)} />;
}
