import { eventsOf, integrityText, type TimelineEvent } from '@dryrun/shared';
import { clockTime } from '../interview/time.ts';
import type { BlockedNote } from './useIntegrity.ts';

/** Who the strip speaks to: an attempt's page, or a pair room's candidate or interviewer. */
export type IntegrityAudience = 'attempt' | 'candidate' | 'interviewer';

const HEADING: Record<IntegrityAudience, string> = {
  attempt: 'Recorded about this attempt',
  candidate: 'Recorded about you',
  interviewer: 'Recorded about the candidate',
};

const WHO_SEES: Record<IntegrityAudience, string> = {
  attempt: 'Shown to you and a reviewer; never part of the score.',
  candidate: 'Shown to you and the interviewer, and in the session’s replay; never a score.',
  interviewer: 'What their page recorded, as they see it too, and in the session’s replay; never a score.',
};

/**
 * Everything the candidate's page has recorded about them (pastes, leaving the page), shown
 * to them as it happens: the same list a reviewer, the report and the replay get. Context,
 * never a term of a score.
 */
export function IntegrityStrip({
  timeline,
  titleOf,
  audience,
  strict,
  blocked,
}: {
  timeline: readonly TimelineEvent[];
  titleOf: (slug: string) => string;
  audience: IntegrityAudience;
  strict: boolean;
  blocked: BlockedNote | null;
}) {
  const recorded = eventsOf(timeline, 'integrity');
  const pastes = recorded.filter((e) => e.signal.kind === 'paste').length;
  const leaves = recorded.filter((e) => e.signal.kind === 'left').length;
  const stopped = recorded.filter((e) => e.signal.kind === 'pasteBlocked' || e.signal.kind === 'dropBlocked').length;
  const summary = [
    `${pastes} paste${pastes === 1 ? '' : 's'}`,
    `left the page ${leaves} time${leaves === 1 ? '' : 's'}`,
    ...(strict ? [`${stopped} blocked`] : []),
  ].join(' · ');
  return (
    <section className="panel integrity" aria-labelledby="integrity-heading" data-testid="integrity">
      <h2 id="integrity-heading">{HEADING[audience]}</h2>
      <p className="hint">
        {strict ? 'Strict mode: pasting and dropping text into the editor are off. ' : ''}
        {WHO_SEES[audience]}
      </p>
      {blocked && (
        <p className="notice" role="alert" key={blocked.at}>
          {blocked.text}
        </p>
      )}
      <details>
        <summary aria-live="polite">{summary}</summary>
        {recorded.length === 0 ? (
          <p className="hint">Nothing yet.</p>
        ) : (
          <ol className="integrity-list">
            {recorded.map((event) => (
              <li key={event.seq}>
                <time dateTime={event.at}>{clockTime(event.at)}</time> {integrityText(event.signal, titleOf)}
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
