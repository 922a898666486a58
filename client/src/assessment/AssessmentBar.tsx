import { useState } from 'react';
import type { RequestResult } from '../sync/RoomConnection.ts';
import { Countdown } from './Countdown.tsx';

/** The header's part of a running attempt: the time left and "Finish early", confirmed once. */
export function AssessmentBar({
  msLeft,
  canFinish,
  onFinish,
}: {
  msLeft: number;
  canFinish: boolean;
  onFinish: () => Promise<RequestResult>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finish = async () => {
    setBusy(true);
    setError(null);
    const reply = await onFinish();
    setBusy(false);
    if (reply.ok) setConfirming(false);
    else setError(reply.message);
  };
  return (
    <div className="assessment-bar">
      <Countdown msLeft={msLeft} />
      {canFinish &&
        (confirming ? (
          <fieldset className="finish-confirm" aria-label="Finish early">
            <span>Finish now? The latest code of every problem is judged.</span>
            <button type="button" className="primary" onClick={finish} disabled={busy}>
              {busy ? 'Finishing…' : 'Finish'}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              Keep going
            </button>
          </fieldset>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Finish early
          </button>
        ))}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
