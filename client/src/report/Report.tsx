import { fetchReportMarkdown } from '../api.ts';
import { type FeedbackReport, replayPath } from '@dryrun/shared';
import { ProblemReport } from './ProblemReport.tsx';
import { RatingSection } from './RatingSection.tsx';
import { ReportActions } from './ReportActions.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { Scores } from './Scores.tsx';
import { ThinkAloudLog } from './ThinkAloudLog.tsx';
import { downloadName } from './reportFormat.ts';

/**
 * The feedback report, top to bottom: the overall call, the scores with their evidence, the
 * written feedback, each problem's results and complexity, the think-aloud log and the
 * candidate's rating. Everything people typed is rendered as plain text.
 */
export function Report({ report, token }: { report: FeedbackReport; token: string }) {
  const { scorecard } = report;
  const replayHref = (moment?: string) => replayPath(report.roomId, token, { moment });
  return (
    <article className="report" aria-labelledby="report-title" data-testid="report">
      <ReportHeader report={report} />
      <ReportActions
        report={report}
        fileName={(format) => downloadName(report.roomId, format)}
        fetchMarkdown={() => fetchReportMarkdown(report.roomId, token)}
      />
      <p className="report-replay">
        <a href={replayHref()}>Replay the session</a>: the code at any moment, with every run, note and claim on one
        timeline.
      </p>
      <Scores scorecard={scorecard} replayHref={replayHref} />
      <section className="report-section" aria-labelledby="written-title">
        <h2 id="written-title">Written feedback</h2>
        <div className="report-written">
          <div className="report-written-part" data-testid="strengths">
            <h3>Strengths</h3>
            <Paragraphs text={scorecard.strengths} empty="No strengths were written." />
          </div>
          <div className="report-written-part" data-testid="improve">
            <h3>Things to improve</h3>
            <Paragraphs text={scorecard.improve} empty="Nothing to improve was written." />
          </div>
        </div>
      </section>
      {report.problems.length === 0 ? (
        <section className="report-section" aria-labelledby="problems-title">
          <h2 id="problems-title">Problems</h2>
          <p className="report-muted">The session did not work on a problem from the set.</p>
        </section>
      ) : (
        report.problems.map((problem) => <ProblemReport key={problem.slug} problem={problem} />)
      )}
      <ThinkAloudLog notes={report.thinkAloud} replayHref={replayHref} />
      <RatingSection roomId={report.roomId} token={token} rating={report.rating} open={report.ratingOpen} />
    </article>
  );
}

/** Text someone typed, with its line breaks kept; React escapes it. */
export function Paragraphs({ text, empty }: { text: string; empty: string }) {
  if (!text.trim()) return <p className="report-muted">{empty}</p>;
  return <p className="report-typed">{text}</p>;
}
