import type { JudgeReport, RunRecord } from '@dryrun/shared';
import { CodeErrorView, type GoToCode } from './CodeLocation.tsx';
import { describeRun, formatAgo, formatDuration, formatSteps, isProgramRun, runVerdictLook } from './format.ts';
import { TestDetails } from './TestDetails.tsx';
import { TestResultRow } from './TestResultRow.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

/** One run: who ran what, its verdict, totals, and each test. */
export function RunResult({ run, now, onGoTo }: { run: RunRecord; now: number; onGoTo: GoToCode }) {
  return (
    <article className="run-result" data-testid="run-result" data-run-id={run.id} data-status={run.status}>
      <p className="run-meta">
        {describeRun(run)} · <time dateTime={run.createdAt}>{formatAgo(run.createdAt, now)}</time>
      </p>
      <RunBody run={run} onGoTo={onGoTo} />
    </article>
  );
}

function RunBody({ run, onGoTo }: { run: RunRecord; onGoTo: GoToCode }) {
  if (run.status === 'running') {
    return (
      <p className="run-banner tone-neutral" data-testid="run-verdict">
        <span className="spinner" aria-hidden="true" />
        {run.mode === 'submit' ? 'Judging every test…' : 'Running…'}
      </p>
    );
  }
  if (run.status === 'failed' || !run.report) {
    return (
      <div className="run-banner tone-bad" data-testid="run-verdict">
        <span className="verdict-icon" aria-hidden="true">
          !
        </span>
        <span>
          <strong>Could not run.</strong> {run.error?.message ?? 'The judge gave no answer.'}
        </span>
      </div>
    );
  }
  return <Report run={run} report={run.report} onGoTo={onGoTo} />;
}

function Report({ run, report, onGoTo }: { run: RunRecord; report: JudgeReport; onGoTo: GoToCode }) {
  const program = isProgramRun(run);
  const firstFailing = report.tests.findIndex((t) => !t.hidden && t.verdict !== 'accepted');
  return (
    <>
      <div className="run-summary">
        <VerdictBadge look={runVerdictLook(run, report.verdict)} className="run-banner" testId="run-verdict" />
        <p className="run-totals">
          {!program && !report.compileError && (
            <span data-testid="run-passed">
              {report.passed} / {report.total} tests passed
            </span>
          )}
          <span>{formatSteps(report.steps)}</span>
          <span>{formatDuration(report.timeMs)}</span>
        </p>
      </div>
      {report.compileError && <CodeErrorView error={report.compileError} onGoTo={onGoTo} />}
      {program
        ? report.tests[0] && <TestDetails test={report.tests[0]} onGoTo={onGoTo} />
        : report.tests.length > 0 && (
            <ul className="test-list" aria-label="Tests">
              {report.tests.map((test, index) => (
                <TestResultRow
                  // A run's tests never change; their names may repeat.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  key={index}
                  test={test}
                  initiallyOpen={index === firstFailing}
                  onGoTo={onGoTo}
                />
              ))}
            </ul>
          )}
    </>
  );
}
