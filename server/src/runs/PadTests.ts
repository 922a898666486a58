import { randomBytes } from 'node:crypto';
import {
  canAccessPrivate,
  DryRunError,
  type PadTest,
  type PadTestInput,
  type PadTestsView,
  padTestsView,
  parsePadTest,
  type Role,
  type RunMode,
} from '@dryrun/shared';
import type { JudgeCase } from '../judge/Judge.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store } from '../store/Store.ts';

/**
 * A blank pad's own tests, written by the interviewer: kept by the server, shown to each
 * role as it may see them (hidden ones to interviewers only), and judged like a problem's.
 */
export class PadTests {
  constructor(private readonly deps: { store: Store; rooms: RoomService }) {}

  /** Replaces the pad's tests (already checked against the schema) and tells everyone. */
  async set(who: { roomId: string; role: Role }, inputs: readonly PadTestInput[]): Promise<PadTest[]> {
    if (!canAccessPrivate(who.role)) throw new DryRunError('FORBIDDEN', "Only an interviewer writes the pad's tests.");
    const room = await this.deps.store.getRoom(who.roomId);
    if (!room) throw new DryRunError('ROOM_NOT_FOUND', 'The room is not open.');
    if (room.problemSlug) {
      throw new DryRunError('MALFORMED', 'This room has a problem with its own tests; pad tests are for a blank pad.');
    }
    const tests = inputs.map((input) => ({ id: randomBytes(6).toString('base64url'), ...input }));
    await this.deps.store.setPadTests(who.roomId, tests);
    (await this.deps.rooms.loaded(who.roomId))?.broadcastPadTests(tests);
    return tests;
  }

  async view(roomId: string, role: Role): Promise<PadTestsView> {
    return padTestsView(await this.deps.store.listPadTests(roomId), role);
  }

  /** The judge's cases for a run of the pad: Run takes the visible tests, Submit all of them. */
  async cases(roomId: string, mode: RunMode): Promise<JudgeCase[]> {
    const tests = await this.deps.store.listPadTests(roomId);
    return tests.flatMap((test, index) => {
      if (mode === 'run' && test.hidden) return [];
      const parsed = parsePadTest(test);
      // Stored tests were checked when they were set.
      if (!parsed.ok) return [];
      const { entry, args, expected } = parsed;
      return [{ name: `test ${index + 1}`, entry, hidden: test.hidden, args, expected }];
    });
  }
}
