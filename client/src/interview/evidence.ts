import {
  type ComplexityClaim,
  type EvidenceRef,
  type HintRecord,
  type RunRecord,
  type ThinkAloudNote,
  VERDICT_LABEL,
} from '@dryrun/shared';

/** Something a score can cite, as the scorecard's picker lists it. */
export interface EvidenceOption extends EvidenceRef {
  at: string;
  label: string;
}

const MODE_LABEL: Record<RunRecord['mode'], string> = { run: 'Run', submit: 'Submit', complexity: 'Complexity check' };

/** Every note, claim, finished run and hint of the room, newest first, labelled in one line. */
export function evidenceOptions(facts: {
  notes: readonly ThinkAloudNote[];
  claims: readonly ComplexityClaim[];
  runs: readonly RunRecord[];
  hints: readonly HintRecord[];
}): EvidenceOption[] {
  const options: EvidenceOption[] = [
    ...facts.notes.map((n) => ({
      kind: 'note' as const,
      id: n.id,
      at: n.at,
      label: `Note${n.tag ? ` (${n.tag})` : ''}: “${shorten(n.text)}”`,
    })),
    ...facts.claims.map((c) => ({
      kind: 'claim' as const,
      id: c.id,
      at: c.at,
      label: `Claim: ${c.time} time, ${c.space} space`,
    })),
    ...facts.runs
      .filter((r) => r.status === 'done')
      .map((r) => ({ kind: 'run' as const, id: r.id, at: r.createdAt, label: runLabel(r) })),
    ...facts.hints.map((h) => ({
      kind: 'hint' as const,
      id: h.id,
      at: h.revealedAt,
      label: `Hint ${h.index + 1} revealed`,
    })),
  ];
  return options.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

export function runLabel(run: RunRecord): string {
  if (run.complexity) {
    const { status, time, failure } = run.complexity;
    return status === 'measured'
      ? `Complexity check — measured ${time}`
      : `Complexity check — ${VERDICT_LABEL[status].toLowerCase()} at n = ${failure?.n}`;
  }
  if (!run.report) return MODE_LABEL[run.mode];
  const { passed, total, verdict } = run.report;
  return `${MODE_LABEL[run.mode]} — ${passed}/${total} passed (${VERDICT_LABEL[verdict].toLowerCase()})`;
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
