/**
 * Solo timed practice. An assessment is a room with one candidate, problems drawn from the
 * set and a clock the server owns: what may be asked for, the presets the home page offers,
 * what the room's timeline says of it, and what the candidate's browser may record.
 */
import type { AssessmentScore, ProblemDifficulty } from './assessmentScore.ts';
import type { ComplexityClaim, FeedbackReport, ThinkAloudNote } from './interview.ts';
import type { Language } from './docLayout.ts';
import { eventsOf, type TimelineEvent } from './timeline.ts';
import type { Verdict } from './verdicts.ts';

export const ASSESSMENT_DIFFICULTIES = ['easy', 'medium', 'hard', 'mixed'] as const;
export type AssessmentDifficulty = (typeof ASSESSMENT_DIFFICULTIES)[number];

/** Extra time a candidate gives themselves before the start, in percent; no one approves it. */
export const EXTRA_TIME_PERCENTS = [0, 25, 50, 100] as const;
export type ExtraTimePercent = (typeof EXTRA_TIME_PERCENTS)[number];

export const ASSESSMENT_LIMITS = { maxProblems: 6, maxMinutes: 240, maxTopics: 16 } as const;

/** What a request leaves out. */
export const ASSESSMENT_DEFAULTS = { count: 2, difficulty: 'mixed', minutes: 45 } as const;

/** The difficulties a `mixed` draw asks for, by count: rising, the hardest last. */
export const MIXED_DIFFICULTIES: Record<number, readonly ProblemDifficulty[]> = {
  1: ['medium'],
  2: ['easy', 'medium'],
  3: ['easy', 'medium', 'hard'],
  4: ['easy', 'medium', 'medium', 'hard'],
  5: ['easy', 'easy', 'medium', 'medium', 'hard'],
  6: ['easy', 'easy', 'medium', 'medium', 'hard', 'hard'],
};

/** An assessment as it was set up: fixed at creation, stored with its room. */
export interface AssessmentSettings {
  /** The problems drawn, in the order they are offered. */
  problems: string[];
  minutes: number;
  extraTimePercent: ExtraTimePercent;
  /** Paste and drop into the editor are blocked (and recorded). */
  strict: boolean;
  /** The candidate may reveal hints, each at a published cost. */
  hints: boolean;
}

/** The time allowed, extra time included, in milliseconds. */
export function allowedMs(settings: Pick<AssessmentSettings, 'minutes' | 'extraTimePercent'>): number {
  return Math.round(settings.minutes * 60_000 * (1 + settings.extraTimePercent / 100));
}

/** What everyone in an assessment's room is told of its set-up (the problems come at the start). */
export interface AssessmentView {
  problemCount: number;
  minutes: number;
  extraTimePercent: ExtraTimePercent;
  /** Minutes allowed, extra time included. */
  allowedMinutes: number;
  strict: boolean;
  hints: boolean;
}

export function assessmentViewOf(settings: AssessmentSettings): AssessmentView {
  return {
    problemCount: settings.problems.length,
    minutes: settings.minutes,
    extraTimePercent: settings.extraTimePercent,
    allowedMinutes: allowedMs(settings) / 60_000,
    strict: settings.strict,
    hints: settings.hints,
  };
}

/** A problem of a started assessment, as its tabs show it. */
export interface AssessmentProblem {
  slug: string;
  title: string;
  difficulty: ProblemDifficulty;
  topics: string[];
  /** Hints the candidate may reveal (0 when hints are off). */
  hintCount: number;
}

/** Why an attempt ended. */
export type EndReason = 'deadline' | 'finished';

export const END_REASON_LABEL: Record<EndReason, string> = {
  deadline: 'Time ran out',
  finished: 'Finished early',
};

/**
 * What a candidate's browser records about the attempt, as the timeline keeps it: context
 * for whoever reads the report (the candidate first), never a term of the score.
 */
export type IntegritySignal =
  /** Text pasted into a problem's editor. */
  | { kind: 'paste'; problemSlug: string; chars: number }
  /** A paste or a drop strict mode stopped. */
  | { kind: 'pasteBlocked'; problemSlug: string; chars: number }
  | { kind: 'dropBlocked'; problemSlug: string }
  /** The page was hidden or lost focus (another tab, another window). */
  | { kind: 'left' }
  /** Back, after this long away. */
  | { kind: 'returned'; awayMs: number };

export type IntegrityKind = IntegritySignal['kind'];
export const INTEGRITY_KINDS = ['paste', 'pasteBlocked', 'dropBlocked', 'left', 'returned'] as const;

/** How many integrity signals an attempt keeps (past it, they are refused: a flood, not context). */
export const MAX_INTEGRITY_SIGNALS = 500;

