import {
  DryRunError,
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
import type { Logger } from 'pino';
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
 * all four are in (`feedbackReleased` then goes on both halves' timelines, to tell those in
 * them) or until `SESSION_LIMITS.sealHours` after the first of them. A room of one half has
 * no seal. A session's ratings and its release take turns, so no rating lands after it.
 */
export class SessionFeedback {
  /** Per session (its first half's id): the last rating or release under way. */
  private readonly turns = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: { store: Store; rooms: RoomService; clock: Clock; log: Logger }) {}

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
    return halves ? this.viewOf(halves) : null;
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

  /** The candidate of a half of a session rates its interviewer: once, before the release. */
  async rate(room: RoomRecord, rating: FeedbackRating): Promise<void> {
    const halves = await this.halvesOf(room);
    if (!halves) throw new Error(`room ${room.id} is not a half of a session`);
    await this.inTurn(halves, async () => {
      if ((await this.viewOf(halves)).released) {
        throw new DryRunError('CONFLICT', 'The feedback is released: the ratings are final.');
      }
      if (await this.deps.store.getRating(room.id)) {
        throw new DryRunError('CONFLICT', 'You rated your interviewer already; a rating is final.');
      }
      await this.deps.store.rateFeedback(room.id, rating);
      await this.announceIfComplete(halves);
    });
  }

  /** After a scorecard: once both halves have both, everyone in either hears the release. */
  async scored(room: RoomRecord): Promise<void> {
    const halves = await this.halvesOf(room);
    if (halves) await this.inTurn(halves, () => this.announceIfComplete(halves));
  }

  private async viewOf(halves: readonly string[]): Promise<SessionFeedbackView> {
    const [written, timelines] = await Promise.all([
      Promise.all(halves.map((roomId) => this.writtenIn(roomId))),
      Promise.all(halves.map((roomId) => this.deps.rooms.timeline(roomId))),
    ]);
    const first = firstSubmission(written);
    const releasesAt = first === null ? null : new Date(first + SEAL_MS);
    const released =
      isComplete(written) ||
      timelines.some(feedbackReleasedIn) ||
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
   * Puts `feedbackReleased` on both halves' timelines once all four are in (once each: a
   * second caller finds it there). The release follows from what is stored; the event only
   * tells those in the rooms, so failing to write it is logged, not thrown at the submitter.
   */
  private async announceIfComplete(halves: readonly string[]): Promise<void> {
    const written = await Promise.all(halves.map((roomId) => this.writtenIn(roomId)));
    if (!isComplete(written)) return;
    for (const roomId of halves) {
      try {
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
      } catch (error) {
        this.deps.log.error({ err: error, roomId }, 'the release of feedback could not be announced');
      }
    }
  }

  /** Runs `work` after the session's last rating or release, and before its next. */
  private inTurn<T>(halves: readonly string[], work: () => Promise<T>): Promise<T> {
    const key = halves[0] ?? '';
    const done = (this.turns.get(key) ?? Promise.resolve()).then(work);
    const settled = done.catch(() => {});
    this.turns.set(key, settled);
    void settled.then(() => {
      if (this.turns.get(key) === settled) this.turns.delete(key);
    });
    return done;
  }

  private async writtenIn(roomId: string): Promise<HalfWritten> {
    const [scorecard, rating] = await Promise.all([
      this.deps.store.getScorecard(roomId),
      this.deps.store.getRating(roomId),
    ]);
    return { roomId, scorecard, rating };
  }
}

/** Both halves have their scorecard and their rating. */
function isComplete(written: readonly HalfWritten[]): boolean {
  return written.length === 2 && written.every((half) => half.scorecard && half.rating);
}

/** When the first scorecard or rating of the session came in (ms), or null. */
function firstSubmission(written: readonly HalfWritten[]): number | null {
  const times = written.flatMap((half) =>
    [half.scorecard?.submittedAt, half.rating?.ratedAt].filter((at): at is string => at !== undefined),
  );
  return times.length === 0 ? null : Math.min(...times.map((at) => Date.parse(at)));
}
