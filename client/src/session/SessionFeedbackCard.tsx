import { type FeedbackRating, SESSION_LIMITS, type SessionFeedbackView, type SessionView } from '@dryrun/shared';
import { type ReactNode, useId, useState } from 'react';
import { FormError } from '../interview/FormError.tsx';
import { RatingForm } from '../report/RatingForm.tsx';
import { formatDateTime } from '../report/reportFormat.ts';
import { type Duties, type Duty, halfName, sessionDuties } from './sessionState.ts';
import { useSessionFeedback } from './useSessionFeedback.ts';

/** Where a person's links lead: a half's room and a half's report, with their token. */
export interface SessionLinks {
  room: (roomId: string) => string;
  report: (roomId: string) => string;
}

/**
 * A two-half session's feedback, for its interviewer and its candidate: what this person
 * owes (the scorecard of the half they interviewed, here or in the other half's room; the
 * rating of their interviewer, given here), whether the other person has given theirs, and
 * the seal: until all is in or the time is up, then the links to both reports.
 */
export function SessionFeedbackCard({
  session,
  roomId,
  role,
  token,
  links,
  changes,
}: {
  session: SessionView;
  roomId: string;
  /** This person's role in the room on screen. */
  role: 'interviewer' | 'candidate';
  token: string;
  links: SessionLinks;
  /** Changes with every scorecard and release on the room's timeline: the feedback is asked for again. */
  changes: number;
}) {
  const id = useId();
  const { state, reload } = useSessionFeedback(roomId, token, changes);
  return (
    <section className="session-feedback" aria-labelledby={`${id}-title`} data-testid="session-feedback">
      <h3 id={`${id}-title`}>Session feedback</h3>
      <p className="hint">
        Each of you scores the half you interviewed and rates your interviewer in the other. Neither of you reads what
        the other wrote until both have submitted.
      </p>
      {state.status === 'loading' && <p className="loading">Loading where the feedback stands…</p>}
      {state.status === 'failed' && (
        <div>
          <FormError message={state.message} />
          <button type="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' &&
        (state.view ? (
          <SessionDuties
            view={state.view}
            duties={sessionDuties(session, { roomId, role }, state.view)}
            token={token}
            links={links}
            onRated={reload}
          />
        ) : (
          <p className="hint">This room is an interview of its own: its feedback is in the scorecard and the report.</p>
        ))}
    </section>
  );
}

function SessionDuties({
  view,
  duties,
  token,
  links,
  onRated,
}: {
  view: SessionFeedbackView;
  duties: Duties;
  token: string;
  links: SessionLinks;
  onRated: () => void;
}) {
  const { score, rate } = duties;
  return (
    <>
      <DutyItem title="Score the half you interviewed" done={score.done} testId="duty-score">
        <ScoreDuty duty={score} links={links} />
      </DutyItem>
      <DutyItem title="Rate your interviewer" done={rate.done} testId="duty-rate">
        <RateDuty duty={rate} released={view.released} token={token} onRated={onRated} />
      </DutyItem>
      <h4>From the other person</h4>
      <ul className="session-theirs" data-testid="session-theirs">
        <li>
          Their scorecard of you, in the {halfName(rate.half)} half:{' '}
          <strong>{duties.theirScore ? 'submitted' : 'not yet'}</strong>
        </li>
        <li>
          Their rating of your interviewing, in the {halfName(score.half)} half:{' '}
          <strong>{duties.theirRating ? 'submitted' : 'not yet'}</strong>
        </li>
      </ul>
      {view.released ? (
        <div className="session-released" data-testid="session-released">
          <p>Released: each of you can read what the other wrote.</p>
          <ul>
            {rate.roomId && (
              <li>
                <a href={links.report(rate.roomId)} target="_blank" rel="noreferrer">
                  Feedback on you
                </a>
              </li>
            )}
            {score.roomId && (
              <li>
                <a href={links.report(score.roomId)} target="_blank" rel="noreferrer">
                  Your feedback to them
                </a>
              </li>
            )}
          </ul>
        </div>
      ) : (
        <p className="session-seal" data-testid="session-seal">
          Sealed: you both see what the other wrote once both of you have submitted, or{' '}
          {view.releasesAt ? (
            <>
              at <time dateTime={view.releasesAt}>{formatDateTime(view.releasesAt)}</time>
            </>
          ) : (
            `${SESSION_LIMITS.sealHours} hours after the first of you submits`
          )}
          .
        </p>
      )}
    </>
  );
}

/** One thing this person owes, with whether it is done in words (the mark is decoration). */
function DutyItem({
  title,
  done,
  testId,
  children,
}: {
  title: string;
  done: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className={done ? 'session-duty done' : 'session-duty'} data-testid={testId} data-done={done}>
      <div className="session-duty-head">
        <span className="session-duty-mark" aria-hidden="true">
          {done ? '✓' : '○'}
        </span>
        <h4>{title}</h4>
        <span className="session-duty-state">
          <span className="visually-hidden">: </span>
          {done ? 'done' : 'to do'}
        </span>
      </div>
      {children}
    </div>
  );
}

function ScoreDuty({ duty, links }: { duty: Duty; links: SessionLinks }) {
  const half = halfName(duty.half);
  if (duty.done) return <p>You submitted your scorecard of the {half} half.</p>;
  if (duty.here)
    return <p>You are the interviewer of this half: your scorecard is in the Scorecard tab of this panel.</p>;
  if (!duty.roomId) return <p>You interview in the {half} half, after the swap, and score it there.</p>;
  return (
    <p>
      You interviewed in the {half} half, which has a room of its own: finish your scorecard there.{' '}
      <a href={links.room(duty.roomId)}>Finish your scorecard in the {half} half</a>
    </p>
  );
}

function RateDuty({
  duty,
  released,
  token,
  onRated,
}: {
  duty: Duty;
  released: boolean;
  token: string;
  onRated: () => void;
}) {
  // Rated from this page: the form shows what was saved, ready to change it.
  const [rated, setRated] = useState<FeedbackRating | null>(null);
  const [refused, setRefused] = useState(false);
  const half = halfName(duty.half);
  if (duty.done || rated) {
    return (
      <p role="status">
        You rated your interviewer of the {half} half.{released ? '' : ' It stays sealed until the release.'}
      </p>
    );
  }
  if (released) return <p>You did not rate your interviewer: the feedback is released, and the ratings are closed.</p>;
  if (!duty.roomId)
    return <p>You are interviewed in the {half} half, after the swap: you rate your interviewer then.</p>;
  if (refused) return <FormError message="Only the candidate of that half rates its interviewer." />;
  return (
    <RatingForm
      roomId={duty.roomId}
      token={token}
      initial={null}
      viewer="candidate"
      question={`How well did they interview you in the ${half} half? A rating is final.`}
      savedText="Saved. It stays sealed until the feedback is released."
      onSaved={(rating) => {
        setRated(rating);
        onRated();
      }}
      onForbidden={() => setRefused(true)}
    />
  );
}
