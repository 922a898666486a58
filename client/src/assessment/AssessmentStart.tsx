import { type AssessmentView, SCORE_FORMULA } from '@dryrun/shared';
import { useState } from 'react';
import { CopyLink } from '../home/CopyLink.tsx';
import type { RequestResult } from '../sync/RoomConnection.ts';
import './assessment.css';

/**
 * What a candidate reads before the clock starts: how long, how many problems, how the
 * score is computed, what is recorded, and a Start button. The problems stay unknown until
 * then (the server has not sent them).
 */
export function AssessmentStart({
  settings,
  reviewLink,
  connected,
  onStart,
}: {
  settings: AssessmentView;
  /** The review link, if this browser created the attempt. */
  reviewLink: string | null;
  connected: boolean;
  onStart: () => Promise<RequestResult>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    const reply = await onStart();
    setBusy(false);
    if (!reply.ok) setError(reply.message);
  };
  const { problemCount, minutes, extraTimePercent, allowedMinutes } = settings;
  return (
    <main className="page narrow assessment-start" data-testid="assessment-start">
      <a href="/" className="brand">
        DryRun
      </a>
      <h1>Solo practice</h1>
      <p className="lede">
        {problemCount} problem{problemCount === 1 ? '' : 's'} in {allowedMinutes} minutes
        {extraTimePercent > 0 ? ` (${minutes} + ${extraTimePercent} % extra time)` : ''}.
      </p>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">How it works</h2>
        <ul>
          <li>
            The clock starts when you press Start, and runs on the server: a reload, another tab or a lost connection
            does not stop it.
          </li>
          <li>
            The problems are in tabs; take them in any order. Each keeps its own code, in JavaScript or TypeScript.
          </li>
          <li>
            Run the examples or your own input, and Submit, as often as you like. Check complexity measures how your
            code grows.
          </li>
          <li>You are warned at 5 minutes and at 1 minute. Finish early whenever you are done.</li>
          <li>
            {settings.hints
              ? 'Hints are allowed: each one you reveal costs points (below).'
              : 'There are no hints in this attempt.'}
          </li>
        </ul>
      </section>
      <section aria-labelledby="score-heading">
        <h2 id="score-heading">How it is scored</h2>
        <ul data-testid="score-formula">
          {SCORE_FORMULA.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="recorded-heading">
        <h2 id="recorded-heading">What is recorded</h2>
        <p>
          Pastes into the editor (how many characters, into which problem) and leaving the page (another tab or window,
          and for how long). You see each record as it is made, and in your report.{' '}
          {settings.strict ? 'Strict mode is on: pasting and dropping text into the editor are blocked.' : ''}
        </p>
      </section>
      {reviewLink && (
        <section aria-labelledby="review-heading" className="stack">
          <h2 id="review-heading">Review afterwards</h2>
          <p>Send this link to a peer or an interviewer: it opens your attempt, with the guide, once it has ended.</p>
          <CopyLink label="Review link" url={reviewLink} testId="review-link" />
        </section>
      )}
      <button type="button" className="primary" onClick={start} disabled={busy || !connected}>
        {busy ? 'Starting…' : connected ? 'Start the clock' : 'Connecting…'}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
