import { momentKey, type PlacedEvent, type SessionReplay } from '@dryrun/shared';
import { type MouseEvent, useMemo } from 'react';

/**
 * The session at a glance: a mark for every event where it happened (idle stretches
 * skipped), and the playhead. Clicking moves the playhead there; the slider beside it and
 * the event list do the same by keyboard.
 */
export function TimelineStrip({
  replay,
  played,
  onSeekPlayed,
}: {
  replay: SessionReplay;
  played: number;
  onSeekPlayed: (played: number) => void;
}) {
  const { duration } = replay.clock;
  // Where each mark goes, once per session.
  const marks = useMemo(
    () =>
      replay.events.map((placed: PlacedEvent) => ({
        placed,
        left: `${duration === 0 ? 0 : (replay.clock.playedAt(placed.at) / duration) * 100}%`,
      })),
    [replay, duration],
  );
  const seek = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onSeekPlayed(((event.clientX - box.left) / box.width) * duration);
  };
  return (
    // A picture that takes clicks: the slider and the event list are its keyboard equivalents.
    <div className="replay-strip" aria-hidden="true" onClick={seek} data-testid="replay-strip">
      {marks.map(({ placed, left }) => (
        <span
          key={momentKey(placed.event)}
          className={`replay-mark replay-mark-${placed.event.kind}`}
          style={{ left }}
        />
      ))}
      <span className="replay-playhead" style={{ left: `${duration === 0 ? 0 : (played / duration) * 100}%` }} />
    </div>
  );
}
