import { randomBytes } from 'node:crypto';
import type { Problem } from '@dryrun/problems';
import { canAccessPrivate, DryRunError, type HintRecord, hintsOf, type InterviewerGuide } from '@dryrun/shared';
import type { ProblemCatalog } from '../problems/ProblemCatalog.ts';
import { actorOf, authorOf, type Caller } from '../rooms/Caller.ts';
import type { Store } from '../store/Store.ts';

/**
 * The interviewer guide of the room's problem, and the hints revealed from it. The guide is
 * answered to interviewers only, on request; a hint reaches the room only once an
 * interviewer reveals it, and is put on the timeline once (revealing it again changes nothing).
 */
export class Hints {
  constructor(private readonly deps: { store: Store; catalog: ProblemCatalog }) {}

  /** The current problem's guide; null on a blank pad. */
  guide(caller: Caller): InterviewerGuide | null {
    const problem = this.problemFor(caller);
    if (!problem?.guide) return null;
    const { hints, followUps, mistakes, rubric } = problem.guide;
    return {
      problemSlug: problem.slug,
      hints: [...hints],
      followUps: [...followUps],
      mistakes: [...mistakes],
      rubric,
      solution: problem.reference ?? '',
      complexity: { ...problem.complexity },
    };
  }

  /**
   * Shows hint `index` of the current problem's ladder to the room. Hints go in order: the
   * next one is revealed only after those before it. Returns whether it is new.
   */
  async reveal(caller: Caller, index: number): Promise<{ created: boolean }> {
    const problem = this.revealerOf(caller);
    if (!problem) throw new DryRunError('MALFORMED', 'This room has no problem, so no hints to reveal.');
    const hints = problem.guide?.hints ?? [];
    const text = hints[index];
    if (text === undefined) {
      throw new DryRunError(
        'MALFORMED',
        `"${problem.title}" has ${hints.length} hints; there is no hint ${index + 1}.`,
      );
    }
    const { room } = caller;
    // Checked where the timeline cannot change underneath: two interviewers clicking at
    // once get one record.
    const event = await room.commit(async (edits) => {
      room.assertOpen();
      const revealed = hintsOf(room.timeline).filter((h) => h.problemSlug === problem.slug);
      if (revealed.some((h) => h.index === index)) return null;
      if (index > revealed.length) {
        throw new DryRunError('MALFORMED', `Hints go in order: reveal hint ${revealed.length + 1} first.`);
      }
      const at = new Date();
      const hint: HintRecord = {
        id: randomBytes(9).toString('base64url'),
        problemSlug: problem.slug,
        index,
        text,
        revealedAt: at.toISOString(),
        by: authorOf(caller),
      };
      return this.deps.store.appendEvent(room.id, {
        kind: 'hint',
        hint,
        at,
        by: actorOf(caller),
        edits,
        key: `hint:${problem.slug}:${index}`,
      });
    });
    return { created: event !== null };
  }

  /**
   * The problem whose hints the caller may reveal: an interviewer's, or an assessment's
   * candidate's where its hints are allowed (each at a published cost), while it runs.
   */
  private revealerOf(caller: Caller): Problem | undefined {
    const { room, role } = caller;
    const settings = room.record.assessment;
    if (!settings) {
      room.assertOpen();
      return this.problemFor(caller);
    }
    if (role !== 'candidate') throw new DryRunError('FORBIDDEN', 'In an assessment, only the candidate reveals hints.');
    if (!settings.hints) throw new DryRunError('FORBIDDEN', 'Hints are off in this assessment.');
    room.assertOpen();
    return room.problemSlug ? this.deps.catalog.get(room.problemSlug) : undefined;
  }

  private problemFor({ role, room }: Caller): Problem | undefined {
    if (!canAccessPrivate(role)) {
      throw new DryRunError('FORBIDDEN', 'The interviewer guide is for interviewers only.');
    }
    return room.problemSlug ? this.deps.catalog.get(room.problemSlug) : undefined;
  }
}
