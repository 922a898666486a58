import {
  replayPath,
  type AssessmentReport,
  type AssessmentReportProblem,
  END_REASON_LABEL,
  formatDuration,
  integrityText,
  type ProblemScore,
  VERDICT_LABEL,
} from '@dryrun/shared';
import { fetchAssessmentMarkdown } from '../api.ts';
import { DifficultyBadge } from '../problem/ProblemTags.tsx';
import { ReportActions } from '../report/ReportActions.tsx';
import { downloadName } from '../report/reportFormat.ts';
import { Scores } from '../report/Scores.tsx';
import { ThinkAloudLog } from '../report/ThinkAloudLog.tsx';
import { Timestamp } from '../report/Timestamp.tsx';
import '../problem/problem.css';
import './assessment.css';

const LANGUAGE_LABEL: Record<string, string> = { javascript: 'JavaScript', typescript: 'TypeScript' };

/**
 * An attempt's report: the score with every term of the published formula for this
 * attempt, then each problem (the final judging, time on it, complexity measured against the
 * intended one and the claim, the code judged), the think-aloud log, everything recorded,
 * and a reviewer's scorecard once there is one.
 */
export function AssessmentReportView({ report, token }: { report: AssessmentReport; token: string }) {
  const replayHref = (moment?: string) => replayPath(report.roomId, token, { moment, kind: 'assessment' });
  const { score, settings } = report;
  const titles = new Map(report.problems.map((p) => [p.slug, p.title]));
  return (
    <article className="report" aria-labelledby="report-title" data-testid="assessment-report">
      <header className="report-section">
        <h1 id="report-title">
          Score <span data-testid="report-score">{score.total}</span> / {score.scale}
        </h1>
        <p className="report-muted">
          {settings.problemCount} problem{settings.problemCount === 1 ? '' : 's'}, {settings.allowedMinutes} minutes
          {settings.extraTimePercent ? ` (+${settings.extraTimePercent} % extra time)` : ''}
          {settings.strict ? ', strict mode' : ''}
          {settings.hints ? ', hints allowed' : ''}. Started <Timestamp at={report.startedAt} />;{' '}
          {END_REASON_LABEL[report.reason].toLowerCase()} after{' '}
          {formatDuration(Date.parse(report.endedAt) - Date.parse(report.startedAt))}.
        </p>
      </header>
      <ReportActions
        report={report}
        fileName={(format) => downloadName(report.roomId, format, 'assessment')}
        fetchMarkdown={() => fetchAssessmentMarkdown(report.roomId, token)}
      />
      <p className="report-replay">
        <a href={replayHref()}>Replay the attempt</a>: the code at any moment, with every run, note and paste on one
        timeline.
      </p>
      <section className="report-section" aria-labelledby="terms-title">
        <h2 id="terms-title">The score, term by term</h2>
        <ScoreTable problems={score.problems} earned={score.earned} possible={score.possible} />
        <details>
          <summary>How the score is computed</summary>
          <ul data-testid="report-formula">
            {report.formula.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </section>
      {report.problems.map((problem) => (
        <ProblemSection key={problem.slug} problem={problem} />
      ))}
      <ThinkAloudLog notes={report.notes} replayHref={replayHref} />
      <section className="report-section" aria-labelledby="recorded-title" data-testid="report-integrity">
        <h2 id="recorded-title">What was recorded</h2>
        <p className="report-muted">Context for a reader, never part of the score.</p>
        {report.integrity.length === 0 ? (
          <p>Nothing: no pastes, and the page was never left.</p>
        ) : (
          <ol className="integrity-list">
            {report.integrity.map(({ at, signal }) => (
              <li key={`${at}-${signal.kind}`}>
                <Timestamp at={at} /> {integrityText(signal, (slug) => titles.get(slug) ?? slug)}
              </li>
            ))}
          </ol>
        )}
      </section>
      {report.scorecard ? (
        <section className="report-section" aria-labelledby="review-title" data-testid="report-review">
          <h2 id="review-title">Review by {report.scorecard.by.name}</h2>
          <Scores scorecard={report.scorecard} replayHref={replayHref} />
        </section>
      ) : null}
    </article>
  );
}

function ScoreTable({ problems, earned, possible }: { problems: ProblemScore[]; earned: number; possible: number }) {
  return (
    <table className="score-terms" data-testid="score-terms">
      <thead>
        <tr>
          <th scope="col">Problem</th>
          <th scope="col">Worth</th>
          <th scope="col">Tests passed</th>
          <th scope="col">Correctness</th>
          <th scope="col">Efficiency</th>
          <th scope="col">Hints</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p) => (
          <tr key={p.slug}>
            <th scope="row">{p.title}</th>
            <td>{p.worth}</td>
            <td>
              {p.passed}/{p.total}
            </td>
            <td>{p.correctness}</td>
            <td>{p.efficiency}</td>
            <td>{p.hintCost > 0 ? `−${p.hintCost}` : '0'}</td>
            <td>{p.points}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td colSpan={5} />
          <td>
            {earned} of {possible}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function ProblemSection({ problem }: { problem: AssessmentReportProblem }) {
  const titleId = `problem-${problem.slug}`;
  return (
    <section className="report-section" aria-labelledby={titleId} data-testid="assessment-problem">
      <h2 id={titleId}>
        {problem.title} <DifficultyBadge difficulty={problem.difficulty} />
      </h2>
      <dl className="report-facts">
        <dt>Final judging</dt>
        <dd>
          {problem.verdict ? VERDICT_LABEL[problem.verdict] : 'Not judged'}, {problem.passed}/{problem.total} tests
        </dd>
        <dt>Time on it</dt>
        <dd>
          {formatDuration(problem.timeSpentMs)}; {problem.runs} run{problem.runs === 1 ? '' : 's'},{' '}
          {problem.submissions} submission{problem.submissions === 1 ? '' : 's'}
        </dd>
        <dt>Time complexity</dt>
        <dd>
          measured {problem.measured ?? 'not measured'}; intended {problem.optimal.time}
          {problem.claim ? `; you claimed ${problem.claim.time} time, ${problem.claim.space} space` : ''}
        </dd>
        {problem.hintsRevealed > 0 && (
          <>
            <dt>Hints revealed</dt>
            <dd>{problem.hintsRevealed}</dd>
          </>
        )}
      </dl>
      <h3>The code judged</h3>
      <p className="report-muted report-code-caption">{LANGUAGE_LABEL[problem.language] ?? problem.language}</p>
      <pre
        className="report-code"
        data-testid="final-code"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll sideways, by keyboard too
        tabIndex={0}
      >
        <code>{problem.finalCode}</code>
      </pre>
    </section>
  );
}
