import {
  type Half,
  type HalfFeedback,
  NAME_PARAM,
  type Role,
  reportPath,
  roomPath,
  type SessionFeedbackView,
  type SessionView,
  TOKEN_PARAM,
} from '@dryrun/shared';

/*
 * A two-half session as the room's page reads it: pure functions from the snapshot, the
 * timeline and the server's feedback view to what the page shows, so the page and its tests
 * agree on them.
 */

export function otherHalf(half: Half): Half {
  return half === 1 ? 2 : 1;
}

/** "first", "second": how the page names a half in a sentence. */
export function halfName(half: Half): string {
  return half === 1 ? 'first' : 'second';
}

/**
 * The page of a half's room for the same link: its token (which carries the role the link
 * has in that half), and the name it was opened with, if any.
 */
export function halfHref(roomId: string, token: string, name?: string | null): string {
  const query = new URLSearchParams({ [TOKEN_PARAM]: token });
  if (name) query.set(NAME_PARAM, name);
  return `${roomPath(roomId)}?${query}`;
}

/** A half's feedback report for the same link. */
export function halfReportHref(roomId: string, token: string): string {
  return `${reportPath(roomId)}?${new URLSearchParams({ [TOKEN_PARAM]: token })}`;
}

/** One thing a person owes the session: in which half, in which room (null until it exists), and whether it is in. */
export interface Duty {
  half: Half;
  roomId: string | null;
  /** The room on screen is that half's. */
  here: boolean;
  done: boolean;
}

/** What a person owes the session, and what the other person does. */
export interface Duties {
  /** Your scorecard of the half you interviewed. */
  score: Duty;
  /** Your rating of your interviewer, in the half you were the candidate. */
  rate: Duty;
  /** The other person's scorecard of the half you were the candidate in. */
  theirScore: boolean;
  /** The other person's rating of you, the interviewer of the half you interviewed. */
  theirRating: boolean;
}

/**
 * Who owes what, for the interviewer or the candidate of the room on screen (`role`, their
 * role in this half): the half this person interviews is this one if they interview here, the
 * other one otherwise; they are the candidate in the other.
 */
export function sessionDuties(
  session: SessionView,
  here: { roomId: string; role: Exclude<Role, 'observer'> },
  view: SessionFeedbackView | null,
): Duties {
  const interviewed = here.role === 'interviewer' ? session.half : otherHalf(session.half);
  const interviewedIn = otherHalf(interviewed);
  const feedbackOf = (half: Half): HalfFeedback | undefined => view?.halves.find((h) => h.half === half);
  const roomOf = (half: Half): string | null =>
    feedbackOf(half)?.roomId ?? (half === session.half ? here.roomId : session.otherRoomId);
  const duty = (half: Half, done: boolean): Duty => ({ half, roomId: roomOf(half), here: half === session.half, done });
  return {
    score: duty(interviewed, feedbackOf(interviewed)?.scorecard ?? false),
    rate: duty(interviewedIn, feedbackOf(interviewedIn)?.rating ?? false),
    theirScore: feedbackOf(interviewedIn)?.scorecard ?? false,
    theirRating: feedbackOf(interviewed)?.rating ?? false,
  };
}
