import { type AssessmentState, END_REASON_LABEL } from '@dryrun/shared';

/** The banner of an ended attempt: judging, then the score and the way to the report. */
export function AssessmentEnded({
  state,
  reportHref,
}: {
  state: Extract<AssessmentState, { phase: 'ended' }>;
  reportHref: string;
}) {
  return (
    <p className="feedback-banner assessment-ended" role="status" data-testid="assessment-ended">
      <strong>{END_REASON_LABEL[state.reason]}.</strong>{' '}
      {state.score ? (
        <>
          Score: <strong data-testid="assessment-score">{state.score.total}</strong> / {state.score.scale}.{' '}
          <a href={reportHref}>Open the report</a>
        </>
      ) : (
        'Editing has stopped; the latest code of every problem is being judged on all its tests…'
      )}
    </p>
  );
}
