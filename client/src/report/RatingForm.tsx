import { DryRunError, type FeedbackRating, LIMITS } from '@dryrun/shared';
import { type FormEvent, useId, useState } from 'react';
import { rateFeedback } from '../api.ts';
import { starsText } from './reportFormat.ts';
import './rating.css';

/** Who is reading, as far as the page can tell: the report itself does not say. */
export type Viewer = 'candidate' | 'other' | 'unknown';

const STARS = [1, 2, 3, 4, 5] as const;
type Stars = (typeof STARS)[number];

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** 1–5 stars as a labelled radio group, an optional comment, and a clear answer on save. */
export function RatingForm({
  roomId,
  token,
  initial,
  viewer,
  onSaved,
  onForbidden,
  question = 'How useful was this feedback?',
  savedText = 'Saved. Thank you for rating the feedback.',
}: {
  roomId: string;
  token: string;
  initial: FeedbackRating | null;
  viewer: Viewer;
  onSaved: (rating: FeedbackRating) => void;
  onForbidden: () => void;
  /** What the stars answer (a session's candidate rates their interviewer, before reading anything). */
  question?: string;
  /** What a saved rating says. */
  savedText?: string;
}) {
  // Only the candidate's own rating is theirs to edit; someone unknown starts blank.
  const mine = viewer === 'candidate' ? initial : null;
  const [stars, setStars] = useState<Stars | null>(mine?.stars ?? null);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const id = useId();
  const max = LIMITS.maxRatingCommentLength;

  const edit = () => {
    if (status.kind !== 'saving') setStatus({ kind: 'idle' });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (stars === null) {
      setStatus({ kind: 'error', message: 'Choose from 1 to 5 stars first.' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      onSaved(await rateFeedback(roomId, token, { stars, comment: comment.trim() }));
      setStatus({ kind: 'saved' });
    } catch (error) {
      if (error instanceof DryRunError && error.reason === 'FORBIDDEN') {
        onForbidden();
        return;
      }
      setStatus({
        kind: 'error',
        message:
          error instanceof DryRunError
            ? `Your rating was not saved: ${error.message}`
            : 'Your rating was not saved: the server could not be reached. Try again.',
      });
    }
  };

  return (
    <form className="report-rating-form" onSubmit={submit} noValidate data-testid="rating-form">
      <fieldset className="report-stars-field" aria-describedby={viewer === 'unknown' ? `${id}-who` : undefined}>
        <legend>{mine ? 'Change your rating' : question}</legend>
        {viewer === 'unknown' && (
          <p className="report-muted report-small report-stars-who" id={`${id}-who`}>
            For the candidate: rate the feedback you received.
          </p>
        )}
        <div className="report-stars">
          {STARS.map((n) => (
            <label key={n} className={stars !== null && n <= stars ? 'report-star on' : 'report-star'}>
              <input
                type="radio"
                name={`${id}-stars`}
                value={n}
                checked={stars === n}
                onChange={() => {
                  setStars(n);
                  edit();
                }}
                className="report-star-input"
              />
              <span aria-hidden="true">{stars !== null && n <= stars ? '★' : '☆'}</span>
              <span className="visually-hidden">{starsText(n).replace(' / 5', '')}</span>
            </label>
          ))}
          <span className="report-stars-value" aria-hidden="true">
            {stars === null ? 'No stars chosen' : starsText(stars)}
          </span>
        </div>
      </fieldset>
      <div className="report-rating-comment-field">
        <label htmlFor={`${id}-comment`}>Comment (optional)</label>
        <textarea
          id={`${id}-comment`}
          value={comment}
          maxLength={max}
          rows={4}
          aria-describedby={`${id}-count`}
          onChange={(e) => {
            setComment(e.target.value);
            edit();
          }}
        />
        <p className="report-muted report-small report-char-count" id={`${id}-count`}>
          {comment.length} / {max} characters
        </p>
      </div>
      <div className="report-rating-submit">
        <button
          type="submit"
          className="primary"
          disabled={status.kind === 'saving'}
          aria-busy={status.kind === 'saving'}
        >
          {status.kind === 'saving' ? 'Saving…' : mine ? 'Update rating' : 'Save rating'}
        </button>
        <p role="status" className="report-rating-saved" data-testid="rating-saved">
          {status.kind === 'saved' ? savedText : ''}
        </p>
      </div>
      {status.kind === 'error' && (
        <p className="error" role="alert" data-testid="rating-error">
          {status.message}
        </p>
      )}
    </form>
  );
}
