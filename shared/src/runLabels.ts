import type { ComplexityReport } from './complexity.ts';
import type { EvidenceKind } from './interview.ts';
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
export function evidenceTag(evidence: { kind: EvidenceKind; mode?: RunMode | undefined }): string {
  return evidence.kind === 'run' && evidence.mode ? RUN_MODE_LABEL[evidence.mode] : EVIDENCE_KIND_LABEL[evidence.kind];
}

/** What a run summary needs to know, as the server stores a run and as a client sees one. */
export interface RunOutcome {
  mode: RunMode;
  status: 'running' | 'done' | 'failed';
  report: { verdict: Verdict; passed: number; total: number } | null;
  complexity: Pick<ComplexityReport, 'status' | 'time' | 'failure'> | null;
}

/** A run in one line, e.g. `Submission — 18/20 passed (wrong answer)`, `Complexity check — measured O(n)`. */
export function runSummary(run: RunOutcome): string {
  const mode = RUN_MODE_LABEL[run.mode];
  if (run.status === 'running') return `${mode} — running`;
  if (run.status === 'failed') return `${mode} — could not be judged`;
  if (run.complexity) {
    const { status, time, failure } = run.complexity;
    return status === 'measured'
      ? `${mode} — measured ${time}`
      : `${mode} — not measured: ${VERDICT_LABEL[status].toLowerCase()} at n = ${failure?.n}`;
  }
  if (!run.report) return mode;
  const { verdict, passed, total } = run.report;
  return `${mode} — ${passed}/${total} passed (${VERDICT_LABEL[verdict].toLowerCase()})`;
}
