import { DryRunError, type PhasesRequest, phaseStateAt } from '@dryrun/shared';
import type { Clock } from '../clock.ts';
import { actorOf, type Caller } from '../rooms/Caller.ts';
import type { Store } from '../store/Store.ts';

/**
 * A pair session's phase timer, kept on the timeline: the interviewer plans the phases (the
 * first starts at once), goes to another one, or stops it. Everyone works out where it
 * stands from the timeline and the server's clock (`phaseStateAt`).
 */
export class Phases {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async set(caller: Caller, request: PhasesRequest): Promise<void> {
    const { room, role } = caller;
    if (role !== 'interviewer') throw new DryRunError('FORBIDDEN', 'The interviewer runs the phase timer.');
    if (room.record.assessment) throw new DryRunError('MALFORMED', 'An assessment keeps its own clock.');
    room.assertOpen();
    await room.commit((edits) => {
      room.assertOpen();
      const at = this.deps.clock.now();
      const by = actorOf(caller);
      switch (request.action) {
        case 'plan':
          return this.deps.store.appendEvent(room.id, { kind: 'phasesPlanned', phases: request.phases, at, by, edits });
        case 'go': {
          const state = phaseStateAt(room.timeline, at.getTime());
          if (!state) throw new DryRunError('MALFORMED', 'The phase timer is not running: plan the phases first.');
          if (request.index >= state.phases.length) {
            throw new DryRunError(
              'MALFORMED',
              `There are ${state.phases.length} phases; there is no phase ${request.index + 1}.`,
            );
          }
          return this.deps.store.appendEvent(room.id, { kind: 'phaseStarted', index: request.index, at, by, edits });
        }
        case 'stop':
          if (!phaseStateAt(room.timeline, at.getTime())) return Promise.resolve(null);
          return this.deps.store.appendEvent(room.id, { kind: 'phasesStopped', at, by, edits });
      }
    });
  }
}
