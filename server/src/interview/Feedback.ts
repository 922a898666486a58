import {
  type Author,
  canAccessPrivate,
  claimLog,
  DryRunError,
  type EvidenceKind,
  type FeedbackRating,
  type FeedbackStatus,
  type RatingRequest,
  type Role,
  RUBRIC,
  RUBRIC_DIMENSIONS,
  type ScorecardInput,
  type SubmittedScorecard,
  thinkAloudLog,
} from '@dryrun/shared';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store } from '../store/Store.ts';

export interface Scorer extends Author {
  roomId: string;
}

/** Runs looked at when checking evidence and writing a report. */
export const RUNS_IN_REPORT = 500;

/**
 * The scorecard and the candidate's rating of it. A scorecard is submitted once, complete,
 * and never changes after; every piece of evidence it cites must be something that happened
 * in the room. Its draft lives in the private doc, which only interviewers receive.
 */
export class Feedback {
  constructor(private readonly deps: { store: Store; rooms: RoomService }) {}

  async submit(who: Scorer, input: ScorecardInput): Promise<SubmittedScorecard> {
    if (!canAccessPrivate(who.role)) throw new DryRunError('FORBIDDEN', 'Only an interviewer submits the scorecard.');
    if (await this.deps.store.getScorecard(who.roomId)) throw submittedAlready();
    const known = await this.evidenceIn(who.roomId);
    for (const dimension of RUBRIC_DIMENSIONS) {
      for (const ref of input.scores[dimension].evidence) {
        if (!known[ref.kind].has(ref.id)) {
          throw new DryRunError(
            'MALFORMED',
            `${RUBRIC[dimension].label} cites a ${ref.kind} that is not in this room (${ref.id}).`,
          );
        }
      }
    }
    const scorecard: SubmittedScorecard = {
      ...input,
      submittedAt: new Date().toISOString(),
      by: { name: who.name, role: who.role },
    };
    // Two interviewers submitting at once: the store keeps the first.
    if (!(await this.deps.store.submitScorecard(who.roomId, scorecard))) throw submittedAlready();
    (await this.deps.rooms.loaded(who.roomId))?.broadcastFeedback({ submittedAt: scorecard.submittedAt });
    return scorecard;
  }

  async status(roomId: string): Promise<FeedbackStatus> {
    const scorecard = await this.deps.store.getScorecard(roomId);
    return { submittedAt: scorecard?.submittedAt ?? null };
  }

  /** The candidate rates the feedback once it is there; rating again replaces the rating. */
  async rate(roomId: string, role: Role, request: RatingRequest): Promise<FeedbackRating> {
    if (role !== 'candidate') throw new DryRunError('FORBIDDEN', 'The candidate rates the feedback they received.');
    if (!(await this.deps.store.getScorecard(roomId))) {
      throw new DryRunError('NOT_READY', 'There is no feedback to rate yet.');
    }
    const rating: FeedbackRating = {
      stars: request.stars,
      comment: request.comment,
      ratedAt: new Date().toISOString(),
    };
    await this.deps.store.rateFeedback(roomId, rating);
    return rating;
  }

  /** The ids of everything a score may cite in this room, by kind. */
  private async evidenceIn(roomId: string): Promise<Record<EvidenceKind, Set<string>>> {
    const [doc, runs, hints] = await Promise.all([
      this.deps.rooms.readShared(roomId),
      this.deps.store.listRuns(roomId, RUNS_IN_REPORT),
      this.deps.store.listHints(roomId),
    ]);
    return {
      note: new Set(thinkAloudLog(doc).map((n) => n.id)),
      claim: new Set(claimLog(doc).map((c) => c.id)),
      run: new Set(runs.map((r) => r.id)),
      hint: new Set(hints.map((h) => h.id)),
    };
  }
}

function submittedAlready(): DryRunError {
  return new DryRunError('CONFLICT', 'The scorecard is submitted; it can no longer change.');
}
