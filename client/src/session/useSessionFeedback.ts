import { DryRunError, type SessionFeedbackView } from '@dryrun/shared';
import { useCallback, useEffect, useState } from 'react';
import { fetchSessionFeedback } from '../api.ts';

/**
 * How often a sealed session's feedback is asked for again while the page is in view: what
 * the other person submits in the other half's room is on no timeline this page hears.
 */
export const SEALED_RECHECK_MS = 30_000;

export type SessionFeedbackState =
  | { status: 'loading' }
  | { status: 'ready'; view: SessionFeedbackView | null }
  | { status: 'failed'; message: string };

/**
 * Where the session's feedback stands (`GET /api/rooms/:id/session`), fetched again whenever
 * `changes` changes (a scorecard or the release on the room's timeline), when `reload` asks
 * (after one's own rating), when the tab comes back into view, and now and then while sealed.
 * What was last heard stays on screen while it is asked again.
 */
export function useSessionFeedback(
  roomId: string,
  token: string,
  changes: number,
): { state: SessionFeedbackState; reload: () => void } {
  const [state, setState] = useState<SessionFeedbackState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `changes` and `attempt` are how it is asked again.
  useEffect(() => {
    const abort = new AbortController();
    fetchSessionFeedback(roomId, token, abort.signal).then(
      (view) => setState({ status: 'ready', view }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const message =
          error instanceof DryRunError ? error.message : 'The server could not be reached; it is asked again shortly.';
        // A refusal to ask again is news; a passing failure leaves what was heard last.
        setState((last) =>
          last.status === 'ready' && !(error instanceof DryRunError) ? last : { status: 'failed', message },
        );
      },
    );
    return () => abort.abort();
  }, [roomId, token, changes, attempt]);

  const sealed = state.status !== 'ready' || (state.view !== null && !state.view.released);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    const timer = sealed
      ? setInterval(() => {
          if (document.visibilityState === 'visible') reload();
        }, SEALED_RECHECK_MS)
      : undefined;
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, [sealed, reload]);

  return { state, reload };
}
