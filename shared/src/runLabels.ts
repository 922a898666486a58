import type { ComplexityReport } from './complexity.ts';
import type { EvidenceKind, ResolvedEvidence } from './interview.ts';
import type { RunMode } from './protocol.ts';
import { VERDICT_LABEL, type Verdict } from './verdicts.ts';

/** What each kind of run is called, everywhere: the results, the history, the scorecard, the report. */
export const RUN_MODE_LABEL: Record<RunMode, string> = {
  run: 'Run',
  submit: 'Submission',
  complexity: 'Complexity check',
};

/** What each kind of evidence is called; a run is called by its mode ({@link evidenceTag}). */
export const EVIDENCE_KIND_LABEL: Record<EvidenceKind, string> = {
  note: 'Note',
  run: 'Run',
  claim: 'Claim',
  hint: 'Hint',
};

/** The tag a cited piece of evidence wears: what it is, a submission or a complexity check included. */
export function evidenceTag(evidence: ResolvedEvidence): string {
  return evidence.kind === 'run' ? RUN_MODE_LABEL[evidence.mode] : EVIDENCE_KIND_LABEL[evidence.kind];
}

/** What a run summary needs to know, as the server stores a run and as a client sees one. */
export interface RunOutcome {
  mode: RunMode;
  status: 'running' | 'done' | 'failed';
  report: { verdict: Verdict; passed: number; total: number } | null;
  complexity: Pick<ComplexityReport, 'status' | 'time' | 'failure'> | null;
}

/**
 * What a complexity check found, e.g. `Measured O(n²)`, `Not measured: Wrong answer at n = 64`;
 * `count` writes the size (a locale's digit grouping, say).
 */
export function complexityFinding(
  found: Pick<ComplexityReport, 'status' | 'time' | 'failure'>,
  count: (n: number) => string = String,
): string {
  if (found.status === 'measured') return `Measured ${found.time ?? 'no class'}`;
  const where = found.failure ? ` at n = ${count(found.failure.n)}` : '';
  return `Not measured: ${VERDICT_LABEL[found.status]}${where}`;
}

/** A run in one line, e.g. `Submission — 18/20 passed (wrong answer)`, `Complexity check — measured O(n)`. */
export function runSummary(run: RunOutcome): string {
  const mode = RUN_MODE_LABEL[run.mode];
  if (run.status === 'running') return `${mode} — running`;
  if (run.status === 'failed') return `${mode} — could not be judged`;
  if (run.complexity) {
    const finding = complexityFinding(run.complexity);
    return `${mode} — ${finding[0]?.toLowerCase()}${finding.slice(1)}`;
  }
  if (!run.report) return mode;
  const { verdict, passed, total } = run.report;
  return `${mode} — ${passed}/${total} passed (${VERDICT_LABEL[verdict].toLowerCase()})`;
}
