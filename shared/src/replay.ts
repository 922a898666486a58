/**
 * Plays a session back from its history ({@link SessionHistory}): the shared doc after any
 * number of edits, each timeline event at its exact place among them, and a clock that
 * skips idle stretches. The client's replay page and the server's tests read the code
 * through the same code, so "the code at a run's moment" means one thing.
 */
import * as Y from 'yjs';
import type { Edit } from './history.ts';
import { withAutomaticPhaseStarts } from './phases.ts';
import type { TimelineEvent } from './timeline.ts';

/** A doc state is kept every this many edits: a seek applies at most this many updates. */
export const CHECKPOINT_EVERY = 128;

/** Longer pauses than this play back as this long: a replay skips idle stretches. */
export const IDLE_GAP_MS = 1500;

/** An event of the timeline at its place in the replay. */
export interface PlacedEvent {
  event: TimelineEvent;
  /** Edits made before it (its own `edits`, or for an older event, those up to its time). */
  edits: number;
  /** Its time, in ms since the epoch. */
  at: number;
}

/** A place in the replay: after `edits` edits, at real time `at`. */
export interface ReplayPosition {
  edits: number;
  at: number;
}

/** A run of text typed by one writer (a Yjs client id). */
export interface AuthoredRun {
  text: string;
  clientId: number;
}

export class SessionReplay {
  /** The edits in the order they were applied, their times made non-decreasing. */
  readonly edits: readonly Edit[];
  readonly events: readonly PlacedEvent[];
  readonly clock: IdleSkippingClock;
  private readonly checkpoints: Uint8Array[] = [];

  constructor(edits: readonly Edit[], timeline: readonly TimelineEvent[]) {
    let latest = Number.NEGATIVE_INFINITY;
    this.edits = edits.map((edit) => {
      latest = Math.max(latest, edit.at);
      return { at: latest, update: edit.update };
    });
    const end = Math.max(latest, ...timeline.map((event) => Date.parse(event.at)));
    this.events = withAutomaticPhaseStarts(timeline, end).map((event) => {
      const at = Date.parse(event.at);
      const count = event.edits ?? this.editsUpTo(at);
      return { event, at, edits: Math.min(count, this.edits.length) };
    });
    this.clock = new IdleSkippingClock([...this.edits.map((e) => e.at), ...this.events.map((e) => e.at)]);
    const doc = new Y.Doc();
    this.edits.forEach((edit, index) => {
      if (index % CHECKPOINT_EVERY === 0) this.checkpoints.push(Y.encodeStateAsUpdate(doc));
      Y.applyUpdate(doc, edit.update);
    });
    if (this.edits.length % CHECKPOINT_EVERY === 0) this.checkpoints.push(Y.encodeStateAsUpdate(doc));
    doc.destroy();
  }

  /** How many edits were made by real time `at` (ms since the epoch). */
  editsUpTo(at: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.edits[middle]?.at ?? 0) <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The position at real time `at`: every edit up to it made. */
  positionAt(at: number): ReplayPosition {
    return { edits: this.editsUpTo(at), at };
  }

  /** The position of an event: exactly the edits before it. */
  positionOf(placed: PlacedEvent): ReplayPosition {
    return { edits: placed.edits, at: placed.at };
  }

  /** A new doc holding the shared doc after `count` edits (the caller destroys it). */
  docAt(count: number): Y.Doc {
    const doc = new Y.Doc();
    this.advance(doc, 0, count);
    return doc;
  }

  /**
   * Brings `doc`, which holds the first `from` edits, to `to` edits: forward by applying the
   * edits between, or from the nearest checkpoint when that is shorter (or `to` is behind).
   * Returns the doc that holds them: `doc` itself, or a new one (and `doc` destroyed).
   */
  advance(doc: Y.Doc, from: number, to: number): Y.Doc {
    const target = Math.max(0, Math.min(to, this.edits.length));
    let current = from;
    let into = doc;
    const checkpoint = Math.floor(target / CHECKPOINT_EVERY);
    if (target < from || target - from > target - checkpoint * CHECKPOINT_EVERY) {
      if (from > 0) {
        doc.destroy();
        into = new Y.Doc();
      }
      const state = this.checkpoints[checkpoint];
      if (state) Y.applyUpdate(into, state);
      current = checkpoint * CHECKPOINT_EVERY;
    }
    for (let index = current; index < target; index++) {
      const edit = this.edits[index];
      if (edit) Y.applyUpdate(into, edit.update);
    }
    return into;
  }

  /** The events at or before a position, last first: what had happened by then. */
  eventsBefore(position: ReplayPosition): PlacedEvent[] {
    return this.events.filter((placed) => isAtOrBefore(placed, position)).reverse();
  }
}

/** Whether an event had happened by a position: fewer edits before it, or as many and no later. */
export function isAtOrBefore(placed: PlacedEvent, position: ReplayPosition): boolean {
  return placed.edits < position.edits || (placed.edits === position.edits && placed.at <= position.at);
}

/**
 * A text as runs of one writer each: each character keeps the client id that typed it. Reads
 * the text's items in order (the deleted ones skipped), as Yjs' own `toDelta` does.
 */
export function authoredText(text: Y.Text): AuthoredRun[] {
  const runs: AuthoredRun[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    const last = runs.at(-1);
    if (last && last.clientId === item.id.client) last.text += item.content.str;
    else runs.push({ text: item.content.str, clientId: item.id.client });
  }
  return runs;
}

/**
 * Maps real time to playback time and back, with every pause longer than {@link IDLE_GAP_MS}
 * played as that long. Times are ms; playback time starts at 0 at the first moment.
 */
export class IdleSkippingClock {
  private readonly real: number[];
  private readonly played: number[];

  constructor(moments: readonly number[]) {
    this.real = [...new Set(moments)].sort((a, b) => a - b);
    this.played = [];
    let played = 0;
    this.real.forEach((real, index) => {
      if (index > 0) played += Math.min(real - (this.real[index - 1] ?? real), IDLE_GAP_MS);
      this.played.push(played);
    });
  }

  /** Playback length, ms. */
  get duration(): number {
    return this.played.at(-1) ?? 0;
  }

  /** The first moment, in real ms since the epoch (0 for an empty session). */
  get start(): number {
    return this.real[0] ?? 0;
  }

  /** Playback time of a real time. */
  playedAt(real: number): number {
    const index = lastAtOrBelow(this.real, real);
    if (index < 0) return 0;
    const base = this.played[index] ?? 0;
    const next = this.played[index + 1];
    const elapsed = real - (this.real[index] ?? real);
    return next === undefined ? base : Math.min(base + elapsed, next);
  }

  /** Real time of a playback time. */
  realAt(played: number): number {
    const index = Math.max(0, lastAtOrBelow(this.played, played));
    const real = this.real[index] ?? 0;
    const nextReal = this.real[index + 1];
    const elapsed = played - (this.played[index] ?? 0);
    return nextReal === undefined ? real : Math.min(real + elapsed, nextReal);
  }
}

/** The index of the last value ≤ `value` in ascending `values`, or -1. */
function lastAtOrBelow(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
