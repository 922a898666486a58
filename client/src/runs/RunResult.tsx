import type { ComplexityClaim, JudgeReport, RunRecord } from '@dryrun/shared';
import { type ReactNode, useId } from 'react';
import { ComplexityResult } from '../complexity/ComplexityResult.tsx';
import { CodeErrorView, type GoToCode } from './CodeLocation.tsx';
import { describeRun, formatAgo, formatDuration, formatSteps, isProgramRun, runVerdictLook } from './format.ts';
import { TestDetails } from './TestDetails.tsx';
import { TestResultRow } from './TestResultRow.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

/**
 * One run: who ran what, its verdict, totals, and each test; a complexity check shows what
 * it measured instead. An accepted submission shows the check the server ran after it
 * (`followUp`) between its verdict and its tests: every test passed, so how the code grows
 * is the news.
 */
export function RunResult({
  run,
  followUp = null,
  claim,
  liveOutput = null,
  now,
  onGoTo,
}: {
  run: RunRecord;
  followUp?: RunRecord | null;
  /** What the program has printed so far, while it runs. */
  liveOutput?: readonly string[] | null;
  /** The standing complexity claim for the run's problem, to set a measured class against. */
  claim: ComplexityClaim | null;
  now: number;
  onGoTo: GoToCode;
}) {
  const followUpHeading = useId();
  return (
    <article className="run-result" data-testid="run-result" data-run-id={run.id} data-status={run.status}>
      <p className="run-meta">
        {describeRun(run)} · <time dateTime={run.createdAt}>{formatAgo(run.createdAt, now)}</time>
      </p>
      {run.mode === 'complexity' ? (
        <ComplexityResult run={run} claim={claim} />
      ) : (
        <RunBody run={run} liveOutput={liveOutput} onGoTo={onGoTo}>
          {followUp && (
            <section className="run-follow-up" aria-labelledby={followUpHeading} data-run-id={followUp.id}>
              <h3 id={followUpHeading}>Complexity of this submission</h3>
              <ComplexityResult run={followUp} claim={claim} />
            </section>
          )}
        </RunBody>
      )}
    </article>
  );
}

/** A run's verdict and tests; `children` go between the two. */
function RunBody({
  run,
  liveOutput,
  onGoTo,
  children,
}: {
  run: RunRecord;
  liveOutput: readonly string[] | null;
  onGoTo: GoToCode;
  children?: ReactNode;
}) {
  if (run.status === 'running') {
    return (
      <>
        <p className="run-banner tone-neutral" data-testid="run-verdict">
          <span className="spinner" aria-hidden="true" />
          {run.mode === 'submit' ? 'Judging every test…' : 'Running…'}
        </p>
        {liveOutput && liveOutput.length > 0 && (
          // Not a live region: a busy program would drown a screen reader; the result is announced.
          <section aria-label="Output so far">
            <pre className="mono live-output" data-testid="run-live-output">
              {liveOutput.join('\n')}
            </pre>
          </section>
        )}
      </>
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
  return (
    <Report run={run} report={run.report} onGoTo={onGoTo}>
      {children}
    </Report>
  );
}

function Report({
  run,
  report,
  onGoTo,
  children,
}: {
  run: RunRecord;
  report: JudgeReport;
  onGoTo: GoToCode;
  children?: ReactNode;
}) {
  const program = isProgramRun(run);
  const firstFailing = report.tests.findIndex((t) => !t.hidden && t.verdict !== 'accepted');
  const programTest = program ? report.tests[0] : undefined;
  const someHidden = report.tests.some((t) => t.hidden);
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
          <span>
            {formatSteps(report.steps)}
            {someHidden && ' on the visible tests'}
          </span>
          <span>{formatDuration(report.timeMs)}</span>
        </p>
      </div>
      {report.compileError && <CodeErrorView error={report.compileError} onGoTo={onGoTo} />}
      {children}
      {program
        ? programTest && !programTest.hidden && <TestDetails test={programTest} onGoTo={onGoTo} />
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
