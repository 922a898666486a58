import type { FeedbackStatus, Role } from '@dryrun/shared';

/**
 * "Your feedback is ready": once the interviewer submits, a link to the report for the
 * candidate and interviewers. In a session of two halves the candidate's report is sealed
 * with the rest of the session's feedback: the Feedback tab says when it opens.
 */
export function FeedbackBanner({
  feedback,
  role,
  reportHref,
  sealed = false,
}: {
  feedback: FeedbackStatus | null;
  role: Role | undefined;
  reportHref: string;
  /** A half of a session: the candidate reads the report once the session's feedback is released. */
  sealed?: boolean;
}) {
  if (!feedback?.submittedAt || role === undefined || role === 'observer') return null;
  if (sealed && role === 'candidate') {
    return (
      <p className="feedback-banner" role="status" data-testid="feedback-banner">
        Your interviewer submitted the scorecard. It opens with the rest of the session's feedback: the Feedback tab
        says when.
      </p>
    );
  }
  return (
    <p className="feedback-banner" role="status" data-testid="feedback-banner">
      {role === 'candidate' ? 'Your feedback is ready.' : 'The scorecard is submitted.'}{' '}
      <a href={reportHref} target="_blank" rel="noreferrer">
        Open the feedback report
      </a>
    </p>
  );
}
