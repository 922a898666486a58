import { HINT_COST_SHARE, POINTS_BY_DIFFICULTY, type AssessmentProblem, type HintRecord } from '@dryrun/shared';
import { useState } from 'react';
import type { RequestResult } from '../sync/RoomConnection.ts';

/** In an attempt that allows hints: the next hint of the problem on screen, at its published cost. */
export function HintLadder({
  problem,
  hints,
  canReveal,
  onReveal,
}: {
  problem: AssessmentProblem;
  hints: readonly HintRecord[];
  canReveal: boolean;
  onReveal: (index: number) => Promise<RequestResult>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revealed = hints.filter((h) => h.problemSlug === problem.slug).length;
  const cost = Math.round(HINT_COST_SHARE * POINTS_BY_DIFFICULTY[problem.difficulty]);
  if (problem.hintCount === 0) return null;
  const reveal = async () => {
    setBusy(true);
    setError(null);
    const reply = await onReveal(revealed);
    setBusy(false);
    if (!reply.ok) setError(reply.message);
  };
  return (
    <section className="panel" aria-label="Hints">
      {revealed < problem.hintCount ? (
        <button type="button" onClick={reveal} disabled={busy || !canReveal}>
          Reveal hint {revealed + 1} of {problem.hintCount} (−{cost} points)
        </button>
      ) : (
        <p className="hint">Every hint of this problem is revealed.</p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
