import type { HintRecord } from '@dryrun/shared';
import { SafeMarkdown } from '../problem/Markdown.tsx';
import { clockTime } from './time.ts';

/** The hints the interviewer has revealed for the current problem, for everyone in the room. */
export function RevealedHints({ hints, problemSlug }: { hints: readonly HintRecord[]; problemSlug: string | null }) {
  const shown = hints.filter((h) => h.problemSlug === problemSlug);
  return (
    <section
      className="revealed-hints"
      aria-labelledby="revealed-hints-heading"
      data-testid="revealed-hints"
      hidden={shown.length === 0}
    >
      <h2 id="revealed-hints-heading">Hints from your interviewer</h2>
      <ol aria-live="polite">
        {shown.map((hint) => (
          <li key={hint.id} data-testid="revealed-hint">
            <p className="note-meta">
              Hint {hint.index + 1} · <time dateTime={hint.revealedAt}>{clockTime(hint.revealedAt)}</time>
            </p>
            <SafeMarkdown text={hint.text} />
          </li>
        ))}
      </ol>
    </section>
  );
}
