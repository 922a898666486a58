import type { RunRecord } from '@dryrun/shared';
import { useState } from 'react';
import type { GoToCode } from './CodeLocation.tsx';
import { CustomInput, type CustomInputState } from './CustomInput.tsx';
import { RunAnnouncer } from './RunAnnouncer.tsx';
import { RunHistory } from './RunHistory.tsx';
import { RunResult } from './RunResult.tsx';
import { useNow } from './useNow.ts';
import './runs.css';

export interface RunPanelProps {
  runs: readonly RunRecord[];
  /** The custom input box, for those who may run code in a room with a problem. */
  customInput: { value: CustomInputState; onChange: (next: CustomInputState) => void } | null;
  /** Moves the editor's caret to a line of the given run's code, when the editor shows that code. */
  goToFor: (run: RunRecord) => GoToCode;
}

/**
 * The results panel: the room's latest run (or one chosen from the history) as everyone in
 * the room sees it, and the custom input Run sends.
 */
export function RunPanel({ runs, customInput, goToFor }: RunPanelProps) {
  const now = useNow();
  const latest = runs.at(-1) ?? null;
  // A run chosen from the history stays shown until a newer run arrives.
  const [chosen, setChosen] = useState<{ id: string; latestId: string | undefined } | null>(null);
  const shown = (chosen && chosen.latestId === latest?.id ? runs.find((r) => r.id === chosen.id) : undefined) ?? latest;

  return (
    <section className="run-panel" aria-labelledby="run-panel-heading" data-testid="run-panel">
      <div className="run-panel-main">
        <div className="run-panel-header">
          <h2 id="run-panel-heading">Results</h2>
          {customInput && <CustomInput value={customInput.value} onChange={customInput.onChange} />}
        </div>
        <RunAnnouncer latest={latest} />
        {shown ? (
          <RunResult key={shown.id} run={shown} now={now} onGoTo={goToFor(shown)} />
        ) : (
          <p className="hint">Nothing has run yet. Results of every run in the room appear here, for everyone.</p>
        )}
      </div>
      {runs.length > 1 && (
        <RunHistory
          runs={runs}
          shownId={shown?.id ?? null}
          now={now}
          onShow={(id) => setChosen({ id, latestId: latest?.id })}
        />
      )}
    </section>
  );
}
