import type { RunRecord } from '@dryrun/shared';
import { formatAgo, runVerdictLook } from './format.ts';
import { VerdictBadge } from './VerdictBadge.tsx';

/** The room's earlier runs, newest first; choosing one shows it in the panel. */
export function RunHistory({
  runs,
  shownId,
  now,
  onShow,
}: {
  runs: readonly RunRecord[];
  shownId: string | null;
  now: number;
  onShow: (id: string) => void;
}) {
  return (
    <nav className="run-history" aria-labelledby="run-history-heading">
      <h3 id="run-history-heading">History</h3>
      <ol data-testid="run-history">
        {[...runs].reverse().map((run) => (
          <li key={run.id}>
            <button type="button" aria-current={run.id === shownId ? 'true' : undefined} onClick={() => onShow(run.id)}>
              <span className="history-status">
                {run.status === 'running' ? (
                  <span className="verdict tone-neutral">Running…</span>
                ) : run.status === 'failed' || !run.report ? (
                  <span className="verdict tone-bad">Could not run</span>
                ) : (
                  <VerdictBadge look={runVerdictLook(run, run.report.verdict)} />
                )}
              </span>
              <span className="history-meta">
                {run.by.name} · {run.mode === 'submit' ? 'Submit' : 'Run'} · {formatAgo(run.createdAt, now)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
