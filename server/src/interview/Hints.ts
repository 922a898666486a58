import { randomBytes } from 'node:crypto';
import type { Problem } from '@dryrun/problems';
import { type Author, canAccessPrivate, DryRunError, type HintRecord, type InterviewerGuide } from '@dryrun/shared';
import type { ProblemCatalog } from '../problems/ProblemCatalog.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store, StoredHint } from '../store/Store.ts';

export interface GuideReader extends Author {
  roomId: string;
}

/**
 * The interviewer guide of the room's problem, and the hints revealed from it. The guide is
 * answered to interviewers only, on request; a hint reaches the room only once an
 * interviewer reveals it, and is recorded once (revealing it again changes nothing).
 */
export class Hints {
  constructor(private readonly deps: { store: Store; rooms: RoomService; catalog: ProblemCatalog }) {}

  /** The current problem's guide; null on a blank pad. */
  async guide(who: GuideReader): Promise<InterviewerGuide | null> {
    const problem = await this.problemFor(who);
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
   * next one is revealed only after those before it. Returns the record and whether it is new.
   */
  async reveal(who: GuideReader, index: number): Promise<{ hint: HintRecord; created: boolean }> {
    const problem = await this.problemFor(who);
    if (!problem) throw new DryRunError('MALFORMED', 'This room has no problem, so no hints to reveal.');
    const hints = problem.guide?.hints ?? [];
    const text = hints[index];
    if (text === undefined) {
      throw new DryRunError(
        'MALFORMED',
        `"${problem.title}" has ${hints.length} hints; there is no hint ${index + 1}.`,
      );
    }
    const revealed = (await this.deps.store.listHints(who.roomId)).filter((h) => h.problemSlug === problem.slug);
    const already = revealed.find((h) => h.index === index);
    if (already) return { hint: toRecord(already), created: false };
    if (index > revealed.length) {
      throw new DryRunError('MALFORMED', `Hints go in order: reveal hint ${revealed.length + 1} first.`);
    }
    const stored: StoredHint = {
      id: randomBytes(9).toString('base64url'),
      roomId: who.roomId,
      problemSlug: problem.slug,
      index,
      text,
      revealedAt: new Date().toISOString(),
      by: { name: who.name, role: who.role },
    };
    // Two interviewers clicking at once: the store keeps the first, and both get it.
    const { hint, created } = await this.deps.store.revealHint(stored);
    const record = toRecord(hint);
    if (created) (await this.deps.rooms.loaded(who.roomId))?.broadcastHint(record);
    return { hint: record, created };
  }

  /** The hints revealed in a room, oldest first (for anyone joining). */
  async history(roomId: string): Promise<HintRecord[]> {
    return (await this.deps.store.listHints(roomId)).map(toRecord);
  }

  private async problemFor(who: GuideReader): Promise<Problem | undefined> {
    if (!canAccessPrivate(who.role)) {
      throw new DryRunError('FORBIDDEN', 'The interviewer guide is for interviewers only.');
    }
    const record = await this.deps.store.getRoom(who.roomId);
    if (!record) throw new DryRunError('ROOM_NOT_FOUND', 'The room is not open.');
    return record.problemSlug ? this.deps.catalog.get(record.problemSlug) : undefined;
  }
}

function toRecord({ roomId: _, ...record }: StoredHint): HintRecord {
  return record;
}
