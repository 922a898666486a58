import type { ProblemListing } from '@dryrun/shared';
import { useEffect, useState } from 'react';
import { listProblems } from '../api.ts';

export type ProblemListingState =
  | { status: 'loading' }
  | { status: 'ready'; problems: ProblemListing[] }
  | { status: 'failed'; message: string };

/** The problem set from `GET /api/problems`, fetched once `enabled` holds (e.g. a picker opens). */
export function useProblemListing(enabled = true): ProblemListingState {
  const [state, setState] = useState<ProblemListingState>({ status: 'loading' });
  const needed = enabled && state.status === 'loading';
  useEffect(() => {
    if (!needed) return;
    const abort = new AbortController();
    listProblems(abort.signal).then(
      (problems) => setState({ status: 'ready', problems }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const why = error instanceof Error ? error.message : String(error);
        setState({ status: 'failed', message: `Could not load the problem set: ${why}` });
      },
    );
    return () => abort.abort();
  }, [needed]);
  return state;
}
