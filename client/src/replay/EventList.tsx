import { EVENT_KIND_LABEL, eventText, momentKey, type PlacedEvent } from '@dryrun/shared';
import { memo, useEffect, useMemo, useRef } from 'react';
import { clockSecondsFormat } from '../report/reportFormat.ts';

/**
 * Every event of the session, oldest first; choosing one moves the replay to it. Drawn again
 * only when the current event changes (not every frame of playback).
 */
export const EventList = memo(function EventList({
  events,
  current,
  onSeek,
  titleOf,
}: {
  events: readonly PlacedEvent[];
  current: PlacedEvent | null;
  onSeek: (placed: PlacedEvent) => void;
  titleOf: (slug: string) => string;
}) {
  const list = useRef<HTMLOListElement>(null);
  const currentIndex = current ? events.indexOf(current) : -1;
  // Each event's time and words, once per session.
  const rows = useMemo(() => {
    const clock = clockSecondsFormat();
    return events.map((placed) => ({
      placed,
      time: clock.format(new Date(placed.at)),
      kind: EVENT_KIND_LABEL[placed.event.kind],
      text: eventText(placed.event, titleOf),
    }));
  }, [events, titleOf]);

  // Keeps the current event in view inside the list (never scrolls the page).
  useEffect(() => {
    const box = list.current;
    const item = box?.children[currentIndex] as HTMLElement | undefined;
    if (!box || !item) return;
    const top = item.offsetTop - box.offsetTop;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + item.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = top + item.offsetHeight - box.clientHeight;
    }
  }, [currentIndex]);

  return (
    <section className="replay-events" aria-labelledby="replay-events-title">
      <h2 id="replay-events-title">Events ({events.length})</h2>
      {events.length === 0 ? (
        <p className="replay-muted">Nothing happened on the timeline.</p>
      ) : (
        <ol className="replay-event-list" ref={list} data-testid="replay-events">
          {rows.map(({ placed, time, kind, text }, index) => (
            <li key={momentKey(placed.event)}>
              <button
                type="button"
                className={`replay-event replay-event-${placed.event.kind}`}
                aria-current={index === currentIndex ? 'true' : undefined}
                onClick={() => onSeek(placed)}
              >
                <time dateTime={placed.event.at} className="replay-event-time">
                  {time}
                </time>
                <span className="replay-event-kind">{kind}</span>
                <span className="replay-event-text">{text}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
