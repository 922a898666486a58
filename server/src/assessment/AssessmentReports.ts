import {
  type AssessmentReport,
  type AssessmentReportProblem,
  assessmentStateOf,
  assessmentViewOf,
  claimsOf,
  DryRunError,
  eventsOf,
  hintsOf,
  notesOf,
  SCORE_FORMULA,
  type TimelineEvent,
} from '@dryrun/shared';
import type { Reports } from '../interview/Reports.ts';
import type { ProblemCatalog } from '../problems/ProblemCatalog.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store, StoredRun } from '../store/Store.ts';

export interface AssessmentReportsDeps {
  store: Store;
  rooms: RoomService;
  catalog: ProblemCatalog;
  reports: Reports;
}

/**
 * An attempt's report, for its candidate and its reviewer once it is scored: the score term
 * by term, and per problem the final judging, the time spent, the complexity measured
 * against the intended one and the candidate's claim, and the code judged; then the
 * think-aloud log, everything the browser recorded, and a reviewer's scorecard.
 */
export class AssessmentReports {
  constructor(private readonly deps: AssessmentReportsDeps) {}

  async build(roomId: string): Promise<AssessmentReport> {
    const { store, rooms } = this.deps;
    const record = await store.getRoom(roomId);
    if (!record?.assessment) throw new DryRunError('ROOM_NOT_FOUND', 'There is no such assessment. Check the link.');
    const timeline = await rooms.timeline(roomId);
    const state = assessmentStateOf(timeline);
    if (state.phase !== 'ended' || state.score === null) {
      throw new DryRunError('NOT_READY', 'The report is ready once the attempt has ended and been judged.');
    }
    const { score } = state;
    const [runs, scorecard] = await Promise.all([
      store.listRuns(roomId, Number.MAX_SAFE_INTEGER),
      store.getScorecard(roomId),
    ]);
    const claims = claimsOf(timeline);
    const spent = timeOnEach(timeline, state.endedAt);
    const problems = score.problems.map((scored): AssessmentReportProblem => {
      const final = runs.find((r) => r.id === scored.runId);
      const check = final && runs.find((r) => r.follows === final.id);
      const claim = claims.filter((c) => c.problemSlug === scored.slug).at(-1);
      const asked = byCandidate(runs, timeline).filter((r) => r.problemSlug === scored.slug);
      const complexity = this.deps.catalog.get(scored.slug)?.complexity ?? { time: '', space: '' };
      return {
        slug: scored.slug,
        title: scored.title,
        difficulty: scored.difficulty,
        verdict: final?.report?.verdict ?? null,
        passed: scored.passed,
        total: scored.total,
        timeSpentMs: spent.get(scored.slug) ?? 0,
        runs: asked.filter((r) => r.mode === 'run').length,
        submissions: asked.filter((r) => r.mode === 'submit').length,
        measured: check?.complexity?.time ?? null,
        optimal: { ...complexity },
        claim: claim ? { time: claim.time, space: claim.space, reason: claim.reason } : null,
        hintsRevealed: hintsOf(timeline).filter((h) => h.problemSlug === scored.slug).length,
        language: final?.language ?? 'javascript',
        finalCode: final?.code ?? '',
      };
    });
    return {
      roomId,
      settings: assessmentViewOf(record.assessment),
      startedAt: state.startedAt,
      endedAt: state.endedAt,
      reason: state.reason,
      score,
      formula: SCORE_FORMULA,
      problems,
      notes: notesOf(timeline),
      integrity: eventsOf(timeline, 'integrity').map((e) => ({ at: e.at, signal: e.signal })),
      scorecard: scorecard ? (await this.deps.reports.build(roomId)).scorecard : null,
    };
  }
}

/** The runs a person asked for (not the server's final judging). */
function byCandidate(runs: readonly StoredRun[], timeline: readonly TimelineEvent[]): StoredRun[] {
  const asked = new Set(
    eventsOf(timeline, 'runStarted')
      .filter((e) => e.by !== null)
      .map((e) => e.run.id),
  );
  return runs.filter((r) => asked.has(r.id));
}

/** How long each problem was in front of the candidate, from the start to the end. */
function timeOnEach(timeline: readonly TimelineEvent[], endedAt: string): Map<string, number> {
  const spent = new Map<string, number>();
  let current: { slug: string; since: number } | null = null;
  const close = (until: number) => {
    if (current) spent.set(current.slug, (spent.get(current.slug) ?? 0) + until - current.since);
  };
  const started = eventsOf(timeline, 'assessmentStarted')[0];
  const from = started ? Date.parse(started.at) : 0;
  const end = Date.parse(endedAt);
  for (const event of eventsOf(timeline, 'problem')) {
    const at = Math.min(Math.max(Date.parse(event.at), from), end);
    close(at);
    current = event.problemSlug ? { slug: event.problemSlug, since: at } : null;
  }
  close(end);
  return spent;
}
