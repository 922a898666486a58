import { type ComplexityClaim, type ComplexityReport, claimAgrees, type RunRecord } from '@dryrun/shared';
import { complexityOutcome, type VerdictLook, verdictLook } from '../runs/format.ts';
import { VerdictBadge } from '../runs/VerdictBadge.tsx';
import { ComplexityChart } from './ComplexityChart.tsx';
import './complexity.css';

/**
 * A complexity check as everyone in the room sees it: what was measured, set against the
 * candidate's standing claim for the problem, with the chart of how the steps grew; or why
 * nothing was measured (wrong or timed-out code is never fitted).
 */
export function ComplexityResult({ run, claim }: { run: RunRecord; claim: ComplexityClaim | null }) {
  if (run.status === 'running') {
    return (
      <p className="run-banner tone-neutral" data-testid="complexity-headline">
        <span className="spinner" aria-hidden="true" />
        Measuring how your code grows…
      </p>
    );
  }
  const report = run.complexity;
  if (run.status === 'failed' || !report) {
    return (
      <p className="run-banner tone-bad" data-testid="complexity-headline">
        <span className="verdict-icon" aria-hidden="true">
          !
        </span>
        <span>
          <strong>Could not measure.</strong> {run.error?.message ?? 'The judge gave no answer.'}
        </span>
      </p>
    );
  }
  if (report.status !== 'measured' || report.time === null) return <NotMeasured report={report} />;

  const agrees = claim ? claimAgrees(claim.time, report.time) : null;
  return (
    <div className="complexity-result" data-testid="complexity-result">
      <div className="complexity-summary">
        <p className="complexity-headline" data-testid="complexity-headline">
          {claim ? (
            <>
              Claimed <strong>{claim.time}</strong> — measured <strong>{report.time}</strong>
            </>
          ) : (
            <>
              Measured <strong>{report.time}</strong>
            </>
          )}
        </p>
        {claim && <VerdictBadge look={comparisonLook(agrees)} className="complexity-comparison" />}
      </div>
      <ComplexityChart
        points={report.points}
        measured={report.time}
        claimed={claim?.timeClass && claim.timeClass !== report.time ? claim.timeClass : null}
      />
    </div>
  );
}

/** "Not measured: Wrong answer at n = 64 — expected [0, 1], got [1, 0]", with the verdict's icon. */
function NotMeasured({ report }: { report: ComplexityReport }) {
  const look = report.status === 'measured' ? null : verdictLook(report.status);
  return (
    <div className="complexity-result" data-testid="complexity-result">
      <p className={`run-banner tone-${look?.tone ?? 'bad'}`} data-testid="complexity-headline">
        <span className="verdict-icon" aria-hidden="true">
          {look?.icon ?? '!'}
        </span>
        <span>
          <strong>{complexityOutcome(report)}</strong>
          {report.failure && <span className="complexity-failure"> — {shorten(report.failure.message)}</span>}
        </span>
      </p>
    </div>
  );
}

/** Longest failure message shown: a wrong answer at n = 16,384 may print a 16,384-item array. */
const MAX_MESSAGE = 300;

function shorten(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

/** Whether the measured class agrees with the claim, in words with an icon. */
function comparisonLook(agrees: boolean | null): VerdictLook {
  if (agrees === null) return { label: 'the claim is not a class the check measures', icon: '?', tone: 'neutral' };
  return agrees
    ? { label: 'agrees with the claim', icon: '✓', tone: 'ok' }
    : { label: 'differs from the claim', icon: '✕', tone: 'warn' };
}
