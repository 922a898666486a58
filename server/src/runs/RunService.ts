import { randomBytes } from 'node:crypto';
import type { Problem } from '@dryrun/problems';
import {
  type Actor,
  canEditShared,
  DryRunError,
  type ErrorPayload,
  eventsOf,
  type JudgeReport,
  LIMITS,
  type RunRecord,
  type RunRequest,
  type RunTarget,
  runFinishedOf,
  SCRATCH_PROBLEM,
} from '@dryrun/shared';
import type { Logger } from 'pino';
import { formatValue, type Judge, type JudgeCase, publicReport } from '../judge/Judge.ts';
import type { JudgePool } from '../judge/JudgePool.ts';
import { checkComplexity } from '../problems/complexityCheck.ts';
import { caseOf, type ProblemCatalog, type ProblemInput } from '../problems/ProblemCatalog.ts';
import { Tally } from '../limits/Tally.ts';
import { TokenBuckets } from '../limits/TokenBucket.ts';
import { actorOf, type Caller } from '../rooms/Caller.ts';
import type { LiveRoom } from '../rooms/LiveRoom.ts';
import type { Store, StoredRun } from '../store/Store.ts';
import { parseCustomInput } from './customInput.ts';
import type { PadTests } from './PadTests.ts';
import { runRecordOf } from './runRecord.ts';

/** A run once judged, and the complexity check that followed it (an accepted submission's). */
export interface JudgedRun {
  run: StoredRun;
  check: StoredRun | null;
}

/** Whom the final judging of an assessment's problems is recorded as run by. */
export const FINAL_JUDGING = 'Final judging';

/** What a run judges against, beside its code. */
interface RunPlan {
  problem: Problem | undefined;
  custom: ProblemInput | null;
  /** A blank pad's tests, for a run whose target is `padTests`. */
  padCases: JudgeCase[];
}

export interface RunServiceDeps {
  padTests: PadTests;
  store: Store;
  judge: Judge;
  pool: JudgePool;
  catalog: ProblemCatalog;
  log: Logger;
  /** Runs being judged at once for one network address, across all its rooms. */
  runsInFlightPerAddress: number;
}

/**
 * Runs a room's code: takes it from the room's shared doc (never from the request), judges
 * it, and puts the run on the room's timeline, for everyone. A run is a fact the server
 * vouches for: clients only ask for one.
 *
 * Each room may start a few runs in a burst and about one every three seconds after
 * that, with at most two judged at once, and one network address a few at once across all
 * its rooms; the judge pool takes turns between addresses, so no source holds up another.
 */
export class RunService {
  private readonly buckets = new TokenBuckets(LIMITS.runBurst, LIMITS.runsPerMinute / 60);
  private readonly inFlight = new Tally();
  private readonly inFlightByAddress = new Tally();

  constructor(private readonly deps: RunServiceDeps) {}

  /** Starts a run and answers once it is stored and announced; the result follows as `finished`. */
  async start(caller: Caller, request: RunRequest): Promise<RunRecord> {
    const { catalog } = this.deps;
    const { room } = caller;
    if (!canEditShared(caller.role)) {
      throw new DryRunError('FORBIDDEN', 'Observers watch; only participants can run code.');
    }
    room.assertOpen();
    const slug = room.problemSlug;
    const problem = slug ? catalog.get(slug) : undefined;
    if (slug && !problem) {
      throw new DryRunError('INTERNAL', `This room's problem "${slug}" is not installed on the server.`);
    }
    if (!problem && request.mode === 'complexity') {
      throw new DryRunError('MALFORMED', 'This room has no problem to measure against; Run runs the program as it is.');
    }
    // A blank pad: its own tests if the interviewer wrote some (Run: the visible ones), or
    // the whole program.
    const padCases = problem || request.program ? [] : this.deps.padTests.cases(room, request.mode);
    if (!problem && request.mode === 'submit' && padCases.length === 0) {
      throw new DryRunError(
        'MALFORMED',
        'This pad has no tests to submit to (the interviewer can add some); Run runs the program as it is.',
      );
    }
    const target: RunTarget = request.program
      ? 'program'
      : problem
        ? 'problem'
        : padCases.length > 0
          ? 'padTests'
          : 'program';
    if (problem && request.mode === 'complexity' && !problem.generatorPath) {
      throw new DryRunError(
        'MALFORMED',
        `"${problem.title}" has no input generator, so its complexity is not measured.`,
      );
    }
    if (request.customInput !== undefined && request.mode !== 'run') {
      throw new DryRunError('MALFORMED', 'Custom input goes with Run, not Submit.');
    }
    if (request.program && (request.mode !== 'run' || request.customInput !== undefined)) {
      throw new DryRunError('MALFORMED', 'Running the whole file goes with Run alone, without custom input.');
    }
    const custom = problem && request.customInput !== undefined ? parseCustomInput(problem, request.customInput) : null;

    this.claimPlace(caller);
    const problemSlug = problem?.slug ?? SCRATCH_PROBLEM;
    const { language, code } = room.currentCode(problemSlug);
    const { record } = await this.launch(
      caller,
      {
        mode: request.mode,
        target,
        problemSlug,
        language,
        code,
        customInput: request.customInput ?? null,
        follows: null,
      },
      { problem, custom, padCases },
    );
    return record;
  }

