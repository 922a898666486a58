import type { Problem } from '@dryrun/problems';
import { canAccessPrivate, DryRunError, type ProblemListing, type Role, type RoomProblem } from '@dryrun/shared';
import { formatInput, formatValue } from '../judge/Judge.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store } from '../store/Store.ts';
import { type ProblemCatalog, testedFunction } from './ProblemCatalog.ts';

export interface RoomProblemsDeps {
  store: Store;
  rooms: RoomService;
  catalog: ProblemCatalog;
}

/**
 * Which problem a room works on: a fact the server keeps (in the database), changed by an
 * interviewer, and shown to everyone as a {@link RoomProblem} — the statement, starter
 * code and examples, never the hidden tests, reference solution, harness or guide.
 */
export class RoomProblems {
  private readonly views = new Map<string, Promise<RoomProblem>>();

  constructor(private readonly deps: RoomProblemsDeps) {}

  /** The problem set, for anyone choosing. */
  listing(): ProblemListing[] {
    return this.deps.catalog.list();
  }

  has(slug: string): boolean {
    return this.deps.catalog.get(slug) !== undefined;
  }

  /** The room's problem as participants see it; its starter code is written into the room once. */
  async current(roomId: string): Promise<RoomProblem | null> {
    const record = await this.deps.store.getRoom(roomId);
    const problem = record?.problemSlug ? this.deps.catalog.get(record.problemSlug) : undefined;
    if (!problem) return null;
    (await this.deps.rooms.loaded(roomId))?.seedCode(problem.slug, problem.starter);
    return this.view(problem);
  }

  /** Puts a problem of the set (or none) in front of the room and tells everyone. */
  async choose(who: { roomId: string; role: Role }, slug: string | null): Promise<void> {
    if (!canAccessPrivate(who.role)) throw new DryRunError('FORBIDDEN', 'Only an interviewer chooses the problem.');
    const problem = slug === null ? undefined : this.deps.catalog.get(slug);
    if (slug !== null && !problem) throw new DryRunError('MALFORMED', `There is no problem "${slug}".`);
    await this.deps.store.setRoomProblem(who.roomId, slug);
    const room = await this.deps.rooms.loaded(who.roomId);
    if (problem) room?.seedCode(problem.slug, problem.starter);
    room?.broadcastProblem(problem ? await this.view(problem) : null);
  }

  private view(problem: Problem): Promise<RoomProblem> {
    let view = this.views.get(problem.slug);
    if (!view) {
      view = this.build(problem);
      view.catch(() => this.views.delete(problem.slug));
      this.views.set(problem.slug, view);
    }
    return view;
  }

  private async build(problem: Problem): Promise<RoomProblem> {
    const visible = await this.deps.catalog.visibleTests(problem);
    const { slug, title, difficulty, topics, kind, entry, statement, starter } = problem;
    return {
      slug,
      title,
      difficulty,
      topics: [...topics],
      kind,
      entry,
      statement,
      starter: { ...starter },
      examples: visible.map((test) => ({
        name: test.name,
        input: formatInput(testedFunction(problem), test),
        expected: formatValue(test.expected),
      })),
    };
  }
}
