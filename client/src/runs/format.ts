import {
  assertNever,
  type CodeError,
  complexityFinding,
  type ComplexityReport,
  type RunRecord,
  VERDICT_LABEL,
  type Verdict,
} from '@dryrun/shared';

/** How a verdict reads: words first, an icon beside them, a tone for colour. Never colour alone. */
export interface VerdictLook {
  label: string;
  icon: string;
  /** `neutral` says neither good nor bad: a measured complexity, say. */
  tone: 'ok' | 'warn' | 'bad' | 'neutral';
}

export function verdictLook(verdict: Verdict): VerdictLook {
  switch (verdict) {
    case 'accepted':
      return { label: VERDICT_LABEL.accepted, icon: '✓', tone: 'ok' };
    case 'wrong_answer':
      return { label: VERDICT_LABEL.wrong_answer, icon: '✕', tone: 'bad' };
    case 'time_limit':
      return { label: VERDICT_LABEL.time_limit, icon: '⧗', tone: 'warn' };
    case 'memory_limit':
      return { label: VERDICT_LABEL.memory_limit, icon: '▦', tone: 'warn' };
    case 'runtime_error':
      return { label: VERDICT_LABEL.runtime_error, icon: '!', tone: 'bad' };
    case 'compile_error':
      return { label: VERDICT_LABEL.compile_error, icon: '!', tone: 'bad' };
    case 'output_limit':
      return { label: VERDICT_LABEL.output_limit, icon: '≡', tone: 'warn' };
    default:
      return assertNever(verdict);
  }
}

/** A run of the whole program (a blank pad without tests): one "test". */
export function isProgramRun(run: RunRecord): boolean {
  return run.target === 'program';
}

/** How a finished run reads overall; a program that ran cleanly is "Finished", not "Accepted". */
export function runVerdictLook(run: RunRecord, verdict: Verdict): VerdictLook {
  const look = verdictLook(verdict);
  return verdict === 'accepted' && isProgramRun(run) ? { ...look, label: 'Finished' } : look;
}

/** "Cara submitted", "Ivo ran the tests", "Cara ran custom input", "Cara ran the program". */
export function describeRun(run: RunRecord): string {
  const who = run.by.name;
  switch (run.mode) {
    case 'submit':
      return `${who} submitted`;
    case 'run':
      if (isProgramRun(run)) return `${who} ran the program`;
      return run.customInput === null ? `${who} ran the tests` : `${who} ran the tests with custom input`;
    case 'complexity':
      return `${who} checked the complexity`;
    default:
      return assertNever(run.mode);
  }
}

const numberFormat = new Intl.NumberFormat();

/** What a complexity check found, in words: "Measured O(n²)", "Not measured: Wrong answer at n = 64". */
export function complexityOutcome(report: ComplexityReport): string {
  return complexityFinding(report, (n) => numberFormat.format(n));
}

/** A complexity check in short, as a badge: the class it measured, or "Not measured" with the verdict's icon. */
export function complexityLook(report: ComplexityReport): VerdictLook {
  if (report.status === 'measured') return { label: report.time ?? 'Measured', icon: '↗', tone: 'neutral' };
  return { ...verdictLook(report.status), label: 'Not measured' };
}

/** "1,234,567 steps" (in the reader's locale). */
export function formatSteps(steps: number): string {
  return `${numberFormat.format(steps)} ${steps === 1 ? 'step' : 'steps'}`;
}

/** "12 ms", "1.25 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "just now", "3 minutes ago", "yesterday". */
export function formatAgo(iso: string, now: number): string {
  // A server clock a little ahead of ours must not read "in 10 seconds".
  const seconds = Math.min(0, Math.round((Date.parse(iso) - now) / 1000));
  if (Math.abs(seconds) < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

/** "TypeError: x is not a function". */
export function formatCodeError(error: CodeError): string {
  return error.name ? `${error.name}: ${error.message}` : error.message;
}
