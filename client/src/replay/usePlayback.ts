import { isAtOrBefore, type PlacedEvent, type ReplayPosition, type SessionReplay } from '@dryrun/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export const SPEEDS = [1, 2, 4, 8, 16] as const;
export type Speed = (typeof SPEEDS)[number];

/** How far J and L move the playhead, in playback ms. */
export const JUMP_MS = 10_000;

export interface Playback {
  position: ReplayPosition;
  /** Playback time of the position, ms from the start (idle stretches skipped). */
  played: number;
  playing: boolean;
  speed: Speed;
  /** The last event at or before the position, if any. */
  current: PlacedEvent | null;
  toggle(): void;
  setSpeed(speed: Speed): void;
  seekPlayed(played: number): void;
  seekEvent(placed: PlacedEvent): void;
  nextEvent(): void;
  previousEvent(): void;
}

/**
 * The replay's playhead: where it is, and playing it forward at a speed, frame by frame.
 * Seeking to an event puts the playhead exactly at it (after exactly its edits).
 */
export function usePlayback(replay: SessionReplay, start: PlacedEvent | null): Playback {
  const [position, setPosition] = useState<ReplayPosition>(() =>
    start ? replay.positionOf(start) : replay.positionAt(replay.clock.start),
  );
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const played = replay.clock.playedAt(position.at);
  // Where the playhead is, for the frame loop: set by every render and by the loop itself.
  const playedRef = useRef(played);
  playedRef.current = played;
  // The events in the order they happened (their place among the edits, then time): what
  // Next and Previous step through.
  const ordered = useMemo(
    () =>
      replay.events
        .map((placed, index) => ({ placed, index }))
        .sort((a, b) => a.placed.edits - b.placed.edits || a.placed.at - b.placed.at || a.index - b.index)
        .map(({ placed }) => placed),
    [replay],
  );

  // The event last gone to, while the playhead is on it: events at one place stay apart.
  const [chosen, setChosen] = useState<PlacedEvent | null>(start);
  const seekPlayed = useCallback(
    (to: number) => {
      const clamped = Math.max(0, Math.min(to, replay.clock.duration));
      setChosen(null);
      setPosition(replay.positionAt(replay.clock.realAt(clamped)));
    },
    [replay],
  );

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const next = playedRef.current + (now - last) * speed;
      playedRef.current = next;
      last = now;
      if (next >= replay.clock.duration) {
        seekPlayed(replay.clock.duration);
        setPlaying(false);
        return;
      }
      seekPlayed(next);
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, replay, seekPlayed]);

  const onChosen = chosen !== null && chosen.edits === position.edits && chosen.at === position.at;
  const current = onChosen ? chosen : (ordered.findLast((placed) => isAtOrBefore(placed, position)) ?? null);
  const seekEvent = useCallback(
    (placed: PlacedEvent) => {
      setChosen(placed);
      setPosition(replay.positionOf(placed));
    },
    [replay],
  );

  return {
    position,
    played,
    playing,
    speed,
    current,
    toggle: () => {
      // Play from the start again once at the end.
      if (!playing && played >= replay.clock.duration) seekPlayed(0);
      setPlaying((was) => !was);
    },
    setSpeed,
    seekPlayed,
    seekEvent,
    nextEvent: () => {
      const at = current ? ordered.indexOf(current) : -1;
      const next = ordered[at + 1];
      if (next) seekEvent(next);
    },
    previousEvent: () => {
      // From an event, the one before it; from between two, the one just passed.
      const at = current ? ordered.indexOf(current) : -1;
      const onIt = current !== null && current.edits === position.edits && current.at === position.at;
      const previous = ordered[onIt ? at - 1 : at];
      if (previous) seekEvent(previous);
      else seekPlayed(0);
    },
  };
}
