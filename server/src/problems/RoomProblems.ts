import type { Problem } from '@dryrun/problems';
import { canAccessPrivate, DryRunError, eventsOf, type ProblemListing, type RoomProblem } from '@dryrun/shared';
import { formatInput, formatValue } from '../judge/Judge.ts';
import { actorOf, type Caller } from '../rooms/Caller.ts';
import type { LiveRoom } from '../rooms/LiveRoom.ts';
import type { Store } from '../store/Store.ts';
import { type ProblemCatalog, testedFunction } from './ProblemCatalog.ts';

export interface RoomProblemsDeps {
  store: Store;
  catalog: ProblemCatalog;
  /** The server's clock (an assessment's time on each problem is read off these events). */
  now(): Date;
}

/**
 * Which problem a room works on: a fact the server keeps (in the database, and on the
 * timeline), changed by an interviewer, and shown to everyone as a {@link RoomProblem} — the
 * statement, starter code and examples, never the hidden tests, reference solution,
 * harness or guide. The server writes a problem's starter code into the room once.
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

  /** A problem as participants see it; null for a blank pad or a problem not installed here. */
  async view(slug: string | null): Promise<RoomProblem | null> {
    const problem = slug === null ? undefined : this.deps.catalog.get(slug);
    return problem ? this.viewOf(problem) : null;
  }

  /** Puts a problem of the set (or none) in front of the room; everyone follows. */
  async choose(caller: Caller, slug: string | null): Promise<void> {
    const settings = caller.room.record.assessment;
    if (settings) {
      // An assessment's candidate moves between its problems, in any order, while it runs;
      // its reviewer, once it has ended.
      if (caller.role === 'candidate') caller.room.assertOpen();
      else if (caller.role !== 'interviewer' || caller.room.assessmentState?.phase !== 'ended') {
        throw new DryRunError('FORBIDDEN', 'The candidate moves between the problems.');
      }
      if (slug === null || !settings.problems.includes(slug)) {
        throw new DryRunError('MALFORMED', 'Choose one of the assessment’s problems.');
      }
    } else if (!canAccessPrivate(caller.role)) {
      throw new DryRunError('FORBIDDEN', 'Only an interviewer chooses the problem.');
    } else {
      caller.room.assertOpen();
    }
    const problem = slug === null ? undefined : this.deps.catalog.get(slug);
    if (slug !== null && !problem) throw new DryRunError('MALFORMED', `There is no problem "${slug}".`);
    const { room } = caller;
    const view = problem ? await this.viewOf(problem) : null;
    // The code is there before anyone's editor turns to it.
    if (problem) await this.seed(room, problem);
    await room.commit(
      (edits) =>
        this.deps.store.setRoomProblem(room.id, slug, {
          kind: 'problem',
          problemSlug: slug,
          at: this.deps.now(),
          by: actorOf(caller),
          edits,
        }),
      () => room.showProblem(view),
      { inOpenHalf: true },
    );
  }

  /** Writes the room's problem's starter code in, unless that was done before (a loading room). */
  async prepare(room: LiveRoom): Promise<void> {
    const problem = room.problemSlug ? this.deps.catalog.get(room.problemSlug) : undefined;
    if (problem) await this.seed(room, problem);
  }

  /**
   * Opens an assessment: every problem's starter code written in, the first one in front of
   * the candidate (as the server, after the clock started).
   */
  async openAssessment(room: LiveRoom, slugs: readonly string[]): Promise<void> {
    const problems = slugs.map((slug) => this.deps.catalog.get(slug)).filter((p): p is Problem => p !== undefined);
    for (const problem of problems) await this.seed(room, problem);
    const first = problems[0];
    if (!first || room.problemSlug === first.slug) return;
    const view = await this.viewOf(first);
    await room.commit(
      (edits) =>
        this.deps.store.setRoomProblem(room.id, first.slug, {
          kind: 'problem',
          problemSlug: first.slug,
          at: this.deps.now(),
          by: null,
          edits,
        }),
      () => room.showProblem(view),
    );
  }

  /** The starter code, once per problem: code someone deleted on purpose does not come back. */
  private async seed(room: LiveRoom, problem: Problem): Promise<void> {
    await room.commit(async () => {
      if (eventsOf(room.timeline, 'seeded').some((e) => e.problemSlug === problem.slug)) return null;
      room.seedCode(problem.slug, problem.starter);
      return this.deps.store.appendEvent(room.id, {
        kind: 'seeded',
        problemSlug: problem.slug,
        at: new Date(),
        by: null,
        // After the starter code it writes.
        edits: room.edits,
        key: `seeded:${problem.slug}`,
      });
    });
  }

  private viewOf(problem: Problem): Promise<RoomProblem> {
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
