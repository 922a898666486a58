import {
  evidenceMomentKey,
  evidenceTag,
  type FeedbackReport,
  type ResolvedEvidence,
  RUBRIC,
  RUBRIC_DIMENSIONS,
  RUBRIC_SCORES,
  type RubricScore,
} from '@dryrun/shared';
import { scoreText } from './reportFormat.ts';
import { Timestamp } from './Timestamp.tsx';

/** Each rubric dimension: the score in words and blocks, what it means, the comment, the evidence. */
export function Scores({
  scorecard,
  replayHref,
}: {
  scorecard: FeedbackReport['scorecard'];
  /** The replay at a moment (see `momentKey`): each piece of evidence links to its own. */
  replayHref: (moment: string) => string;
}) {
  return (
    <section className="report-section" aria-labelledby="scores-title">
      <h2 id="scores-title">Scores</h2>
      <ul className="report-scores">
        {RUBRIC_DIMENSIONS.map((dimension) => {
          const { score, comment } = scorecard.scores[dimension];
          const info = RUBRIC[dimension];
          const evidence = scorecard.evidence[dimension];
          return (
            <li key={dimension} className="report-score" data-testid="score" data-dimension={dimension}>
              <div className="report-score-head">
                <h3>{info.label}</h3>
                <ScoreMeter score={score} />
              </div>
              <p className="report-score-summary">{info.summary}</p>
              <p className="report-score-anchor" data-testid="score-anchor">
                <span className="visually-hidden">What {scoreText(score)} means: </span>
                {info.anchors[score]}
              </p>
              {comment.trim() && <p className="report-typed report-score-comment">{comment}</p>}
              {evidence.length > 0 && <EvidenceList evidence={evidence} replayHref={replayHref} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "3 / 4" as text, with four blocks beside it (filled up to the score) for the eye. */
export function ScoreMeter({ score }: { score: RubricScore }) {
  return (
    <span className="report-score-meter" data-testid="score-value">
      <span className="report-score-text">{scoreText(score)}</span>
      <span className="report-score-blocks" aria-hidden="true">
        {RUBRIC_SCORES.map((step) => (
          <span key={step} className={step <= score ? 'report-score-block filled' : 'report-score-block'} />
        ))}
      </span>
    </span>
  );
}

function EvidenceList({
  evidence,
  replayHref,
}: {
  evidence: ResolvedEvidence[];
  replayHref: (moment: string) => string;
}) {
  return (
    <div className="report-evidence">
      <h4>Evidence</h4>
      <ul>
        {evidence.map((e) => (
          <li key={`${e.kind}:${e.id}`} data-testid="evidence">
            <Timestamp at={e.at} />
            <span className={`report-chip report-chip-${e.kind}`}>{evidenceTag(e)}</span>
            <span className="report-evidence-label">{e.label}</span>
            <a className="report-replay-link" href={replayHref(evidenceMomentKey(e))}>
              Replay<span className="visually-hidden"> from this {evidenceTag(e).toLowerCase()}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
