import type { ReportProblem } from '@dryrun/shared';
import { verdictLook } from '../runs/format.ts';
import { VerdictBadge } from '../runs/VerdictBadge.tsx';
import { passedText } from './reportFormat.ts';
import { Timestamp } from './Timestamp.tsx';
// The verdict badge's look (icon ring, tones) lives with the run panel.
import '../runs/runs.css';

/** The last submission: its verdict, how many tests passed, and each test (hidden ones by name and verdict only). */
export function SubmissionResults({ submission }: { submission: ReportProblem['submission'] }) {
  if (!submission) {
    return (
      <div className="report-problem-part" data-testid="submission">
        <h3>Last submission</h3>
        <p className="report-muted">Not submitted.</p>
      </div>
    );
  }
  const hiddenCount = submission.tests.filter((t) => t.hidden).length;
  return (
    <div className="report-problem-part" data-testid="submission">
      <h3>Last submission</h3>
      <p className="report-submission-summary">
        <VerdictBadge look={verdictLook(submission.verdict)} className="report-submission-verdict" />
        <strong data-testid="submission-passed">{passedText(submission.passed, submission.total)}</strong>
        <span className="report-muted">
          at <Timestamp at={submission.at} />
        </span>
      </p>
      {hiddenCount > 0 && (
        <p className="report-muted report-small">
          {hiddenCount} of the tests are hidden: they show their name and verdict only.
        </p>
      )}
      <ul className="report-tests" aria-label="Test results">
        {submission.tests.map((test, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: test names may repeat, and the list never reorders.
          <li key={i} className="report-test" data-testid="report-test" data-hidden={test.hidden}>
            <span className="report-test-name">{test.name}</span>
            {test.hidden && <span className="report-chip report-chip-hidden">hidden</span>}
            <VerdictBadge look={verdictLook(test.verdict)} className="report-test-verdict" />
          </li>
        ))}
      </ul>
    </div>
  );
}
