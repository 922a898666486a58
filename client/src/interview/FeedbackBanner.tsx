import type { FeedbackStatus, Role } from '@dryrun/shared';

/** "Your feedback is ready": once the interviewer submits, a link to the report for the candidate and interviewers. */
export function FeedbackBanner({
  feedback,
  role,
  reportHref,
}: {
  feedback: FeedbackStatus | null;
  role: Role | undefined;
  reportHref: string;
}) {
  if (!feedback?.submittedAt || role === undefined || role === 'observer') return null;
  return (
    <p className="feedback-banner" role="status" data-testid="feedback-banner">
      {role === 'candidate' ? 'Your feedback is ready.' : 'The scorecard is submitted.'}{' '}
      <a href={reportHref} target="_blank" rel="noreferrer">
        Open the feedback report
      </a>
    </p>
  );
}
