import { randomBytes } from 'node:crypto';
import {
  canAccessPrivate,
  DryRunError,
  type PadTest,
  type PadTestInput,
  parsePadTest,
  type RunMode,
} from '@dryrun/shared';
import type { JudgeCase } from '../judge/Judge.ts';
import { actorOf, type Caller } from '../rooms/Caller.ts';
import type { LiveRoom } from '../rooms/LiveRoom.ts';
import type { Store } from '../store/Store.ts';

/**
 * A blank pad's own tests, written by the interviewer: kept by the server, shown to each
 * role as it may see them (hidden ones to interviewers only), and judged like a problem's.
 */
export class PadTests {
  constructor(private readonly deps: { store: Store }) {}

  /** Replaces the pad's tests (already checked against the schema) and tells everyone. */
  async set(caller: Caller, inputs: readonly PadTestInput[]): Promise<PadTest[]> {
    const { room } = caller;
    if (!canAccessPrivate(caller.role)) {
      throw new DryRunError('FORBIDDEN', "Only an interviewer writes the pad's tests.");
    }
    room.assertOpen();
    if (room.problemSlug) {
      throw new DryRunError('MALFORMED', 'This room has a problem with its own tests; pad tests are for a blank pad.');
    }
    const tests = inputs.map((input) => ({ id: randomBytes(6).toString('base64url'), ...input }));
    const hiddenCount = tests.filter((t) => t.hidden).length;
    await room.commit(
      (edits) =>
        this.deps.store.setPadTests(room.id, tests, {
          kind: 'padTests',
          count: tests.length,
          hiddenCount,
          at: new Date(),
          by: actorOf(caller),
          edits,
        }),
      () => room.showPadTests(tests),
      { inOpenHalf: true },
    );
    return tests;
  }

  /** The judge's cases for a run of the pad: Run takes the visible tests, Submit all of them. */
  cases(room: LiveRoom, mode: RunMode): JudgeCase[] {
    return room.padTests.flatMap((test, index) => {
      if (mode === 'run' && test.hidden) return [];
      const parsed = parsePadTest(test);
      // Stored tests were checked when they were set.
      if (!parsed.ok) return [];
      const { entry, args, expected } = parsed;
      return [{ name: `test ${index + 1}`, entry, hidden: test.hidden, args, expected }];
    });
  }
}
