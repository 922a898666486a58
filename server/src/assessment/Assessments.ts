import {
  ASSESSMENT_DEFAULTS,
  type Actor,
  type AssessmentProblem,
  type AssessmentSettings,
  allowedMs,
  assessmentPath,
  type CreateAssessmentRequest,
  type CreateAssessmentResponse,
  DryRunError,
  type EndReason,
  hintsOf,
  type ProblemOutcome,
  scoreAssessment,
  TOKEN_PARAM,
} from '@dryrun/shared';
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { ProblemCatalog } from '../problems/ProblemCatalog.ts';
import type { RoomProblems } from '../problems/RoomProblems.ts';
import { actorOf, type Caller } from '../rooms/Caller.ts';
import type { LiveRoom } from '../rooms/LiveRoom.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { JudgedRun, RunService } from '../runs/RunService.ts';
import type { Store } from '../store/Store.ts';
import { drawProblems } from './drawProblems.ts';

export interface AssessmentsDeps {
  store: Store;
  rooms: RoomService;
  runs: RunService;
  problems: RoomProblems;
  catalog: ProblemCatalog;
  clock: Clock;
  log: Logger;
}

/**
 * Attempts ended (judged and scored) at once. Deadlines that fall together are taken a few
 * at a time: the judge is the bottleneck either way, and the rooms' own traffic (and their
 * database writes) keeps moving in between instead of waiting behind hundreds of them.
 */
const ENDINGS_AT_ONCE = 4;

/** An ending that failed (the database, say) is tried again after this long. */
const RETRY_ENDING_MS = 60_000;

/** A final judging the judge was too busy for is tried again, this many times, waiting longer each time. */
const BUSY_RETRIES = 10;
const BUSY_RETRY_MS = 1000;

/**
 * Solo timed assessments: creates them (problems drawn from the set), starts the clock,
 * keeps the deadline on the server whether or not anyone is connected, ends the attempt
 * once (the deadline or "Finish early"), judges every problem's latest code on all its
 * tests, and scores it by the published formula. Every step is a fact on the room's
 * timeline; the clock is {@link Clock}, so tests move time by hand.
 */
export class Assessments {
  private readonly deadlines = new Map<string, () => void>();
  private readonly ending = new Map<string, { stopped: Promise<void>; whole: Promise<void> }>();
  private readonly endingSlots = pLimit(ENDINGS_AT_ONCE);
  private closed = false;

  constructor(private readonly deps: AssessmentsDeps) {}

  async create(request: CreateAssessmentRequest, baseUrl: string): Promise<CreateAssessmentResponse> {
    const settings: AssessmentSettings = {
      problems: drawProblems(request, this.deps.catalog.list()),
      minutes: request.minutes ?? ASSESSMENT_DEFAULTS.minutes,
      extraTimePercent: request.extraTimePercent ?? 0,
      strict: request.strict ?? false,
      hints: request.hints ?? false,
    };
    const { id, tokens } = await this.deps.rooms.createRecord({
      title: 'Solo practice',
      problemSlug: null,
      assessment: settings,
      session: null,
    });
    const link = (token: string) => {
      const url = new URL(assessmentPath(id), baseUrl);
      url.searchParams.set(TOKEN_PARAM, token);
      return url.toString();
    };
    return { id, links: { candidate: link(tokens.candidate), review: link(tokens.interviewer) } };
  }

  /** The candidate starts the clock: the deadline goes on the timeline, the problems open. */
  async start(caller: Caller): Promise<void> {
    const { room } = caller;
    const settings = this.settingsFor(caller);
    const now = this.deps.clock.now();
    const deadline = new Date(now.getTime() + allowedMs(settings));
    const event = await room.commit(async (edits) => {
      if (room.assessmentState?.phase !== 'ready') return null;
      return this.deps.store.appendEvent(room.id, {
        kind: 'assessmentStarted',
        deadline: deadline.toISOString(),
        problems: settings.problems.map((slug) => this.problemOf(slug, settings)),
        at: now,
        by: actorOf(caller),
        edits,
        key: 'assessmentStarted',
      });
    });
    if (!event) return;
    this.schedule(room.id, deadline);
    await this.deps.problems.openAssessment(room, settings.problems);
    this.deps.log.info({ roomId: room.id, deadline }, 'assessment started');
  }

  /** The candidate finishes before the deadline. */
  /** The candidate finishes before the deadline: answered once editing has stopped; the judging follows. */
  async finish(caller: Caller): Promise<void> {
    this.settingsFor(caller);
    if (caller.room.assessmentState?.phase === 'ready') {
      throw new DryRunError('FORBIDDEN', 'The assessment has not started yet.');
    }
    await this.end(caller.room.id, 'finished', actorOf(caller));
  }

  /**
   * At startup: every attempt started and not scored gets its deadline back (one that
   * passed while the server was down ends now).
   */
  async restore(): Promise<void> {
    const open = await this.deps.store.listOpenAssessments();
    // One that ended (finished early) but was not scored is scored now.
    for (const { roomId, deadline, ended } of open) this.schedule(roomId, ended ? this.deps.clock.now() : deadline);
    if (open.length > 0) this.deps.log.info({ assessments: open.length }, 'assessment deadlines restored');
  }

  /** Waits for the attempts ending now, and keeps no more deadlines. */
  async close(): Promise<void> {
    this.closed = true;
    for (const cancel of this.deadlines.values()) cancel();
    this.deadlines.clear();
    await Promise.allSettled([...this.ending.values()].map((e) => e.whole));
  }

  private settingsFor({ room, role }: Caller): AssessmentSettings {
    const settings = room.record.assessment;
    if (!settings) throw new DryRunError('MALFORMED', 'This room is not an assessment.');
    if (role !== 'candidate') throw new DryRunError('FORBIDDEN', 'Only the candidate takes the assessment.');
    return settings;
  }

