import type { TestResult } from '@dryrun/shared';
import { useId, useState } from 'react';
import type { GoToCode } from './CodeLocation.tsx';
import { formatDuration, formatSteps, verdictLook } from './format.ts';
import { TestDetails } from './TestDetails.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

/**
 * One test of a run. A visible test is a button that opens its details; a hidden test
 * shows a lock and only its verdict, as that is all the server sends.
 */
export function TestResultRow({
  test,
  initiallyOpen,
  onGoTo,
}: {
  test: TestResult;
  initiallyOpen: boolean;
  onGoTo: GoToCode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const detailsId = useId();
  if (test.hidden) {
    return (
      <li className="test-row" data-testid="test-row" data-hidden="true">
        <div className="test-summary">
          <span className="chevron" aria-hidden="true" />
          <span className="test-name">
            <LockIcon />
            {test.name}
            <span className="tag">hidden</span>
          </span>
          <VerdictBadge look={verdictLook(test.verdict)} />
          <span className="test-number" title="A hidden test shows its verdict only">
            —
          </span>
          <span className="test-number" aria-hidden="true" />
        </div>
      </li>
    );
  }
  const cells = (
    <>
      <span className="test-name">{test.name}</span>
      <VerdictBadge look={verdictLook(test.verdict)} />
      <span className="test-number">{formatSteps(test.steps)}</span>
      <span className="test-number">{formatDuration(test.timeMs)}</span>
    </>
  );
  return (
    <li className="test-row" data-testid="test-row" data-hidden="false">
      <button
        type="button"
        className="test-summary"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
      >
        <span className="chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {cells}
      </button>
      <div id={detailsId} hidden={!open}>
        {open && <TestDetails test={test} onGoTo={onGoTo} />}
      </div>
    </li>
  );
}

function LockIcon() {
  return (
    <svg className="lock" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M4 7V5a4 4 0 1 1 8 0v2h.5A1.5 1.5 0 0 1 14 8.5v6a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 14.5v-6A1.5 1.5 0 0 1 3.5 7zm2 0h4V5a2 2 0 1 0-4 0z"
      />
    </svg>
  );
}
