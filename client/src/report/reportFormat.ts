import {
  assertNever,
  type ComplexityClaim,
  type DataPoint,
  RECOMMENDATION_LABEL,
  type Recommendation,
  type ReportProblem,
  type RubricScore,
  VERDICT_LABEL,
} from '@dryrun/shared';

/*
 * How the feedback report reads: pure functions from report data to words, so the page and
 * its tests agree on them. Dates take an optional locale and time zone for the tests; the
 * page shows the reader's own.
 */

export interface DateOptions {
  locale?: string;
  timeZone?: string;
}

/** "12 May 2025" (in the reader's locale). */
export function formatDay(iso: string, { locale, timeZone }: DateOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** "14:05" (or "2:05 PM"): the time of day something happened. */
export function formatClock(iso: string, { locale, timeZone }: DateOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** The format of {@link formatClockSeconds}, to format many moments with one. */
export function clockSecondsFormat({ locale, timeZone }: DateOptions = {}): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone });
}

/** "14:05:09" (or "2:05:09 PM"): the moment within a session, as a replay steps through it. */
export function formatClockSeconds(iso: string, options: DateOptions = {}): string {
  return clockSecondsFormat(options).format(new Date(iso));
}

/** "12 May 2025, 14:05". */
export function formatDateTime(iso: string, { locale, timeZone }: DateOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "3 / 4": a rubric score as text (the visual beside it is decoration). */
export function scoreText(score: RubricScore): string {
  return `${score} / 4`;
}

/** "4 / 5 stars". */
export function starsText(stars: number): string {
  return `${stars} / 5 ${stars === 1 ? 'star' : 'stars'}`;
}

/** How the overall call reads: the label, an icon and a tone; the words carry the meaning. */
export function recommendationLook(recommendation: Recommendation): {
  label: string;
  icon: string;
  tone: 'ok' | 'bad';
} {
  const label = RECOMMENDATION_LABEL[recommendation];
  switch (recommendation) {
    case 'strong_yes':
      return { label, icon: '✓✓', tone: 'ok' };
    case 'yes':
      return { label, icon: '✓', tone: 'ok' };
    case 'no':
      return { label, icon: '✕', tone: 'bad' };
    case 'strong_no':
      return { label, icon: '✕✕', tone: 'bad' };
    default:
      return assertNever(recommendation);
  }
}

/** "O(n) time, O(1) space". */
export function claimText(claim: Pick<ComplexityClaim, 'time' | 'space'>): string {
  return `${claim.time} time, ${claim.space} space`;
}

/** "12 of 16 tests passed". */
export function passedText(passed: number, total: number): string {
  return `${passed} of ${total} ${total === 1 ? 'test' : 'tests'} passed`;
}

/** The claimed and measured time complexity side by side, and whether they agree, in words. */
export interface ComplexityVerdict {
  /** "claimed O(n) — measured O(n²)", "claimed O(n) — not measured", "no claim — measured O(n)". */
  comparison: string;
  /** "Agrees with the claim", "Differs from the claim", or why there is nothing to compare. */
  agreement: string;
  tone: 'ok' | 'bad' | 'neutral';
}

export function complexityVerdict(problem: Pick<ReportProblem, 'claims' | 'complexity'>): ComplexityVerdict {
  const claim = problem.claims.at(-1);
  const check = problem.complexity;
  const claimed = claim ? `claimed ${claim.time}` : 'no claim';
  if (!check) {
    return { comparison: `${claimed} — not measured`, agreement: 'The complexity was not checked.', tone: 'neutral' };
  }
  const { report } = check;
  if (report.status !== 'measured' || report.time === null) {
    const why = report.status === 'measured' ? 'no class fitted' : VERDICT_LABEL[report.status].toLowerCase();
    const where = report.failure ? ` at n = ${report.failure.n}` : '';
    return {
      comparison: `${claimed} — not measured`,
      agreement: `The check could not measure it: ${why}${where}.`,
      tone: 'neutral',
    };
  }
  const comparison = `${claimed} — measured ${report.time}`;
  if (!claim) return { comparison, agreement: 'No claim was made to compare with.', tone: 'neutral' };
  if (check.agrees === true) return { comparison, agreement: 'Agrees with the claim.', tone: 'ok' };
  if (check.agrees === false) return { comparison, agreement: 'Differs from the claim.', tone: 'bad' };
  return { comparison, agreement: 'The claim names no class the check measures.', tone: 'neutral' };
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** "1,234,568": mean steps, rounded. */
export function formatSteps(steps: number): string {
  return numberFormat.format(steps);
}

/**
 * "×2.0": how many times the steps grew from the previous size, which shows the class at a
 * glance when sizes double (×2 linear, ×4 quadratic); "—" for the first size or no steps.
 */
export function formatGrowth(previous: DataPoint | undefined, point: DataPoint): string {
  if (!previous || previous.steps <= 0) return '—';
  return `×${(point.steps / previous.steps).toFixed(1)}`;
}

/** `dryrun-feedback-<room>.json`: the name a downloaded copy of the report is saved under. */
export function downloadName(
  roomId: string,
  format: 'json' | 'markdown',
  what: 'feedback' | 'assessment' = 'feedback',
): string {
  const safe = roomId.replace(/[^A-Za-z0-9_-]/g, '_');
  return `dryrun-${what}-${safe}.${format === 'json' ? 'json' : 'md'}`;
}