  private problemOf(slug: string, settings: AssessmentSettings): AssessmentProblem {
    const problem = this.deps.catalog.get(slug);
    if (!problem)
      throw new DryRunError('INTERNAL', `The assessment's problem "${slug}" is not installed on the server.`);
    return {
      slug,
      title: problem.title,
      difficulty: problem.difficulty,
      topics: [...problem.topics],
      hintCount: settings.hints ? (problem.guide?.hints.length ?? 0) : 0,
    };
  }

  private schedule(roomId: string, deadline: Date): void {
    if (this.closed || this.deadlines.has(roomId)) return;
    const cancel = this.deps.clock.at(deadline, () => {
      this.deadlines.delete(roomId);
      // A failure is logged where it happens; the next start picks the attempt up again.
      this.end(roomId, 'deadline', null).catch(() => {});
    });
    this.deadlines.set(roomId, cancel);
  }

  /**
   * Ends an attempt, once: editing stops (`assessmentEnded`), then every problem's latest
   * code is judged and the score goes on the timeline (`scored`). Resolves once editing has
   * stopped; the judging goes on. Picks up where it stopped: an attempt ended but not scored
   * (a restart, a failure) is scored later.
   */
  private end(roomId: string, reason: EndReason, by: Actor | null): Promise<void> {
    const known = this.ending.get(roomId);
    if (known) return known.stopped;
    const { rooms, log } = this.deps;
    const stopped = rooms.use(roomId, (room) => this.stopEditing(room, reason, by));
    const whole = stopped
      .then(() => this.endingSlots(() => rooms.use(roomId, (room) => this.score(room))))
      .catch((error: unknown) => {
        log.error({ err: error, roomId }, 'could not end an assessment; trying again in a minute');
        this.retryLater(roomId);
      })
      .finally(() => {
        this.ending.delete(roomId);
      });
    this.ending.set(roomId, { stopped, whole });
    return stopped;
  }

  private retryLater(roomId: string): void {
    if (this.closed) return;
    this.schedule(roomId, new Date(this.deps.clock.now().getTime() + RETRY_ENDING_MS));
  }

  /** Editing stops for good: `assessmentEnded` goes on the timeline (once). */
  private async stopEditing(room: LiveRoom, reason: EndReason, by: Actor | null): Promise<void> {
    this.deadlines.get(room.id)?.();
    this.deadlines.delete(room.id);
    await room.commit(async (edits) => {
      const state = room.assessmentState;
      if (state?.phase !== 'running') return null;
      // Past the deadline, time ran out, whoever asked and however late the server got to it.
      const now = this.deps.clock.now();
      const deadline = new Date(state.deadline);
      const late = now >= deadline;
      return this.deps.store.appendEvent(room.id, {
        kind: 'assessmentEnded',
        reason: late ? 'deadline' : reason,
        at: late ? deadline : now,
        by: late ? null : by,
        edits,
        key: 'assessmentEnded',
      });
    });
  }

  /** Judges every problem's latest code and puts the score on the timeline (once). */
  private async score(room: LiveRoom): Promise<void> {
    const state = room.assessmentState;
    if (state?.phase !== 'ended' || state.score !== null) return;
    const outcomes = await Promise.all(state.problems.map((problem) => this.judgeFinal(room, problem)));
    const score = scoreAssessment(outcomes);
    await room.commit((edits) =>
      this.deps.store.appendEvent(room.id, {
        kind: 'scored',
        score,
        at: this.deps.clock.now(),
        by: null,
        edits,
        key: 'scored',
      }),
    );
    this.deps.log.info({ roomId: room.id, reason: state.reason, total: score.total }, 'assessment scored');
  }

  /**
   * The final judging of one problem, again if the judge was too busy to take it (or its
   * complexity check): a score must not depend on how many deadlines fell together.
   */
  private async judgedWhenTheJudgeHasRoom(room: LiveRoom, slug: string): Promise<JudgedRun> {
    for (let attempt = 1; ; attempt++) {
      const judged = await this.deps.runs.judgeLatest(room, slug);
      const busy = [judged.run, judged.check].some((r) => r?.status === 'failed' && r.error?.reason === 'RATE_LIMITED');
      if (!busy || attempt >= BUSY_RETRIES) return judged;
      await sleep(BUSY_RETRY_MS * attempt);
    }
  }

  /** One problem's latest code, judged on every test, as the score's formula reads it. */
  private async judgeFinal(room: LiveRoom, problem: AssessmentProblem): Promise<ProblemOutcome> {
    const known = this.deps.catalog.get(problem.slug);
    const hintsRevealed = hintsOf(room.timeline).filter((h) => h.problemSlug === problem.slug).length;
    const base = {
      slug: problem.slug,
      title: problem.title,
      difficulty: problem.difficulty,
      measurable: Boolean(known?.generatorPath),
      intended: known?.complexity.time ?? '',
      hintsRevealed,
    };
    try {
      const { run, check } = await this.judgedWhenTheJudgeHasRoom(room, problem.slug);
      const measured = check?.complexity?.status === 'measured' ? check.complexity.time : null;
      return {
        ...base,
        // A check the server could not run (or start) says nothing about the code: a full pass earns it.
        measurable: base.measurable && check?.status === 'done',
        runId: run.id,
        passed: run.report?.passed ?? 0,
        total: run.report?.total ?? 0,
        measured,
      };
    } catch (error) {
      this.deps.log.error({ err: error, roomId: room.id, problem: problem.slug }, 'final judging failed');
      return { ...base, runId: null, passed: 0, total: 0, measured: null };
    }
  }
}
