import {
  type ComplexityClaim,
  claimAgrees,
  claimsOf,
  codeText,
  DryRunError,
  type EvidenceRef,
  type FeedbackReport,
  type HintRecord,
  type ReportProblem,
  type ResolvedEvidence,
  RUBRIC_DIMENSIONS,
  type RubricDimension,
  SCRATCH_PROBLEM,
  selectedLanguage,
  hintsOf,
  notesOf,
  type ThinkAloudNote,
  runSummary,
} from '@dryrun/shared';
import type * as Y from 'yjs';
import type { ProblemCatalog } from '../problems/ProblemCatalog.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store, StoredRun } from '../store/Store.ts';
import { RUNS_IN_REPORT } from './Feedback.ts';

/**
 * The feedback report: the submitted scorecard with its evidence spelled out, and for each
 * problem the session worked on, the final code, the last submission's results, the
 * complexity check against the claim and the hints used; then the think-aloud log and the
 * candidate's rating. Built from the stored facts and the shared doc whenever it is read;
 * there is none until the scorecard is submitted. Hidden tests show their name and verdict only.
 */
export class Reports {
  constructor(private readonly deps: { store: Store; rooms: RoomService; catalog: ProblemCatalog }) {}

  async build(roomId: string): Promise<FeedbackReport> {
    const { store, rooms } = this.deps;
    const [room, scorecard] = await Promise.all([store.getRoom(roomId), store.getScorecard(roomId)]);
    if (!room) throw new DryRunError('ROOM_NOT_FOUND', 'There is no such room. Check the link.');
    if (!scorecard) throw new DryRunError('NOT_READY', 'The interviewer has not submitted the feedback yet.');
    const [doc, timeline, runs, rating] = await Promise.all([
      rooms.readShared(roomId),
      rooms.timeline(roomId),
      store.listRuns(roomId, RUNS_IN_REPORT),
      store.getRating(roomId),
    ]);
    const notes = notesOf(timeline);
    const claims = claimsOf(timeline);
    const hints = hintsOf(timeline);

    const evidence = Object.fromEntries(
      RUBRIC_DIMENSIONS.map((dimension) => [
        dimension,
        scorecard.scores[dimension].evidence
          .map((ref) => resolve(ref, { notes, claims, runs, hints }))
          .filter((e): e is ResolvedEvidence => e !== null),
      ]),
    ) as Record<RubricDimension, ResolvedEvidence[]>;

    return {
      roomId,
      title: room.title,
      createdAt: room.createdAt.toISOString(),
      scorecard: { ...scorecard, evidence },
      problems: this.problemsWorkedOn(room.problemSlug, doc, { notes, claims, runs, hints }),
      thinkAloud: notes,
      rating: rating ?? null,
      ratingOpen: true,
    };
  }

  /** Every problem with something to show, in the order the session first touched them. */
  private problemsWorkedOn(current: string | null, doc: Y.Doc, facts: Facts): ReportProblem[] {
    const firstSeen = new Map<string, number>();
    const see = (slug: string, at: string) => {
      if (slug === SCRATCH_PROBLEM) return;
      const time = Date.parse(at);
      if (time < (firstSeen.get(slug) ?? Number.POSITIVE_INFINITY)) firstSeen.set(slug, time);
    };
    for (const run of facts.runs) see(run.problemSlug, run.createdAt.toISOString());
    for (const c of facts.claims) see(c.problemSlug, c.at);
    for (const h of facts.hints) see(h.problemSlug, h.revealedAt);
    for (const n of facts.notes) see(n.problemSlug, n.at);
    if (current && !firstSeen.has(current)) firstSeen.set(current, Number.POSITIVE_INFINITY);

    const problems: ReportProblem[] = [];
    for (const slug of [...firstSeen.keys()].sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0))) {
      const problem = this.deps.catalog.get(slug);
      if (!problem) continue;
      const runs = facts.runs.filter((r) => r.problemSlug === slug && r.status === 'done');
      const submit = runs.findLast((r) => r.mode === 'submit' && r.report);
      const check = runs.findLast((r) => r.mode === 'complexity' && r.complexity);
      const claims = facts.claims.filter((c) => c.problemSlug === slug);
      const standing = claims.at(-1);
      const language = submit?.language ?? selectedLanguage(doc);
      problems.push({
        slug,
        title: problem.title,
        difficulty: problem.difficulty,
        language,
        finalCode: submit?.code ?? codeText(doc, slug, language).toString(),
        submission:
          submit?.report != null
            ? {
                runId: submit.id,
                at: (submit.finishedAt ?? submit.createdAt).toISOString(),
                verdict: submit.report.verdict,
                passed: submit.report.passed,
                total: submit.report.total,
                tests: submit.report.tests.map((t) => ({ name: t.name, hidden: t.hidden, verdict: t.verdict })),
              }
            : null,
        claims,
        complexity:
          check?.complexity != null
            ? {
                runId: check.id,
                at: (check.finishedAt ?? check.createdAt).toISOString(),
                report: check.complexity,
                agrees: standing && check.complexity.time ? claimAgrees(standing.time, check.complexity.time) : null,
              }
            : null,
        expected: { ...problem.complexity },
        hints: facts.hints.filter((h) => h.problemSlug === slug),
      });
    }
    return problems;
  }
}

interface Facts {
  notes: ThinkAloudNote[];
  claims: ComplexityClaim[];
  runs: StoredRun[];
  hints: HintRecord[];
}

/** A cited piece of evidence in one line; null when it is gone (it never should be). */
function resolve(ref: EvidenceRef, facts: Facts): ResolvedEvidence | null {
  switch (ref.kind) {
    case 'note': {
      const note = facts.notes.find((n) => n.id === ref.id);
      return note
        ? { kind: 'note', id: ref.id, at: note.at, label: `Note${note.tag ? ` (${note.tag})` : ''}: “${note.text}”` }
        : null;
    }
    case 'claim': {
      const claim = facts.claims.find((c) => c.id === ref.id);
      return claim
        ? {
            kind: 'claim',
            id: ref.id,
            at: claim.at,
            label: `Claim: ${claim.time} time, ${claim.space} space — ${claim.reason}`,
          }
        : null;
    }
    case 'run': {
      const run = facts.runs.find((r) => r.id === ref.id);
      return run
        ? { kind: 'run', id: ref.id, mode: run.mode, at: run.createdAt.toISOString(), label: runSummary(run) }
        : null;
    }
    case 'hint': {
      const hint = facts.hints.find((h) => h.id === ref.id);
      return hint
        ? { kind: 'hint', id: ref.id, at: hint.revealedAt, label: `Hint ${hint.index + 1} revealed: “${hint.text}”` }
        : null;
    }
  }
}
