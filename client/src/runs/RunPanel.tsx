import type { ComplexityClaim, RunRecord } from '@dryrun/shared';
import { useId, useMemo, useState } from 'react';
import { useStoredFlag } from '../useStoredFlag.ts';
import { pairFollowUps } from '../complexity/followUp.ts';
import type { GoToCode } from './CodeLocation.tsx';
import { CustomInput, type CustomInputState } from './CustomInput.tsx';
import { RunAnnouncer } from './RunAnnouncer.tsx';
import { RunHistory } from './RunHistory.tsx';
import { RunResult } from './RunResult.tsx';
import { useNow } from './useNow.ts';
import './runs.css';

export interface RunPanelProps {
  runs: readonly RunRecord[];
  /** The problem the editor shows: only runs of it are shown (the report keeps every run). */
  problemSlug: string;
  /** The custom input box, for those who may run code in a room with a problem. */
  customInput: { value: CustomInputState; onChange: (next: CustomInputState) => void } | null;
  /** Moves the editor's caret to a line of the given run's code, when the editor shows that code. */
  goToFor: (run: RunRecord) => GoToCode;
  /** The standing complexity claim for a problem, which complexity checks are set against. */
  claimFor?: (problemSlug: string) => ComplexityClaim | null;
  /** What running programs have printed so far, by run id. */
  liveOutput?: ReadonlyMap<string, readonly string[]>;
}

const HISTORY_OPEN_KEY = 'dryrun:results:historyOpen';

/**
 * The results panel: the latest run of the problem on screen (or one chosen from the
 * history) as everyone in the room sees it, and the custom input Run sends. An accepted
 * submission and the complexity check the server ran after it show as one entry. The
 * history folds away, remembered per browser.
 */
export function RunPanel({ runs: allRuns, problemSlug, customInput, goToFor, claimFor, liveOutput }: RunPanelProps) {
  const now = useNow();
  const id = useId();
  const [historyOpen, setHistoryOpen] = useStoredFlag(HISTORY_OPEN_KEY, true);
  const runs = useMemo(() => allRuns.filter((run) => run.problemSlug === problemSlug), [allRuns, problemSlug]);
  const followUps = useMemo(() => pairFollowUps(runs), [runs]);
  const entries = useMemo(() => runs.filter((run) => !followUps.submitOf.has(run.id)), [runs, followUps]);
  const latest = runs.at(-1) ?? null;
  const latestEntry = entries.at(-1) ?? null;
  // A run chosen from the history stays shown until a newer run arrives (a submission's
  // check is part of the submission, not a newer run).
  const [chosen, setChosen] = useState<{ id: string; latestId: string | undefined } | null>(null);
  const shown =
    (chosen && chosen.latestId === latestEntry?.id ? entries.find((r) => r.id === chosen.id) : undefined) ??
    latestEntry;
  const followUp = shown ? (followUps.checkOf.get(shown.id) ?? null) : null;

  return (
    <section className="run-panel" aria-labelledby="run-panel-heading" data-testid="run-panel">
      <div className="run-panel-main">
        <div className="run-panel-header">
          <h2 id="run-panel-heading">Results</h2>
          {customInput && <CustomInput value={customInput.value} onChange={customInput.onChange} />}
          {entries.length > 1 && (
            <button
              type="button"
              className="disclosure history-toggle"
              aria-expanded={historyOpen}
              aria-controls={`${id}-history`}
              onClick={() => setHistoryOpen(!historyOpen)}
            >
              <span className="chevron" aria-hidden="true">
                {historyOpen ? '▸' : '◂'}
              </span>
              History ({entries.length})
            </button>
          )}
        </div>
        <RunAnnouncer latest={latest} follows={latest ? (followUps.submitOf.get(latest.id) ?? null) : null} />
        {shown ? (
          <RunResult
            key={shown.id}
            run={shown}
            followUp={followUp}
            claim={claimFor?.(shown.problemSlug) ?? null}
            liveOutput={liveOutput?.get(shown.id) ?? null}
            now={now}
            onGoTo={goToFor(shown)}
          />
        ) : (
          <p className="hint">
            Nothing has run on this problem yet. Results of every run in the room appear here, for everyone.
          </p>
        )}
      </div>
      {entries.length > 1 && historyOpen && (
        <RunHistory
          id={`${id}-history`}
          runs={entries}
          checkOf={followUps.checkOf}
          shownId={shown?.id ?? null}
          now={now}
          onShow={(id) => setChosen({ id, latestId: latestEntry?.id })}
        />
      )}
    </section>
  );
}