/** An integrity signal in words, e.g. `Pasted 120 characters into Two Sum`. */
export function integrityText(signal: IntegritySignal, titleOf: (slug: string) => string = (s) => s): string {
  switch (signal.kind) {
    case 'paste':
      return `Pasted ${signal.chars} character${signal.chars === 1 ? '' : 's'} into ${titleOf(signal.problemSlug)}`;
    case 'pasteBlocked':
      return `A paste of ${signal.chars} character${signal.chars === 1 ? '' : 's'} into ${titleOf(signal.problemSlug)} was blocked (strict mode)`;
    case 'dropBlocked':
      return `A drop into ${titleOf(signal.problemSlug)} was blocked (strict mode)`;
    case 'left':
      return 'Left the page (another tab or window)';
    case 'returned':
      return `Came back after ${formatDuration(signal.awayMs)}`;
  }
}

/** `1 h 05 min`, `4 min 09 s`, `12 s`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}

/** Where an attempt stands, read from its room's timeline. */
export type AssessmentState =
  | { phase: 'ready' }
  | { phase: 'running'; startedAt: string; deadline: string; problems: AssessmentProblem[] }
  | {
      phase: 'ended';
      startedAt: string;
      deadline: string;
      problems: AssessmentProblem[];
      endedAt: string;
      reason: EndReason;
      /** Null while the final judging runs. */
      score: AssessmentScore | null;
    };

export function assessmentStateOf(timeline: readonly TimelineEvent[]): AssessmentState {
  const started = eventsOf(timeline, 'assessmentStarted')[0];
  if (!started) return { phase: 'ready' };
  const { deadline, problems } = started;
  const ended = eventsOf(timeline, 'assessmentEnded')[0];
  if (!ended) return { phase: 'running', startedAt: started.at, deadline, problems };
  const scored = eventsOf(timeline, 'scored')[0];
  return {
    phase: 'ended',
    startedAt: started.at,
    deadline,
    problems,
    endedAt: ended.at,
    reason: ended.reason,
    score: scored?.score ?? null,
  };
}

/** `POST /api/assessments` answers with the candidate's link and the review link. */
export interface CreateAssessmentResponse {
  id: string;
  links: { candidate: string; review: string };
}

/** One problem of an assessment's report. */
export interface AssessmentReportProblem {
  slug: string;
  title: string;
  difficulty: ProblemDifficulty;
  /** The final judging (on every test): its verdict and counts. */
  verdict: Verdict | null;
  passed: number;
  total: number;
  /** Time the problem was on screen, in milliseconds. */
  timeSpentMs: number;
  runs: number;
  submissions: number;
  /** The class the final code measured, the intended one, and the candidate's last claim. */
  measured: string | null;
  optimal: { time: string; space: string };
  claim: Pick<ComplexityClaim, 'time' | 'space' | 'reason'> | null;
  hintsRevealed: number;
  language: Language;
  finalCode: string;
}

/** An integrity signal with its moment. */
export interface RecordedSignal {
  at: string;
  signal: IntegritySignal;
}

/** `GET /api/assessments/:id/report`: the attempt, for its candidate and its reviewer. */
export interface AssessmentReport {
  roomId: string;
  settings: AssessmentView;
  startedAt: string;
  endedAt: string;
  reason: EndReason;
  score: AssessmentScore;
  formula: readonly string[];
  problems: AssessmentReportProblem[];
  notes: ThinkAloudNote[];
  integrity: RecordedSignal[];
  /** A reviewer's scorecard, once submitted, its evidence spelled out. */
  scorecard: FeedbackReport['scorecard'] | null;
}

/** Ready-made assessments, the way the services a candidate prepares for shape theirs. */
export const ASSESSMENT_PRESETS = [
  {
    id: 'warm-up',
    title: 'Warm-up',
    summary: '1 easy problem, 20 minutes',
    request: { count: 1, difficulty: 'easy', minutes: 20 },
  },
  {
    id: 'screen',
    title: 'Screen',
    summary: '2 problems, 45 minutes',
    request: { count: 2, difficulty: 'mixed', minutes: 45 },
  },
  {
    id: 'full',
    title: 'Full assessment',
    summary: '4 problems of rising difficulty, 70 minutes',
    request: { count: 4, difficulty: 'mixed', minutes: 70 },
  },
] as const;

/** The page of an assessment (the candidate's link, and the review link, carry a token). */
export function assessmentPath(roomId: string): string {
  return `/assessment/${encodeURIComponent(roomId)}`;
}

export function assessmentReportPath(roomId: string): string {
  return `/assessment/${encodeURIComponent(roomId)}/report`;
}

export function assessmentReportApiPath(roomId: string, format: 'json' | 'markdown' = 'json'): string {
  return `/api/assessments/${encodeURIComponent(roomId)}/report${format === 'markdown' ? '.md' : ''}`;
}
