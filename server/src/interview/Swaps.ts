import { DryRunError, eventsOf, feedbackOf, SESSION_LIMITS, type SwapRequest, swapStateOf } from '@dryrun/shared';
import type { Clock } from '../clock.ts';
import { actorOf, type Caller } from '../rooms/Caller.ts';
import type { LiveRoom } from '../rooms/LiveRoom.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store } from '../store/Store.ts';
import type { SessionFeedback } from './SessionFeedback.ts';

/**
 * "Swap roles": one of the pair proposes, the other accepts (or declines), and the session
 * goes on in a second room where their links carry the other role (`session.ts`). All of it
 * is on the first half's timeline; the second half's room is made at acceptance, once.
 */
export class Swaps {
  constructor(private readonly deps: { store: Store; rooms: RoomService; sessions: SessionFeedback; clock: Clock }) {}

  async set(caller: Caller, request: SwapRequest): Promise<void> {
    const { room, role } = caller;
    if (role === 'observer') throw new DryRunError('FORBIDDEN', 'The pair swaps roles; an observer watches.');
    if (room.record.assessment) throw new DryRunError('MALFORMED', 'A solo assessment has no one to swap roles with.');
    if (room.record.session?.half === 2) {
      throw new DryRunError('MALFORMED', 'This is the second half: the roles were swapped once already.');
    }
    await room.commit(async (edits) => {
      const swap = swapStateOf(room.timeline);
      if (swap.state === 'swapped') throw new DryRunError('CONFLICT', 'The roles are swapped already.');
      const mine = swap.state === 'proposed' && swap.by === role;
      const theirs = swap.state === 'proposed' && swap.by !== role;
      const draft = { at: this.deps.clock.now(), by: actorOf(caller), edits };
      switch (request.action) {
        case 'propose':
          if (mine) return null;
          // Both want it: the second proposal accepts the first.
          if (theirs) return this.swap(caller, draft);
          if (eventsOf(room.timeline, 'swapProposed').length >= SESSION_LIMITS.maxSwapProposals) {
            throw new DryRunError(
              'RATE_LIMITED',
              `This half has had ${SESSION_LIMITS.maxSwapProposals} swap proposals: accept the next one, or carry on.`,
            );
          }
          await this.assertSwappable(room);
          return this.deps.store.appendEvent(room.id, { kind: 'swapProposed', ...draft });
        case 'accept':
          if (!theirs) throw new DryRunError('MALFORMED', 'There is no proposal from the other person to accept.');
          return this.swap(caller, draft);
        case 'decline':
          if (!theirs) throw new DryRunError('MALFORMED', 'There is no proposal from the other person to decline.');
          return this.deps.store.appendEvent(room.id, { kind: 'swapCancelled', reason: 'declined', ...draft });
        case 'withdraw':
          if (!mine) throw new DryRunError('MALFORMED', 'You have not proposed a swap to withdraw.');
          return this.deps.store.appendEvent(room.id, { kind: 'swapCancelled', reason: 'withdrawn', ...draft });
      }
    });
  }

  /**
   * A swap would seal feedback someone has read: a room of one half whose scorecard is in, or
   * a planned session whose feedback was released (a day after its first submission).
   */
  private async assertSwappable(room: LiveRoom): Promise<void> {
    if (!room.record.session && feedbackOf(room.timeline).submittedAt) {
      throw new DryRunError(
        'CONFLICT',
        'The feedback of this interview is out already: open a new room to swap roles.',
      );
    }
    if (room.record.session && (await this.deps.sessions.view(room.record))?.released) {
      throw new DryRunError('CONFLICT', 'This session’s feedback is released already: open a new room to swap roles.');
    }
  }

  /** Makes the second half's room and ends this half: everyone here follows to the new room. */
  private async swap(caller: Caller, draft: { at: Date; by: ReturnType<typeof actorOf>; edits: number }) {
    const { room } = caller;
    await this.assertSwappable(room);
    const roomId = await this.deps.rooms.createSecondHalf(room.record);
    return this.deps.store.appendEvent(room.id, { kind: 'swapped', roomId, ...draft, key: 'swapped' });
  }
}
