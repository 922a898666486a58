import { type AssessmentProblem, eventsOf, integrityText, type TimelineEvent } from '@dryrun/shared';
import { clockTime } from '../interview/time.ts';
import type { BlockedNote } from './useIntegrity.ts';

/**
 * Everything this attempt's page has recorded about the candidate, shown to them as it
 * happens: the same list a reviewer and the report get. Context, never a term of the score.
 */
export function IntegrityStrip({
  timeline,
  problems,
  strict,
  blocked,
}: {
  timeline: readonly TimelineEvent[];
  problems: readonly AssessmentProblem[];
  strict: boolean;
  blocked: BlockedNote | null;
}) {
  const recorded = eventsOf(timeline, 'integrity');
  const titleOf = (slug: string) => problems.find((p) => p.slug === slug)?.title ?? slug;
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
      <h2 id="integrity-heading">Recorded about this attempt</h2>
      <p className="hint">
        {strict ? 'Strict mode: pasting and dropping text into the editor are off. ' : ''}
        Shown to you and a reviewer; never part of the score.
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