  /**
   * An assessment's final judging of one problem, by the server: the problem's latest code
   * on every test (never run before or not), then, on a full pass, its complexity. Outside
   * the room's limits (it happens once), and judged as the assessment's own source.
   */
  async judgeLatest(room: LiveRoom, slug: string): Promise<JudgedRun> {
    const problem = this.deps.catalog.get(slug);
    if (!problem)
      throw new DryRunError('INTERNAL', `The assessment's problem "${slug}" is not installed on the server.`);
    const caller: Caller = {
      room,
      participantId: 'server',
      name: FINAL_JUDGING,
      role: 'candidate',
      address: `assessment:${room.id}`,
    };
    this.take(caller);
    const { language, code } = room.currentCode(slug);
    const { judged } = await this.launch(
      caller,
      { mode: 'submit', target: 'problem', problemSlug: slug, language, code, customInput: null, follows: null },
      { problem, custom: null, padCases: [] },
      null,
    );
    return judged;
  }

  /**
   * Stores and announces a run the room has room for (admitted already), and judges it;
   * `judged` settles once it (and a complexity check after it) is judged and stored.
   */
  private async launch(
    caller: Caller,
    what: Pick<StoredRun, 'mode' | 'target' | 'problemSlug' | 'language' | 'code' | 'customInput' | 'follows'>,
    plan: RunPlan,
    by: Actor | null = actorOf(caller),
  ): Promise<{ record: RunRecord; judged: Promise<JudgedRun> }> {
    const { room } = caller;
    const run: StoredRun = {
      ...what,
      id: randomBytes(9).toString('base64url'),
      roomId: room.id,
      status: 'running',
      byName: caller.name,
      byRole: caller.role,
      report: null,
      complexity: null,
      error: null,
      createdAt: new Date(),
      finishedAt: null,
    };
    const record = runRecordOf(run);
    // The room stays loaded until the run is judged and stored.
    const release = room.hold();
    try {
      await room.commit(
        (edits) =>
          this.deps.store.createRun(run, {
            kind: 'runStarted',
            run: {
              id: run.id,
              mode: run.mode,
              target: run.target,
              problemSlug: run.problemSlug,
              language: run.language,
              follows: run.follows,
            },
            at: run.createdAt,
            by,
            edits,
          }),
        () => room.showRun('started', record),
        { inOpenHalf: true },
      );
    } catch (error) {
      this.release(caller);
      release();
      throw error;
    }
    const judged = this.finish(caller, run, plan, by).finally(release);
    // Whoever started the run may not wait for it; its failures are logged where they happen.
    judged.catch(() => {});
    return { record, judged };
  }

  /** Counts a run against its room's and its address's limits, or refuses it. */
  private claimPlace({ room, address }: Caller): void {
    if (eventsOf(room.timeline, 'runStarted').length >= LIMITS.maxRunsPerRoom) {
      throw new DryRunError(
        'PAYLOAD_TOO_LARGE',
        `A room holds at most ${LIMITS.maxRunsPerRoom} runs; start a new one.`,
      );
    }
    if (this.inFlight.of(room.id) >= LIMITS.runsInFlight) {
      throw new DryRunError('RATE_LIMITED', 'Two runs are being judged in this room already; wait for one to finish.');
    }
    if (this.inFlightByAddress.of(address) >= this.deps.runsInFlightPerAddress) {
      throw new DryRunError(
        'RATE_LIMITED',
        `Your network has ${this.deps.runsInFlightPerAddress} runs being judged already; wait for one to finish.`,
      );
    }
    if (!this.buckets.take(room.id)) {
      throw new DryRunError(
        'RATE_LIMITED',
        `A room may start ${LIMITS.runsPerMinute} runs a minute; try again in a few seconds.`,
      );
    }
    this.take({ room, address });
  }

  private take({ room, address }: Pick<Caller, 'room' | 'address'>): void {
    this.inFlight.add(room.id);
    this.inFlightByAddress.add(address);
  }

  private release({ room, address }: Pick<Caller, 'room' | 'address'>): void {
    this.inFlight.remove(room.id);
    this.inFlightByAddress.remove(address);
  }

  /**
   * Judges a started run and puts how it ended on the timeline. Its place among the room's
   * and the address's runs in flight is given back at the end, or handed on to the
   * complexity check that follows an accepted submission (nothing can slip in between).
   */
  private async finish(caller: Caller, run: StoredRun, plan: RunPlan, by: Actor | null): Promise<JudgedRun> {
    const outcome = await this.judgeRun(caller, run, plan);
    const finished: StoredRun = { ...run, ...outcome, finishedAt: new Date() };
    await this.recordFinish(caller, finished);
    const { problem } = plan;
    if (!(problem && run.mode === 'submit' && outcome.report?.verdict === 'accepted' && problem.generatorPath)) {
      this.release(caller);
      return { run: finished, check: null };
    }
    // An accepted submission is measured too: the same code, checked against the claim.
    const { problemSlug, language, code } = run;
    try {
      const { judged } = await this.launch(
        caller,
        { mode: 'complexity', target: 'problem', problemSlug, language, code, customInput: null, follows: run.id },
        { problem, custom: null, padCases: [] },
        by,
      );
      return { run: finished, check: (await judged).run };
    } catch (error) {
      this.deps.log.error({ err: error, runId: run.id }, 'could not start the complexity check');
      return { run: finished, check: null };
    }
  }

