import { isAtOrBefore, type PlacedEvent, type ReplayPosition, type SessionReplay } from '@dryrun/shared';
import { useCallback, useEffect, useRef, useState } from 'react';

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
  const playedRef = useRef(played);
  playedRef.current = played;

  const seekPlayed = useCallback(
    (to: number) => {
      const clamped = Math.max(0, Math.min(to, replay.clock.duration));
      setPosition(replay.positionAt(replay.clock.realAt(clamped)));
    },
    [replay],
  );

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const next = playedRef.current + (now - last) * speed;
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

  const current = replay.eventsBefore(position)[0] ?? null;
  const seekEvent = useCallback((placed: PlacedEvent) => setPosition(replay.positionOf(placed)), [replay]);

  return {
    position,
    played,
    playing,
    speed,
    current,
    toggle: () => {
      // Play from the start again once at the end.
      if (!playing && played >= replay.clock.duration) seekPlayed(0);
      setPlaying(!playing);
    },
    setSpeed,
    seekPlayed,
    seekEvent,
    nextEvent: () => {
      const next = replay.events.find((placed) => !isAtOrBefore(placed, position));
      if (next) seekEvent(next);
    },
    previousEvent: () => {
      const before = replay.events.filter(
        (placed) => isAtOrBefore(placed, position) && !(placed.edits === position.edits && placed.at === position.at),
      );
      const previous = before.at(-1);
      if (previous) seekEvent(previous);
      else seekPlayed(0);
    },
  };
}
