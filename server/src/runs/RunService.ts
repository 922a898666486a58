import { randomBytes } from 'node:crypto';
import type { Problem } from '@dryrun/problems';
import {
  canEditShared,
  DryRunError,
  type ErrorPayload,
  type JudgeReport,
  LIMITS,
  type Role,
  type RunRecord,
  type RunRequest,
  type RunTarget,
  SCRATCH_PROBLEM,
} from '@dryrun/shared';
import type { Logger } from 'pino';
import { formatValue, type Judge, type JudgeCase, publicReport } from '../judge/Judge.ts';
import type { JudgePool } from '../judge/JudgePool.ts';
import { checkComplexity } from '../problems/complexityCheck.ts';
import { caseOf, type ProblemCatalog, type ProblemInput } from '../problems/ProblemCatalog.ts';
import { TokenBucket } from '../realtime/TokenBucket.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store, StoredRun } from '../store/Store.ts';
import { parseCustomInput } from './customInput.ts';
import type { PadTests } from './PadTests.ts';

/** Who asks for a run: a participant of a room, as the server admitted them. */
export interface RunRequester {
  roomId: string;
  name: string;
  role: Role;
}

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
  rooms: RoomService;
  judge: Judge;
  pool: JudgePool;
  catalog: ProblemCatalog;
  log: Logger;
}

/**
 * Runs a room's code: takes it from the room's shared doc (never from the request), judges
 * it, stores the run and tells everyone in the room, as server events. A run is a fact the
 * server vouches for: clients only ask for one.
 *
 * Each room may start a few runs in a burst and about one every three seconds after
 * that, with at most two judged at once; the judge pool also takes turns between rooms.
 */
