import type { ReportProblem } from '@dryrun/shared';
import { SafeMarkdown } from '../problem/Markdown.tsx';
import { DifficultyBadge } from '../problem/ProblemTags.tsx';
import { ComplexityReview } from './ComplexityReview.tsx';
import { SubmissionResults } from './SubmissionResults.tsx';
import { Timestamp } from './Timestamp.tsx';
// The difficulty badge's look lives with the problem pane.
import '../problem/problem.css';

const LANGUAGE_LABEL: Record<string, string> = { javascript: 'JavaScript', typescript: 'TypeScript' };

/** One problem of the session: results, complexity, hints used and the final code. */
export function ProblemReport({ problem }: { problem: ReportProblem }) {
  const titleId = `problem-${problem.slug}`;
  const language = LANGUAGE_LABEL[problem.language] ?? problem.language;
  return (
    <section className="report-section report-problem-report" aria-labelledby={titleId} data-testid="problem-report">
      <h2 id={titleId}>
        <span className="report-eyebrow">Problem</span> {problem.title}{' '}
        <DifficultyBadge difficulty={problem.difficulty} />
      </h2>
      <SubmissionResults submission={problem.submission} />
      <ComplexityReview problem={problem} />
      <div className="report-problem-part" data-testid="hints-used">
        <h3>Hints used</h3>
        {problem.hints.length === 0 ? (
          <p className="report-muted">No hints were used.</p>
        ) : (
          <ol className="report-hints">
            {problem.hints.map((hint) => (
              <li key={hint.id}>
                <span className="report-hint-meta">
                  Hint {hint.index + 1}, revealed at <Timestamp at={hint.revealedAt} />
                </span>
                {/* Hints are the problem set's own Markdown, as the room shows them. */}
                <SafeMarkdown text={hint.text} />
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="report-problem-part report-final-code">
        <h3>Final code</h3>
        <p className="report-muted report-code-caption">
          {language}, {problem.submission ? 'as last submitted' : "the room's code (nothing was submitted)"}
        </p>
        <pre
          className="report-code"
          data-testid="final-code"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll sideways, by keyboard too
          tabIndex={0}
        >
          <code>{problem.finalCode}</code>
        </pre>
      </div>
    </section>
  );
}
