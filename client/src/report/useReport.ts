import { DryRunError, type ErrorReason } from '@dryrun/shared';
import { useCallback, useEffect, useState } from 'react';

/** How often a page waiting for the scorecard asks again. */
export const NOT_READY_RECHECK_MS = 10_000;

export type ReportState<R> =
  | { status: 'loading' }
  | { status: 'ready'; report: R }
  /** The interviewer has not submitted yet; `checking` while a re-check is on its way. */
  | { status: 'not_ready'; checking: boolean }
  /** The server said no (a bad token, an observer's link, no such room). */
  | { status: 'refused'; reason: ErrorReason; message: string }
  /** The server could not be reached. */
  | { status: 'offline' };

/** Fetches a report (the feedback report, an attempt's report) with the link's token. */
export type ReportLoader<R> = (roomId: string, token: string, signal: AbortSignal) => Promise<R>;

/**
 * A report, fetched once; while it is not ready, fetched again every
 * {@link NOT_READY_RECHECK_MS} and whenever the tab comes back into view. `reload` asks now.
 */
export function useReport<R>(
  roomId: string,
  token: string,
  load: ReportLoader<R>,
): { state: ReportState<R>; reload: () => void } {
  const [state, setState] = useState<ReportState<R>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is how reload() asks again.
  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    // Waiting for the scorecard: keep saying so while asking again, rather than flash "loading".
    setState((s) => (s.status === 'not_ready' ? { status: 'not_ready', checking: true } : { status: 'loading' }));
    load(roomId, token, abort.signal).then(
      (report) => setState({ status: 'ready', report }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (!(error instanceof DryRunError)) setState({ status: 'offline' });
        else if (error.reason === 'NOT_READY') setState({ status: 'not_ready', checking: false });
        else setState({ status: 'refused', reason: error.reason, message: error.message });
      },
    );
    return () => abort.abort();
  }, [roomId, token, load, attempt]);

  const waiting = state.status === 'not_ready' && !state.checking;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(reload, NOT_READY_RECHECK_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [waiting, reload]);

  return { state, reload };
}
