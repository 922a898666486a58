/**
 * The interview loop's records: the candidate's think-aloud notes and complexity claims, the
 * interviewer's guide and the hints revealed from it, the scorecard and the feedback report.
 *
 * Notes and claims live in the shared doc (see `docLayout.ts`) but only the server writes
 * them, from validated requests: it stamps the time and the author, and no one can edit a
 * note after an interviewer has cited it. Hints, scorecards and ratings are stored facts.
 */
import type { ComplexityClass, ComplexityReport } from './complexity.ts';
import type { RunMode } from './protocol.ts';
import type { Role } from './roles.ts';
import type { RubricDimension, RubricScore } from './rubric.ts';
import type { Verdict } from './verdicts.ts';

/** Who wrote something, as the server admitted them. */
export interface Author {
  name: string;
  role: Role;
}

/** What a think-aloud note is about. */
export const NOTE_TAGS = ['question', 'approach', 'complexity', 'testing'] as const;
export type NoteTag = (typeof NOTE_TAGS)[number];

/** A line of code a note or claim points at, with the line's text when it was written. */
export interface PinnedLine {
  line: number;
  text: string;
}

/** One entry of the think-aloud log. */
export interface ThinkAloudNote {
  id: string;
  /** ISO 8601, the server's clock. */
  at: string;
  by: Author;
  /** The problem in front of the room when it was written (`scratch` on a blank pad). */
  problemSlug: string;
  tag: NoteTag | null;
  text: string;
  pinned: PinnedLine | null;
}

/** A candidate's statement of time and space complexity; a new claim supersedes the last. */
export interface ComplexityClaim {
  id: string;
  at: string;
  by: Author;
  problemSlug: string;
  /** Canonical text, e.g. `O(n log n)` or `O(n + m)`. */
  time: string;
  space: string;
  /** The measured class the time claim names, when it names one. */
  timeClass: ComplexityClass | null;
  reason: string;
  pinned: PinnedLine | null;
}

/** Payload of a think-aloud note request. */
export interface NoteRequest {
  text: string;
  tag?: NoteTag | null;
  /** 1-based line of the room's current code. */
  line?: number | null;
}

/** Payload of a complexity claim request. */
export interface ClaimRequest {
  time: string;
  space: string;
  reason: string;
  line?: number | null;
}

/** A hint of the guide that the interviewer showed to the candidate. */
export interface HintRecord {
  id: string;
  problemSlug: string;
  /** 0-based position in the problem's hint ladder. */
  index: number;
  text: string;
  revealedAt: string;
  by: Author;
}

/** The interviewer's side panel: never sent to a candidate or an observer. */
export interface InterviewerGuide {
  problemSlug: string;
  /** The hint ladder, mildest first. */
  hints: string[];
  followUps: string[];
  mistakes: string[];
  /** What strong and weak answers look like on this problem, per rubric dimension. */
  rubric: Record<RubricDimension, { strong: string; weak: string }>;
  /** The reference solution's source. */
  solution: string;
  /** The complexity of an optimal solution, e.g. `{ time: "O(n)", space: "O(n)" }`. */
  complexity: { time: string; space: string };
}

/** The interviewer's overall call. */
export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const RECOMMENDATION_LABEL: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};

/** What a score can cite: a think-aloud note, a run (or complexity check), a claim or a hint. */
export const EVIDENCE_KINDS = ['note', 'run', 'claim', 'hint'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export interface EvidenceRef {
  kind: EvidenceKind;
  id: string;
}

export interface DimensionScore {
  score: RubricScore;
  /** Optional words on this dimension. */
  comment: string;
  evidence: EvidenceRef[];
}

/** A complete scorecard, as submitted. */
export interface ScorecardInput {
  scores: Record<RubricDimension, DimensionScore>;
  recommendation: Recommendation;
  strengths: string;
  improve: string;
}

export interface SubmittedScorecard extends ScorecardInput {
  submittedAt: string;
  by: Author;
}

/** Whether the room's feedback is ready: sent on join and when the scorecard is submitted. */
export interface FeedbackStatus {
  submittedAt: string | null;
}

/** The candidate's rating of the feedback they received. */
export interface FeedbackRating {
  stars: 1 | 2 | 3 | 4 | 5;
  comment: string;
  ratedAt: string;
}

/** A piece of evidence as the report shows it; a run says which kind it was. */
export type ResolvedEvidence =
  | (ShownEvidence & { kind: Exclude<EvidenceKind, 'run'> })
  | (ShownEvidence & { kind: 'run'; mode: RunMode });

interface ShownEvidence {
  id: string;
  at: string;
  /** One line saying what it is, e.g. `Submission — 18/20 passed` or `Claim: O(n) time, O(1) space`. */
  label: string;
}

/** One problem the session worked on, as the report shows it. */
export interface ReportProblem {
  slug: string;
  title: string;
  difficulty: 'easy' | 'medium' | 'hard';
  language: string;
  /** The code of the last submission, or the room's code when nothing was submitted. */
  finalCode: string;
  /** The last submission's results (hidden tests: name and verdict only). */
  submission: {
    runId: string;
    at: string;
    verdict: Verdict;
    passed: number;
    total: number;
    tests: Array<{ name: string; hidden: boolean; verdict: Verdict }>;
  } | null;
  /** Every claim for this problem, oldest first; the last one stands. */
  claims: ComplexityClaim[];
  /** The last complexity check, and whether the standing claim agrees with it. */
  complexity: { runId: string; at: string; report: ComplexityReport; agrees: boolean | null } | null;
  /** The optimal complexity, for comparison. */
  expected: { time: string; space: string };
  hints: HintRecord[];
}

/** The feedback report: what the candidate reads once the interviewer has submitted. */
export interface FeedbackReport {
  roomId: string;
  title: string;
  createdAt: string;
  scorecard: SubmittedScorecard & {
    evidence: Record<RubricDimension, ResolvedEvidence[]>;
  };
  problems: ReportProblem[];
  thinkAloud: ThinkAloudNote[];
  rating: FeedbackRating | null;
  /**
   * Whether the candidate may rate (or rate again) here: not in a two-half session, where
   * the rating is given before the feedback is released and is final after.
   */
  ratingOpen: boolean;
}