export class RunService {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly deps: RunServiceDeps) {}

  /** Starts a run and answers once it is stored and announced; the result follows as `finished`. */
  async start(who: RunRequester, request: RunRequest): Promise<RunRecord> {
    const { store, rooms, catalog } = this.deps;
    if (!canEditShared(who.role))
      throw new DryRunError('FORBIDDEN', 'Observers watch; only participants can run code.');
    const roomRecord = await store.getRoom(who.roomId);
    const room = await rooms.loaded(who.roomId);
    if (!roomRecord || !room) throw new DryRunError('ROOM_NOT_FOUND', 'The room is not open.');

    const problem = roomRecord.problemSlug ? catalog.get(roomRecord.problemSlug) : undefined;
    if (roomRecord.problemSlug && !problem) {
      throw new DryRunError(
        'INTERNAL',
        `This room's problem "${roomRecord.problemSlug}" is not installed on the server.`,
      );
    }
    if (!problem && request.mode === 'complexity') {
      throw new DryRunError('MALFORMED', 'This room has no problem to measure against; Run runs the program as it is.');
    }
    // A blank pad: its own tests if the interviewer wrote some (Run: the visible ones), or
    // the whole program.
    const padCases = problem || request.program ? [] : await this.deps.padTests.cases(who.roomId, request.mode);
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

    this.admit(who.roomId);
    const problemSlug = problem?.slug ?? SCRATCH_PROBLEM;
    const { language, code } = room.currentCode(problemSlug);
    return this.launch(
      {
        who,
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
  }

  /** Stores and announces a run the room has room for, and judges it. */
  private async launch(
    what: Pick<StoredRun, 'mode' | 'target' | 'problemSlug' | 'language' | 'code' | 'customInput' | 'follows'> & {
      who: RunRequester;
    },
    plan: RunPlan,
  ): Promise<RunRecord> {
    const { who, ...rest } = what;
    const run: StoredRun = {
      ...rest,
      id: randomBytes(9).toString('base64url'),
      roomId: who.roomId,
      status: 'running',
      byName: who.name,
      byRole: who.role,
      report: null,
      complexity: null,
      error: null,
      createdAt: new Date(),
      finishedAt: null,
    };
    try {
      await this.deps.store.createRun(run);
    } catch (error) {
      this.release(who.roomId);
      throw error;
    }
    const record = toRecord(run);
    (await this.deps.rooms.loaded(who.roomId))?.broadcastRun('started', record);
    void this.finish(run, plan);
    return record;
  }

  /** The room's latest runs, for someone joining. */
  async history(roomId: string): Promise<RunRecord[]> {
    const runs = await this.deps.store.listRuns(roomId, LIMITS.runHistoryLength);
    return runs.map(toRecord);
  }

  private admit(roomId: string): void {
    let bucket = this.buckets.get(roomId);
    if (!bucket) {
      bucket = new TokenBucket(LIMITS.runBurst, LIMITS.runsPerMinute / 60);
      this.buckets.set(roomId, bucket);
    }
    const running = this.inFlight.get(roomId) ?? 0;
    if (running >= LIMITS.runsInFlight) {
      throw new DryRunError('RATE_LIMITED', 'Two runs are being judged in this room already; wait for one to finish.');
    }
    if (!bucket.take()) {
      throw new DryRunError(
        'RATE_LIMITED',
        `A room may start ${LIMITS.runsPerMinute} runs a minute; try again in a few seconds.`,
      );
    }
    this.inFlight.set(roomId, running + 1);
  }

  private release(roomId: string): void {
    const running = (this.inFlight.get(roomId) ?? 1) - 1;
    if (running > 0) this.inFlight.set(roomId, running);
    else this.inFlight.delete(roomId);
  }

  private async finish(run: StoredRun, { problem, custom, padCases }: RunPlan) {
    let outcome: Pick<StoredRun, 'status' | 'report' | 'complexity' | 'error'>;
    try {
      if (problem && run.mode === 'complexity') {
        const complexity = await checkComplexity(problem, run.code, run.language, {
          catalog: this.deps.catalog,
          key: run.roomId,
        });
        outcome = { status: 'done', report: null, complexity, error: null };
      } else {
        const report =
          run.target === 'problem' && problem
            ? await this.judgeProblem(run, problem, custom)
            : run.target === 'padTests'
              ? await this.judgePad(run, padCases)
              : await this.runProgram(run, problem);
        outcome = { status: 'done', report, complexity: null, error: null };
      }
    } catch (error) {
      outcome = { status: 'failed', report: null, complexity: null, error: this.toPayload(error, run) };
    } finally {
      this.release(run.roomId);
    }
    const finished: StoredRun = { ...run, ...outcome, finishedAt: new Date() };
    try {
      await this.deps.store.finishRun(run.id, { ...outcome, finishedAt: finished.finishedAt as Date });
    } catch (error) {
      this.deps.log.error({ err: error, runId: run.id }, 'could not store a finished run');
    }
    const room = await this.deps.rooms.loaded(run.roomId);
    room?.broadcastRun('finished', toRecord(finished));
    if (problem && run.mode === 'submit' && outcome.report?.verdict === 'accepted' && problem.generatorPath) {
      // An accepted submission is measured too: the same code, checked against the claim.
      this.inFlight.set(run.roomId, (this.inFlight.get(run.roomId) ?? 0) + 1);
      const who = { roomId: run.roomId, name: run.byName, role: run.byRole };
      const { problemSlug, language, code } = run;
      await this.launch(
        { who, mode: 'complexity', target: 'problem', problemSlug, language, code, customInput: null, follows: run.id },
        { problem, custom: null, padCases: [] },
      ).catch((error: unknown) =>
        this.deps.log.error({ err: error, runId: run.id }, 'could not start the complexity check'),
      );
    }
  }

  private async judgeProblem(run: StoredRun, problem: Problem, custom: ProblemInput | null): Promise<JudgeReport> {
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
      await catalog.task(problem, { key: run.roomId, code: run.code, language: run.language, tests: cases }),
    );
    return publicReport(judged);
  }

  /** A blank pad's own tests: each calls a function of the program and compares its answer exactly. */
  private async judgePad(run: StoredRun, cases: JudgeCase[]): Promise<JudgeReport> {
    const judged = await this.deps.judge.judge({
      key: run.roomId,
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
  private async runProgram(run: StoredRun, problem: Problem | undefined): Promise<JudgeReport> {
    const room = await this.deps.rooms.loaded(run.roomId);
    // What the program prints reaches the room while it runs (a long run is not silent).
    const result = await this.deps.pool.run({
      key: run.roomId,
      source: run.code,
      language: run.language,
      ...(problem?.harness ? { harness: problem.harness } : {}),
      onOutput: (lines) => room?.broadcastRunOutput({ runId: run.id, lines }),
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

function toRecord(run: StoredRun): RunRecord {
  return {
    id: run.id,
    mode: run.mode,
    status: run.status,
    problemSlug: run.problemSlug,
    language: run.language,
    by: { name: run.byName, role: run.byRole },
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    customInput: run.customInput,
    // Runs stored before hidden tests' steps were kept in: redacted on the way out too.
    report: run.report && publicReport(run.report),
    complexity: run.complexity,
    follows: run.follows,
    target: run.target,
    error: run.error,
  };
}