  private async judgeRun(
    caller: Caller,
    run: StoredRun,
    { problem, custom, padCases }: RunPlan,
  ): Promise<Pick<StoredRun, 'status' | 'report' | 'complexity' | 'error'>> {
    try {
      if (problem && run.mode === 'complexity') {
        const complexity = await checkComplexity(problem, run.code, run.language, {
          catalog: this.deps.catalog,
          key: caller.address,
        });
        return { status: 'done', report: null, complexity, error: null };
      } else {
        const report =
          run.target === 'problem' && problem
            ? await this.judgeProblem(caller, run, problem, custom)
            : run.target === 'padTests'
              ? await this.judgePad(caller, run, padCases)
              : await this.runProgram(caller, run, problem);
        return { status: 'done', report, complexity: null, error: null };
      }
    } catch (error) {
      return { status: 'failed', report: null, complexity: null, error: this.toPayload(error, run) };
    }
  }

  private async recordFinish(caller: Caller, finished: StoredRun): Promise<void> {
    const record = runRecordOf(finished);
    const finishedAt = finished.finishedAt as Date;
    const { room } = caller;
    const { status, report, complexity, error } = finished;
    try {
      await room.commit(
        (edits) =>
          this.deps.store.finishRun(
            finished.id,
            { status, report, complexity, error, finishedAt },
            { kind: 'runFinished', run: runFinishedOf(finished), at: finishedAt, by: null, edits },
          ),
        () => room.showRun('finished', record),
      );
    } catch (error) {
      // Not stored: everyone still sees how it ended.
      this.deps.log.error({ err: error, runId: finished.id }, 'could not store a finished run');
      room.showRun('finished', record);
    }
  }

  private async judgeProblem(
    { address }: Caller,
    run: StoredRun,
    problem: Problem,
    custom: ProblemInput | null,
  ): Promise<JudgeReport> {
    const { catalog, judge } = this.deps;
    const tests = await catalog.tests(problem);
    const cases: JudgeCase[] = run.mode === 'submit' ? [...tests.visible, ...tests.hidden] : [...tests.visible];
    if (custom) {
      const expected = await catalog.referenceAnswer(problem, custom).catch((error: unknown) => {
        throw new DryRunError(
          'MALFORMED',
          `The reference solution cannot answer this custom input; check it against the problem's constraints (${(error as Error).message}).`,
        );
      });
      cases.push(caseOf(problem, 'custom input', custom, expected));
    }
    const judged = await judge.judge(
      await catalog.task(problem, { key: address, code: run.code, language: run.language, tests: cases }),
    );
    return publicReport(judged);
  }

  /** A blank pad's own tests: each calls a function of the program and compares its answer exactly. */
  private async judgePad({ address }: Caller, run: StoredRun, cases: JudgeCase[]): Promise<JudgeReport> {
    const judged = await this.deps.judge.judge({
      key: address,
      code: run.code,
      language: run.language,
      entry: cases[0]?.entry ?? 'main',
      tests: cases,
      verification: { kind: 'exact' },
    });
    return publicReport(judged);
  }

  /**
   * The whole program, no tests (a blank pad without tests, or Run file anywhere): what it
   * printed, as it prints it. A problem's harness (`ListNode`, `TreeNode`) is there too.
   */
  private async runProgram(
    { room, address }: Caller,
    run: StoredRun,
    problem: Problem | undefined,
  ): Promise<JudgeReport> {
    // What the program prints reaches the room while it runs (a long run is not silent).
    const result = await this.deps.pool.run({
      key: address,
      source: run.code,
      language: run.language,
      ...(problem?.harness ? { harness: problem.harness } : {}),
      onOutput: (lines) => room.showRunOutput({ runId: run.id, lines }),
    });
    const compileError = result.verdict === 'compile_error' ? result.error : null;
    return {
      verdict: result.verdict,
      passed: result.verdict === 'accepted' ? 1 : 0,
      total: 1,
      steps: result.steps,
      timeMs: result.timeMs,
      compileError,
      tests: compileError
        ? []
        : [
            {
              name: 'program',
              hidden: false,
              verdict: result.verdict,
              steps: result.steps,
              timeMs: result.timeMs,
              stdout: result.stdout,
              error: result.error,
              limitMessage: result.limitMessage,
              ...(result.value === undefined ? {} : { actual: formatValue(result.value) }),
            },
          ],
    };
  }

  private toPayload(error: unknown, run: StoredRun): ErrorPayload {
    if (error instanceof DryRunError) return error.toPayload();
    this.deps.log.error({ err: error, runId: run.id, roomId: run.roomId }, 'run failed');
    return { reason: 'INTERNAL', message: 'The judge could not run this; the code is kept. Try again.' };
  }
}
