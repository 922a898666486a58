import type { FeedbackReport } from '@dryrun/shared';
import { formatDateTime, formatDay, recommendationLook } from './reportFormat.ts';

/** The report's title, when and by whom, and the overall recommendation, large. */
export function ReportHeader({ report }: { report: FeedbackReport }) {
  const { scorecard } = report;
  const look = recommendationLook(scorecard.recommendation);
  return (
    <header className="report-header">
      <div className="report-heading">
        <p className="report-eyebrow">Interview feedback</p>
        <h1 id="report-title">{report.title}</h1>
        <dl className="report-meta">
          <div>
            <dt>Interview</dt>
            <dd>
              <time dateTime={report.createdAt}>{formatDay(report.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>Interviewer</dt>
            <dd data-testid="report-interviewer">{scorecard.by.name}</dd>
          </div>
          <div>
            <dt>Feedback submitted</dt>
            <dd>
              <time dateTime={scorecard.submittedAt}>{formatDateTime(scorecard.submittedAt)}</time>
            </dd>
          </div>
        </dl>
      </div>
      <div className={`report-recommendation tone-${look.tone}`} data-testid="recommendation">
        <span className="report-recommendation-caption">Overall recommendation</span>
        <span className="report-recommendation-value">
          <span className="report-recommendation-icon" aria-hidden="true">
            {look.icon}
          </span>
          <span>{look.label}</span>
        </span>
      </div>
    </header>
  );
}
