import {
  type FeedbackRating,
  feedbackOf,
  feedbackReleasedIn,
  type HalfFeedback,
  HALVES,
  SESSION_LIMITS,
  type SessionFeedbackView,
  type SubmittedScorecard,
  swapStateOf,
} from '@dryrun/shared';
import type { Clock } from '../clock.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { RoomRecord, Store } from '../store/Store.ts';

const SEAL_MS = SESSION_LIMITS.sealHours * 3_600_000;

/** A half's room with what has been written in it. */
interface HalfWritten {
  roomId: string;
  scorecard: SubmittedScorecard | undefined;
  rating: FeedbackRating | undefined;
}

/**
 * The seal on a two-half session's feedback: each person scores the half they interviewed
 * and rates the interviewer of the other, and nobody reads what was written about them until
 * all four are in (then `feedbackReleased` goes on both halves' timelines) or until
 * `SESSION_LIMITS.sealHours` after the first of them. A room of one half has no seal.
 */
export class SessionFeedback {
  constructor(private readonly deps: { store: Store; rooms: RoomService; clock: Clock }) {}

  /** The rooms of the session `room` is a half of, first half first; null for a room of one half. */
  async halvesOf(room: RoomRecord): Promise<string[] | null> {
    if (room.session?.half === 2 && room.session.firstHalf) return [room.session.firstHalf, room.id];
    const swap = swapStateOf(await this.deps.rooms.timeline(room.id));
    if (swap.state === 'swapped') return [room.id, swap.roomId];
    return room.session ? [room.id] : null;
  }

  /** Where the session's feedback stands; null for a room of one half. */
  async view(room: RoomRecord): Promise<SessionFeedbackView | null> {
    const halves = await this.halvesOf(room);
    if (!halves) return null;
    const written = await Promise.all(halves.map((roomId) => this.writtenIn(roomId)));
    const first = firstSubmission(written);
    const releasesAt = first === null ? null : new Date(first + SEAL_MS);
    const released =
      feedbackReleasedIn(await this.deps.rooms.timeline(room.id)) ||
      (releasesAt !== null && this.deps.clock.now() >= releasesAt);
    return {
      halves: written.map(
        (half, index): HalfFeedback => ({
          half: HALVES[index] ?? 2,
          roomId: half.roomId,
          scorecard: half.scorecard !== undefined,
          rating: half.rating !== undefined,
        }),
      ),
      released,
      releasesAt: releasesAt?.toISOString() ?? null,
    };
  }

  /**
   * Whether the candidate of `room` may read what was written about them (its report, its
   * replay): in a room of one half once the scorecard is in, in a session once released.
   */
  async releasedToCandidate(room: RoomRecord): Promise<boolean> {
    const view = await this.view(room);
    if (view) return view.released;
    return feedbackOf(await this.deps.rooms.timeline(room.id)).submittedAt !== null;
  }

  /**
   * After a scorecard or a rating: once both halves have both, the feedback is released on
   * both halves' timelines (once: a second caller finds it there).
   */
  async releaseIfComplete(room: RoomRecord): Promise<void> {
    const halves = await this.halvesOf(room);
    if (halves?.length !== 2) return;
    const written = await Promise.all(halves.map((roomId) => this.writtenIn(roomId)));
    if (!written.every((half) => half.scorecard && half.rating)) return;
    for (const roomId of halves) {
      await this.deps.rooms.use(roomId, (live) =>
        live.commit((edits) =>
          this.deps.store.appendEvent(roomId, {
            kind: 'feedbackReleased',
            at: this.deps.clock.now(),
            by: null,
            edits,
            key: 'feedbackReleased',
          }),
        ),
      );
    }
  }

  private async writtenIn(roomId: string): Promise<HalfWritten> {
    const [scorecard, rating] = await Promise.all([
      this.deps.store.getScorecard(roomId),
      this.deps.store.getRating(roomId),
    ]);
    return { roomId, scorecard, rating };
  }
}

/** When the first scorecard or rating of the session came in (ms), or null. */
function firstSubmission(written: readonly HalfWritten[]): number | null {
  const times = written.flatMap((half) =>
    [half.scorecard?.submittedAt, half.rating?.ratedAt].filter((at): at is string => at !== undefined),
  );
  return times.length === 0 ? null : Math.min(...times.map((at) => Date.parse(at)));
}
