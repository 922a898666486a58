import {
  evidenceMomentKey,
  draftKeys,
  type EvidenceRef,
  type FeedbackStatus,
  type HintRecord,
  LIMITS,
  missingFromDraft,
  RECOMMENDATION_LABEL,
  RECOMMENDATIONS,
  RUBRIC,
  RUBRIC_DIMENSIONS,
  RUBRIC_SCORES,
  type RubricDimension,
  type RunRecord,
  readScorecardDraft,
  type ScorecardDraft,
  scorecardDraft,
  scorecardFromDraft,
} from '@dryrun/shared';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import type { RoomConnection } from '../sync/RoomConnection.ts';
import { useRoomState } from '../sync/useRoom.ts';
import { useYValue } from '../sync/useY.ts';
import { type EvidenceOption, evidenceOptions } from './evidence.ts';
import { FormError } from './FormError.tsx';
import { clockTime } from './time.ts';

/**
 * The scorecard: each rubric dimension scored 1–4 against its written anchors, with a
 * comment and cited evidence (notes, runs, claims, hints); an overall recommendation;
 * strengths and things to improve. The draft lives in the private doc, so it saves as you
 * type and other interviewers see it; Submit sends it to the server, which locks it.
 */
export function ScorecardPanel({
  connection,
  privateDoc,
  runs,
  hints,
  feedback,
  reportHref,
  replayHref,
}: {
  connection: RoomConnection;
  privateDoc: Y.Doc;
  runs: readonly RunRecord[];
  hints: readonly HintRecord[];
  feedback: FeedbackStatus | null;
  reportHref: string;
  /** The session's replay, at a moment (see `momentKey`) if one is given. */
  replayHref: (moment?: string) => string;
}) {
  const map = scorecardDraft(privateDoc);
  const draft = useYValue(map, () => readScorecardDraft(map));
  const { notes, claims } = useRoomState(connection);
  const options = evidenceOptions({ notes, claims, runs, hints });
  const locked = Boolean(feedback?.submittedAt);
  const set = (key: string, value: unknown) => {
    if (!locked) map.set(key, value);
  };

  return (
    <form className="scorecard" data-testid="scorecard" onSubmit={(e) => e.preventDefault()} aria-label="Scorecard">
      {locked ? (
        <p className="scorecard-locked" role="status" data-testid="scorecard-locked">
          Submitted at {clockTime(feedback?.submittedAt ?? '')}; the scorecard is locked.{' '}
          <a href={reportHref} target="_blank" rel="noreferrer">
            Open the feedback report
          </a>
        </p>
      ) : (
        <p className="hint">
          Only interviewers see this. The draft saves as you type.{' '}
          <a href={replayHref()} target="_blank" rel="noreferrer">
            Replay the session so far
          </a>
        </p>
      )}
      <fieldset disabled={locked} className="scorecard-fields">
        {RUBRIC_DIMENSIONS.map((dimension) => (
          <DimensionField
            key={dimension}
            dimension={dimension}
            draft={draft.scores[dimension]}
            options={options}
            set={set}
            replayHref={replayHref}
          />
        ))}
        <fieldset className="recommendation">
          <legend>Overall recommendation</legend>
          <div className="choice-row">
            {RECOMMENDATIONS.map((r) => (
              <label key={r} className="choice">
                <input
                  type="radio"
                  name="recommendation"
                  checked={draft.recommendation === r}
                  onChange={() => set(draftKeys.recommendation, r)}
                />
                {RECOMMENDATION_LABEL[r]}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          label="Strengths"
          value={draft.strengths}
          max={LIMITS.maxFeedbackTextLength}
          onChange={(v) => set(draftKeys.strengths, v)}
        />
        <TextField
          label="Things to improve"
          value={draft.improve}
          max={LIMITS.maxFeedbackTextLength}
          onChange={(v) => set(draftKeys.improve, v)}
        />
      </fieldset>
      {!locked && <SubmitScorecard connection={connection} draft={draft} />}
    </form>
  );
}

function DimensionField({
  dimension,
  draft,
  options,
  set,
  replayHref,
}: {
  dimension: RubricDimension;
  draft: ScorecardDraft['scores'][RubricDimension];
  options: EvidenceOption[];
  set: (key: string, value: unknown) => void;
  replayHref: (moment?: string) => string;
}) {
  const id = useId();
  const info = RUBRIC[dimension];
  const key = (ref: EvidenceRef) => `${ref.kind}:${ref.id}`;
  const cited = new Set(draft.evidence.map(key));
  const byKey = new Map(options.map((o) => [key(o), o]));
  return (
    <fieldset className="dimension" data-testid={`score-${dimension}`}>
      <legend>{info.label}</legend>
      <p className="hint">{info.summary}</p>
      <div className="score-choices">
        {RUBRIC_SCORES.map((score) => (
          <label key={score} className={draft.score === score ? 'score-choice chosen' : 'score-choice'}>
            <input
              type="radio"
              name={`${id}-score`}
              value={score}
              checked={draft.score === score}
              onChange={() => set(draftKeys.score(dimension), score)}
            />
            <span className="score-number">{score}</span>
            <span className="score-anchor">{info.anchors[score]}</span>
          </label>
        ))}
      </div>
      <label className="field">
        <span>Comment (optional)</span>
        <textarea
          rows={2}
          value={draft.comment}
          maxLength={LIMITS.maxScoreCommentLength}
          onChange={(e) => set(draftKeys.comment(dimension), e.target.value)}
        />
      </label>
      <div className="evidence">
        {draft.evidence.length > 0 && (
          <ul aria-label={`Evidence for ${info.label}`}>
            {draft.evidence.map((ref) => (
              <li key={key(ref)}>
                <span>{byKey.get(key(ref))?.label ?? `${ref.kind} (not in this browser's recent history)`}</span>
                <a href={replayHref(evidenceMomentKey(ref))} target="_blank" rel="noreferrer">
                  Replay<span className="visually-hidden"> from this {ref.kind}</span>
                </a>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove this evidence from ${info.label}`}
                  onClick={() =>
                    set(
                      draftKeys.evidence(dimension),
                      draft.evidence.filter((e) => key(e) !== key(ref)),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        {draft.evidence.length < LIMITS.maxEvidencePerScore && (
          <label className="field">
            <span className="visually-hidden">Cite evidence for {info.label}</span>
            <select
              value=""
              onChange={(e) => {
                const option = byKey.get(e.target.value);
                if (option) {
                  set(draftKeys.evidence(dimension), [...draft.evidence, { kind: option.kind, id: option.id }]);
                }
              }}
            >
              <option value="">Cite evidence…</option>
              {options
                .filter((o) => !cited.has(key(o)))
                .map((o) => (
                  <option key={key(o)} value={key(o)}>
                    {clockTime(o.at)} · {o.label}
                  </option>
                ))}
            </select>
          </label>
        )}
      </div>
    </fieldset>
  );
}

function TextField({
  label,
  value,
  max,
  onChange,
}: {
  label: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <textarea rows={3} value={value} maxLength={max} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

function SubmitScorecard({ connection, draft }: { connection: RoomConnection; draft: ScorecardDraft }) {
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const missing = missingFromDraft(draft);
  const submit = async () => {
    const scorecard = scorecardFromDraft(draft);
    if (!scorecard) return;
    setSending(true);
    setError(null);
    const reply = await connection.submitScorecard(scorecard);
    setSending(false);
    setConfirming(false);
    if (!reply.ok) setError(reply.message);
  };
  return (
    <div className="scorecard-submit">
      {missing.length > 0 && <p className="hint">Still needed: {missing.join(', ')}.</p>}
      {confirming ? (
        <p role="alert">
          Submit and lock the scorecard? The candidate will see the report.{' '}
          <button type="button" className="primary" onClick={submit} disabled={sending}>
            Submit and lock
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep editing
          </button>
        </p>
      ) : (
        <button type="button" className="primary" disabled={missing.length > 0} onClick={() => setConfirming(true)}>
          Submit scorecard
        </button>
      )}
      <FormError message={error} />
    </div>
  );
}
