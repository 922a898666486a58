/**
 * The published score of an assessment: the formula, in words (for the README, the start
 * page and the report), and the one function that applies it. Integrity signals are never a
 * term: they are context for a reviewer, not a verdict.
 */
import { COMPLEXITY_CLASSES, type ComplexityClass, parseComplexity } from './complexity.ts';

export type ProblemDifficulty = 'easy' | 'medium' | 'hard';

/** A problem's worth, by difficulty. */
export const POINTS_BY_DIFFICULTY: Record<ProblemDifficulty, number> = { easy: 100, medium: 200, hard: 300 };
/** Shares of a problem's worth. */
export const CORRECTNESS_SHARE = 0.8;
export const EFFICIENCY_SHARE = 0.2;
/** What each hint revealed costs, as a share of its problem's worth. */
export const HINT_COST_SHARE = 0.1;
/** Every total is scaled to this. */
export const SCORE_SCALE = 1000;

/** The formula as a candidate reads it before they start, and on their report. */
export const SCORE_FORMULA = [
  `Each problem is worth ${POINTS_BY_DIFFICULTY.easy} points if easy, ${POINTS_BY_DIFFICULTY.medium} if medium, ${POINTS_BY_DIFFICULTY.hard} if hard.`,
  'When time is up (or you finish early), the latest code of every problem is judged on all its tests, hidden ones included, whether or not you ran it.',
  `Correctness: ${CORRECTNESS_SHARE * 100} % of the problem's worth, times the share of tests passed (partial credit).`,
  `Efficiency: ${EFFICIENCY_SHARE * 100} % of the worth when every test passes and the measured time complexity is no worse than the intended one (for a problem without a complexity measurement, or when the server could not run the check, a full pass earns it).`,
  `Hints: each hint you reveal costs ${HINT_COST_SHARE * 100} % of its problem's worth; a problem never scores below 0.`,
  `Total: the points earned over the points possible, scaled to ${SCORE_SCALE}.`,
  'Pastes and leaving the tab are recorded and shown to you and a reviewer; they are never part of the score.',
] as const;

/** What the judge found for one problem at the end. */
export interface ProblemOutcome {
  slug: string;
  /** The final judging's run (null if it could not be judged: no points). */
  runId: string | null;
  title: string;
  difficulty: ProblemDifficulty;
  /** Tests of the final judging (all of them, hidden included). */
  passed: number;
  total: number;
  /** The measured time class of the final code, or null when not measured (or not measurable). */
  measured: ComplexityClass | null;
  /** Whether the problem's complexity can be measured at all (it has an input generator). */
  measurable: boolean;
  /** The intended solution's time complexity, e.g. `O(n)`. */
  intended: string;
  hintsRevealed: number;
}

export interface ProblemScore extends ProblemOutcome {
  worth: number;
  correctness: number;
  efficiency: number;
  hintCost: number;
  points: number;
}

export interface AssessmentScore {
  problems: ProblemScore[];
  earned: number;
  possible: number;
  /** `earned / possible`, scaled to {@link SCORE_SCALE} and rounded. */
  total: number;
  scale: number;
}

/** Applies {@link SCORE_FORMULA}. */
export function scoreAssessment(outcomes: readonly ProblemOutcome[]): AssessmentScore {
  const problems = outcomes.map(scoreProblem);
  const earned = problems.reduce((sum, p) => sum + p.points, 0);
  const possible = problems.reduce((sum, p) => sum + p.worth, 0);
  return {
    problems,
    earned,
    possible,
    total: possible === 0 ? 0 : Math.round((SCORE_SCALE * earned) / possible),
    scale: SCORE_SCALE,
  };
}

function scoreProblem(outcome: ProblemOutcome): ProblemScore {
  const worth = POINTS_BY_DIFFICULTY[outcome.difficulty];
  const correctness =
    outcome.total === 0 ? 0 : Math.round((CORRECTNESS_SHARE * worth * outcome.passed) / outcome.total);
  const fullPass = outcome.total > 0 && outcome.passed === outcome.total;
  const efficient = outcome.measurable ? isNoWorse(outcome.measured, outcome.intended) : true;
  const efficiency = fullPass && efficient ? Math.round(EFFICIENCY_SHARE * worth) : 0;
  const hintCost = Math.round(HINT_COST_SHARE * worth) * outcome.hintsRevealed;
  return {
    ...outcome,
    worth,
    correctness,
    efficiency,
    hintCost,
    points: Math.max(0, correctness + efficiency - hintCost),
  };
}

/** Whether a measured class is no slower than the intended complexity (a form the check does not measure counts as met). */
function isNoWorse(measured: ComplexityClass | null, intended: string): boolean {
  if (measured === null) return false;
  const parsed = parseComplexity(intended);
  const target = parsed.ok ? parsed.class : null;
  if (target === null) return true;
  return COMPLEXITY_CLASSES.indexOf(measured) <= COMPLEXITY_CLASSES.indexOf(target);
}
