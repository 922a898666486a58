import {
  canAccessPrivate,
  claimsOf,
  DryRunError,
  type EvidenceKind,
  type FeedbackRating,
  feedbackOf,
  hintsOf,
  notesOf,
  type RatingRequest,
  type Role,
  RUBRIC,
  RUBRIC_DIMENSIONS,
  type ScorecardInput,
  type SubmittedScorecard,
  type TimelineEvent,
} from '@dryrun/shared';
import { actorOf, authorOf, type Caller } from '../rooms/Caller.ts';
import type { Clock } from '../clock.ts';
import type { RoomRecord, Store } from '../store/Store.ts';
import type { SessionFeedback } from './SessionFeedback.ts';

/** Runs looked at when checking evidence and writing a report. */
export const RUNS_IN_REPORT = 500;

/**
 * The scorecard and the candidate's rating of it. A scorecard is submitted once, complete,
 * and never changes after; every piece of evidence it cites must be something that happened
 * in the room. Its draft lives in the private doc, which only interviewers receive.
 */
export class Feedback {
  constructor(private readonly deps: { store: Store; sessions: SessionFeedback; clock: Clock }) {}

  async submit(caller: Caller, input: ScorecardInput): Promise<SubmittedScorecard> {
    const { room } = caller;
    if (!canAccessPrivate(caller.role))
      throw new DryRunError('FORBIDDEN', 'Only an interviewer submits the scorecard.');
    if (feedbackOf(room.timeline).submittedAt) throw submittedAlready();
    const known = await this.evidenceIn(room.id, room.timeline);
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
    const at = this.deps.clock.now();
    const scorecard: SubmittedScorecard = { ...input, submittedAt: at.toISOString(), by: authorOf(caller) };
    // Two interviewers submitting at once: the store keeps the first.
    const event = await room.commit((edits) =>
      this.deps.store.submitScorecard(room.id, scorecard, {
        kind: 'scorecard',
        submittedAt: scorecard.submittedAt,
        at,
        by: actorOf(caller),
        edits,
        key: 'scorecard',
      }),
    );
    if (!event) throw submittedAlready();
    await this.deps.sessions.scored(room.record);
    return scorecard;
  }

  /**
   * The candidate rates the feedback once it is there (rating again replaces the rating), or,
   * in a two-half session, their interviewer, once, before the feedback is released (sealed
   * until then).
   */
  async rate(room: RoomRecord, role: Role, request: RatingRequest): Promise<FeedbackRating> {
    if (role !== 'candidate') throw new DryRunError('FORBIDDEN', 'The candidate rates the feedback they received.');
    const { sessions, store } = this.deps;
    const rating: FeedbackRating = {
      stars: request.stars,
      comment: request.comment,
      ratedAt: this.deps.clock.now().toISOString(),
    };
    if (await sessions.halvesOf(room)) {
      await sessions.rate(room, rating);
      return rating;
    }
    if (!(await store.getScorecard(room.id))) throw new DryRunError('NOT_READY', 'There is no feedback to rate yet.');
    await store.rateFeedback(room.id, rating);
    return rating;
  }

  /** The ids of everything a score may cite in this room, by kind. */
  private async evidenceIn(
    roomId: string,
    timeline: readonly TimelineEvent[],
  ): Promise<Record<EvidenceKind, Set<string>>> {
    const runs = await this.deps.store.listRuns(roomId, RUNS_IN_REPORT);
    return {
      note: new Set(notesOf(timeline).map((n) => n.id)),
      claim: new Set(claimsOf(timeline).map((c) => c.id)),
      run: new Set(runs.map((r) => r.id)),
      hint: new Set(hintsOf(timeline).map((h) => h.id)),
    };
  }
}

function submittedAlready(): DryRunError {
  return new DryRunError('CONFLICT', 'The scorecard is submitted; it can no longer change.');
}
