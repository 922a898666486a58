/**
 * The scorecard draft in the private doc (`scorecard`, a Y.Map), read and written through
 * these helpers. Keys: `score/<dimension>` (1–4), `comment/<dimension>`,
 * `evidence/<dimension>` (an array of {@link EvidenceRef}), `recommendation`, `strengths`,
 * `improve`. Anything else, or a value of the wrong shape, reads as not filled in: the doc
 * is the interviewers' own, but a draft is only a draft until the server accepts it.
 */
import type * as Y from 'yjs';
import {
  type DimensionScore,
  EVIDENCE_KINDS,
  type EvidenceRef,
  RECOMMENDATIONS,
  type Recommendation,
  type ScorecardInput,
} from './interview.ts';
import { RUBRIC, RUBRIC_DIMENSIONS, RUBRIC_SCORES, type RubricDimension, type RubricScore } from './rubric.ts';

export interface ScorecardDraft {
  scores: Record<RubricDimension, { score: RubricScore | null; comment: string; evidence: EvidenceRef[] }>;
  recommendation: Recommendation | null;
  strengths: string;
  improve: string;
}

export function readScorecardDraft(map: Y.Map<unknown>): ScorecardDraft {
  const text = (key: string) => {
    const value = map.get(key);
    return typeof value === 'string' ? value : '';
  };
  const scores = Object.fromEntries(
    RUBRIC_DIMENSIONS.map((dimension) => {
      const score = map.get(`score/${dimension}`);
      return [
        dimension,
        {
          score: (RUBRIC_SCORES as readonly unknown[]).includes(score) ? (score as RubricScore) : null,
          comment: text(`comment/${dimension}`),
          evidence: readEvidence(map.get(`evidence/${dimension}`)),
        },
      ];
    }),
  ) as ScorecardDraft['scores'];
  const recommendation = map.get('recommendation');
  return {
    scores,
    recommendation: (RECOMMENDATIONS as readonly unknown[]).includes(recommendation)
      ? (recommendation as Recommendation)
      : null,
    strengths: text('strengths'),
    improve: text('improve'),
  };
}

function readEvidence(value: unknown): EvidenceRef[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is EvidenceRef =>
      typeof e === 'object' &&
      e !== null &&
      (EVIDENCE_KINDS as readonly unknown[]).includes((e as EvidenceRef).kind) &&
      typeof (e as EvidenceRef).id === 'string',
  );
}

/** What a draft still lacks before it can be submitted, in words; empty when complete. */
export function missingFromDraft(draft: ScorecardDraft): string[] {
  const missing = RUBRIC_DIMENSIONS.filter((d) => draft.scores[d].score === null).map(
    (d) => `a score for ${RUBRIC[d].label.toLowerCase()}`,
  );
  if (!draft.recommendation) missing.push('a recommendation');
  return missing;
}

/** The submission a complete draft makes; null while something is missing. */
export function scorecardFromDraft(draft: ScorecardDraft): ScorecardInput | null {
  if (missingFromDraft(draft).length > 0 || !draft.recommendation) return null;
  const scores = Object.fromEntries(
    RUBRIC_DIMENSIONS.map((d): [RubricDimension, DimensionScore] => {
      const { score, comment, evidence } = draft.scores[d];
      return [d, { score: score as RubricScore, comment: comment.trim(), evidence }];
    }),
  ) as ScorecardInput['scores'];
  return {
    scores,
    recommendation: draft.recommendation,
    strengths: draft.strengths.trim(),
    improve: draft.improve.trim(),
  };
}

/** Writers: each change is one Yjs transaction on the private doc. */
export const draftKeys = {
  score: (dimension: RubricDimension) => `score/${dimension}`,
  comment: (dimension: RubricDimension) => `comment/${dimension}`,
  evidence: (dimension: RubricDimension) => `evidence/${dimension}`,
  recommendation: 'recommendation',
  strengths: 'strengths',
  improve: 'improve',
} as const;
