import type { PadTestsView, RunMode } from '@dryrun/shared';
import type { RunRequester } from '../sync/useRuns.ts';
import { COMPLEXITY_SHORTCUT, RUN_SHORTCUT, SUBMIT_SHORTCUT, useRunShortcuts } from './useRunShortcuts.ts';
import './runs.css';

/** Each button's words and icon; the icon is decoration, the words are its name. */
const BUTTON: Record<RunMode, { label: string; icon: string }> = {
  run: { label: 'Run', icon: '▶' },
  complexity: { label: 'Check complexity', icon: '↗' },
  submit: { label: 'Submit', icon: '⇪' },
};

/**
 * Run, Check complexity and Submit, with their keyboard shortcuts, for those who may run
 * code. Check complexity only where there is a problem, Submit also on a blank pad with its
 * interviewer's tests; otherwise Run runs the program. A refused request is explained
 * beside the buttons.
 */
export function RunButtons({
  requester,
  hasProblem,
  padTests,
  customInput,
}: {
  requester: RunRequester;
  hasProblem: boolean;
  /** A blank pad's own tests, as this person sees them. */
  padTests: PadTestsView | null;
  /** Sent with Run. */
  customInput: string | undefined;
}) {
  const { busy, refusal, request } = requester;
  const run = () => request(customInput === undefined ? { mode: 'run' } : { mode: 'run', customInput });
  const padCount = hasProblem || !padTests ? 0 : padTests.tests.filter((t) => !t.hidden).length + padTests.hiddenCount;
  const visiblePadTests = hasProblem || !padTests ? 0 : padTests.tests.filter((t) => !t.hidden).length;
  const submit = hasProblem || padCount > 0 ? () => request({ mode: 'submit' }) : null;
  // Where Run judges tests, the whole file can still be run on its own, to see what it prints.
  const runFile = hasProblem || visiblePadTests > 0 ? () => request({ mode: 'run', program: true }) : null;
  const complexity = hasProblem ? () => request({ mode: 'complexity' }) : null;
  useRunShortcuts({ run, submit, complexity });

  return (
    <div className="run-buttons">
      <RunButton
        mode="run"
        busy={busy}
        onClick={run}
        shortcut={RUN_SHORTCUT}
        title={
          hasProblem
            ? 'Run the example tests (and your custom input)'
            : visiblePadTests > 0
              ? "Run the interviewer's visible tests"
              : 'Run the program'
        }
      />
      {runFile && (
        <button
          type="button"
          className="run-button run-file"
          onClick={runFile}
          disabled={busy !== null}
          title="Run the whole file without tests, and see what it prints"
        >
          Run file
        </button>
      )}
      {complexity && (
        <RunButton
          mode="complexity"
          busy={busy}
          onClick={complexity}
          shortcut={COMPLEXITY_SHORTCUT}
          title="Check complexity: measure how the steps grow with the input size"
        />
      )}
      {submit && (
        <RunButton
          mode="submit"
          busy={busy}
          onClick={submit}
          shortcut={SUBMIT_SHORTCUT}
          title="Submit: judge every test, hidden ones included"
        />
      )}
      {refusal && (
        <p className="run-refusal" role="alert" data-testid="run-refusal">
          {refusal}
        </p>
      )}
    </div>
  );
}

function RunButton({
  mode,
  busy,
  onClick,
  shortcut,
  title,
}: {
  mode: RunMode;
  busy: RunMode | null;
  onClick: () => void;
  shortcut: { label: string; aria: string };
  title: string;
}) {
  const mine = busy === mode;
  return (
    <button
      type="button"
      className={mode === 'submit' ? 'primary run-button' : 'run-button'}
      onClick={onClick}
      disabled={busy !== null}
      aria-busy={mine}
      aria-keyshortcuts={shortcut.aria}
      title={`${title} (${shortcut.label})`}
    >
      {mine ? (
        <span className="spinner" aria-hidden="true" />
      ) : (
        <span className="run-button-icon" aria-hidden="true">
          {BUTTON[mode].icon}
        </span>
      )}
      {BUTTON[mode].label}
      <span className="shortcut" aria-hidden="true">
        {shortcut.label}
      </span>
    </button>
  );
}
