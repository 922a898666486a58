import { DryRunError, eventsOf, type IntegritySignal, MAX_INTEGRITY_SIGNALS, SCRATCH_PROBLEM } from '@dryrun/shared';
import type { Clock } from '../clock.ts';
import { TokenBuckets } from '../limits/TokenBucket.ts';
import { actorOf, type Caller } from '../rooms/Caller.ts';
import type { Store } from '../store/Store.ts';

/** A burst of signals a room takes at once, then about one a second. */
const SIGNAL_BURST = 20;
const SIGNALS_PER_MINUTE = 60;

/**
 * What the candidate's browser saw (a paste, leaving the page and coming back), put on the
 * room's timeline where the candidate sees it too, and the replay shows it: context, never a
 * score. In an assessment, while it runs (strict mode adds the pastes and drops it stopped);
 * in a pair room, at any time.
 */
export class Integrity {
  private readonly buckets = new TokenBuckets(SIGNAL_BURST, SIGNALS_PER_MINUTE / 60);

  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async record(caller: Caller, signal: IntegritySignal): Promise<void> {
    const { room, role } = caller;
    if (role !== 'candidate') throw new DryRunError('FORBIDDEN', "Only the candidate's page records these.");
    const settings = room.record.assessment;
    if (settings) {
      room.assertOpen();
      if ('problemSlug' in signal && !settings.problems.includes(signal.problemSlug)) {
        throw new DryRunError('MALFORMED', `"${signal.problemSlug}" is not a problem of this assessment.`);
      }
    } else {
      if (signal.kind === 'pasteBlocked' || signal.kind === 'dropBlocked') {
        throw new DryRunError('MALFORMED', 'Nothing is blocked in a pair room: strict mode is an assessment’s.');
      }
      const onScreen = room.problemSlug ?? SCRATCH_PROBLEM;
      if ('problemSlug' in signal && signal.problemSlug !== onScreen) {
        throw new DryRunError('MALFORMED', `"${signal.problemSlug}" is not the problem in front of the room.`);
      }
    }
    if (!this.buckets.take(room.id))
      throw new DryRunError('RATE_LIMITED', 'Too many records at once; wait a few seconds.');
    // Counted where the timeline cannot change underneath: records sent at once stop at the cap too.
    await room.commit(
      (edits) => {
        if (eventsOf(room.timeline, 'integrity').length >= MAX_INTEGRITY_SIGNALS) {
          throw new DryRunError('PAYLOAD_TOO_LARGE', `A room keeps at most ${MAX_INTEGRITY_SIGNALS} such records.`);
        }
        return this.deps.store.appendEvent(room.id, {
          kind: 'integrity',
          signal,
          at: this.deps.clock.now(),
          by: actorOf(caller),
          edits,
        });
      },
      undefined,
      { inOpenHalf: true },
    );
  }
}
