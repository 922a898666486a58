import type { SessionView } from '@dryrun/shared';
import type { ReactNode } from 'react';

/**
 * The header's part of a two-half session: which half this is, the way back to the first
 * half from the second, and the swap's controls (in the first half, while it is open).
 */
export function SessionHeader({
  session,
  firstHalfHref,
  swap,
}: {
  session: SessionView | null;
  /** The first half's room, from the second. */
  firstHalfHref: string | null;
  swap: ReactNode;
}) {
  if (!session && !swap) return null;
  const planned = session?.halves?.[session.half - 1];
  return (
    <div className="session-header">
      {session && (
        <span className="session-half" data-testid="session-half">
          Half {session.half} of 2
        </span>
      )}
      {planned && (
        <span className="session-minutes" data-testid="session-minutes">
          {planned.minutes} min planned
        </span>
      )}
      {firstHalfHref && <a href={firstHalfHref}>First half (read-only)</a>}
      {swap}
    </div>
  );
}
