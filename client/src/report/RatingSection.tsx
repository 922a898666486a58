import type { FeedbackRating } from '@dryrun/shared';
import { useState } from 'react';
import { localRoomMemory } from '../sync/roomMemory.ts';
import { RatingForm, type Viewer } from './RatingForm.tsx';
import { formatDateTime, starsText } from './reportFormat.ts';

/**
 * The candidate's rating of this feedback. The report carries no role, so the page guesses
 * from this browser's memory of the room (the welcome it received with this link): a
 * known interviewer sees the rating read-only; anyone else gets the form too, and if the
 * server answers FORBIDDEN the form gives way to the read-only rating.
 */
export function RatingSection({
  roomId,
  token,
  rating,
  open,
}: {
  roomId: string;
  token: string;
  rating: FeedbackRating | null;
  /** Whether it may still be given or changed here (a two-half session's is final by now). */
  open: boolean;
}) {
  const [viewer, setViewer] = useState<Viewer>(() => rememberedViewer(roomId, token));
  const [saved, setSaved] = useState(rating);
  const [refused, setRefused] = useState(false);

  return (
    <section className="report-section report-rating-section" aria-labelledby="rating-title" data-testid="rating">
      <h2 id="rating-title">Rating of this feedback</h2>
      {saved ? (
        <RatingSummary rating={saved} byYou={viewer === 'candidate'} />
      ) : (
        viewer !== 'candidate' && (
          <p className="report-muted" data-testid="rating-none">
            The candidate has not rated this feedback yet.
          </p>
        )
      )}
      {refused && (
        <p className="report-notice-box" role="status" data-testid="rating-forbidden">
          Only the candidate can rate the feedback.{!saved && ' Their rating will show here once they give it.'}
        </p>
      )}
      {open && viewer !== 'other' && (
        <RatingForm
          roomId={roomId}
          token={token}
          initial={saved}
          viewer={viewer}
          onSaved={(next) => {
            setSaved(next);
            setViewer('candidate');
          }}
          onForbidden={() => {
            setViewer('other');
            setRefused(true);
          }}
        />
      )}
    </section>
  );
}

function RatingSummary({ rating, byYou }: { rating: FeedbackRating; byYou: boolean }) {
  return (
    <div className="report-rating-summary" data-testid="rating-summary">
      <p className="report-rating-line">
        {byYou ? 'You rated this feedback' : 'The candidate rated this feedback'}{' '}
        <strong data-testid="rating-stars">{starsText(rating.stars)}</strong>
        <span className="report-stars-display" aria-hidden="true">
          {' '}
          {'★'.repeat(rating.stars)}
          <span className="report-stars-off">{'☆'.repeat(5 - rating.stars)}</span>
        </span>{' '}
        <span className="report-muted">on {formatDateTime(rating.ratedAt)}.</span>
      </p>
      {rating.comment && (
        <blockquote className="report-typed report-rating-comment" data-testid="rating-comment">
          {rating.comment}
        </blockquote>
      )}
    </div>
  );
}

function rememberedViewer(roomId: string, token: string): Viewer {
  const role = localRoomMemory(roomId, token).welcome()?.role;
  return role === 'candidate' ? 'candidate' : role ? 'other' : 'unknown';
}
