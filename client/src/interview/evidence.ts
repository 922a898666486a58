import {
  type ComplexityClaim,
  type EvidenceRef,
  type HintRecord,
  type RunRecord,
  runSummary,
  type ThinkAloudNote,
} from '@dryrun/shared';

/** Something a score can cite, as the scorecard's picker lists it. */
export interface EvidenceOption extends EvidenceRef {
  at: string;
  label: string;
}

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
      .map((r) => ({ kind: 'run' as const, id: r.id, at: r.createdAt, label: runSummary(r) })),
    ...facts.hints.map((h) => ({
      kind: 'hint' as const,
      id: h.id,
      at: h.revealedAt,
      label: `Hint ${h.index + 1} revealed`,
    })),
  ];
  return options.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
