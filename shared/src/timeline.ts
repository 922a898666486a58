/**
 * A room's timeline: every fact the server vouches for, in the order it happened. The
 * server creates each event from a validated request (or on its own, such as seeding the
 * starter code), stores it before anyone hears of it, and numbers it: `seq` counts from 1
 * per room, without gaps. A joining client gets the timeline so far in its snapshot, then
 * each new event live, in order. Nothing here is ever edited or removed.
 *
 * Events are public to everyone in the room: what only some may see (hidden tests, a
 * scorecard before its release, the interviewers' notes) is never in one.
 */
import type { AssessmentProblem, EndReason, IntegritySignal } from './assessment.ts';
import type { AssessmentScore } from './assessmentScore.ts';
import type { ComplexityReport } from './complexity.ts';
import { type Language, SCRATCH_PROBLEM } from './docLayout.ts';
import type { ComplexityClaim, FeedbackStatus, HintRecord, ThinkAloudNote } from './interview.ts';
import type { Phase } from './phases.ts';
import type { RunMode, RunTarget } from './protocol.ts';
import type { Role } from './roles.ts';
import type { JudgeReport, Verdict } from './verdicts.ts';

/** Who caused an event, as the server admitted them; `null` when the server did it on its own. */
export interface Actor {
  /** The participant's connection id (`Participant.id`); null for events from before it was recorded. */
  participantId: string | null;
  name: string;
  role: Role;
}

/** A run as the timeline records it when it starts; its full record is a `RunRecord`. */
export interface RunStarted {
  id: string;
  mode: RunMode;
  target: RunTarget;
  problemSlug: string;
  language: Language;
  /** The accepted submission a complexity check follows, or null. */
  follows: string | null;
}

/** How a run ended, as the timeline records it. */
export interface RunFinished {
  id: string;
  status: 'done' | 'failed';
  /** The run's verdict; null for a complexity check or a run that could not be judged. */
  verdict: Verdict | null;
  passed: number | null;
  total: number | null;
  /** A complexity check's measured class (`O(n)`), or null. */
  measured: string | null;
}

/** The timeline's record of how a run ended, from the run's own. */
export function runFinishedOf(run: {
  id: string;
  status: 'running' | 'done' | 'failed';
  report: JudgeReport | null;
  complexity: ComplexityReport | null;
}): RunFinished {
  const { report, complexity } = run;
  const checkVerdict = complexity && complexity.status !== 'measured' ? complexity.status : null;
  return {
    id: run.id,
    status: run.status === 'done' ? 'done' : 'failed',
    verdict: report?.verdict ?? checkVerdict,
    passed: report?.passed ?? null,
    total: report?.total ?? null,
    measured: complexity?.time ?? null,
  };
}

/** What happened, by kind. */
export type TimelineFact =
  | { kind: 'note'; note: ThinkAloudNote }
  | { kind: 'claim'; claim: ComplexityClaim }
  | { kind: 'hint'; hint: HintRecord }
  /** An interviewer put a problem of the set (or a blank pad, null) in front of the room. */
  | { kind: 'problem'; problemSlug: string | null }
  /** The server wrote a problem's starter code into the shared doc (once per problem). */
  | { kind: 'seeded'; problemSlug: string }
  | { kind: 'runStarted'; run: RunStarted }
  | { kind: 'runFinished'; run: RunFinished }
  /** An interviewer set the blank pad's own tests (their text is not on the timeline). */
  | { kind: 'padTests'; count: number; hiddenCount: number }
  /** The scorecard was submitted: the feedback report is ready. */
  | { kind: 'scorecard'; submittedAt: string }
  /** An assessment's candidate started the clock: the deadline, and the problems drawn. */
  | { kind: 'assessmentStarted'; deadline: string; problems: AssessmentProblem[] }
  /** Editing stopped: time ran out or the candidate finished; the final judging follows. */
  | { kind: 'assessmentEnded'; reason: EndReason }
  /** The final judging is done: the score, term by term. */
  | { kind: 'scored'; score: AssessmentScore }
  /** What the candidate's browser recorded (a paste, leaving the page): context, never a score term. */
  | { kind: 'integrity'; signal: IntegritySignal }
  /** An interviewer planned the phase timer: its first phase starts now, each next one when the last is up. */
  | { kind: 'phasesPlanned'; phases: Phase[] }
  /** An interviewer moved the timer to a phase (early, or back): it starts now. */
  | { kind: 'phaseStarted'; index: number }
  /** An interviewer stopped the phase timer. */
  | { kind: 'phasesStopped' }
  /** The interviewer or the candidate proposed to swap roles (see `session.ts`). */
  | { kind: 'swapProposed' }
  /** The proposal is off: the other declined it, or its proposer withdrew it. */
  | { kind: 'swapCancelled'; reason: 'declined' | 'withdrawn' }
  /** The swap was accepted: this half is over, and the session goes on in room `roomId`. */
  | { kind: 'swapped'; roomId: string }
  /** Both halves' feedback is in: each person may read what the other wrote about them. */
  | { kind: 'feedbackReleased' };

export type TimelineKind = TimelineFact['kind'];

/** One event of a room's timeline. */
export type TimelineEvent = TimelineFact & {
  /** 1, 2, 3, … per room: the order everyone sees. */
  seq: number;
  /** ISO 8601, the server's clock. */
  at: string;
  by: Actor | null;
  /**
   * How many edits of the shared doc (stored updates, in order) came before it: its exact
   * place in a replay (a run's code is the code after that many). Absent on events recorded
   * before DryRun kept it; a replay places those by time.
   */
  edits?: number;
};

/** The events of one kind, in order. */
export function eventsOf<K extends TimelineKind>(
  timeline: readonly TimelineEvent[],
  kind: K,
): Array<Extract<TimelineEvent, { kind: K }>> {
  return timeline.filter((event): event is Extract<TimelineEvent, { kind: K }> => event.kind === kind);
}

/** The think-aloud log, oldest first. */
export function notesOf(timeline: readonly TimelineEvent[]): ThinkAloudNote[] {
  return eventsOf(timeline, 'note').map((event) => event.note);
}

/** Every complexity claim, oldest first; per problem, the last one stands. */
export function claimsOf(timeline: readonly TimelineEvent[]): ComplexityClaim[] {
  return eventsOf(timeline, 'claim').map((event) => event.claim);
}

/** The hints revealed, oldest first. */
export function hintsOf(timeline: readonly TimelineEvent[]): HintRecord[] {
  return eventsOf(timeline, 'hint').map((event) => event.hint);
}

/** Whether the feedback report is ready. */
export function feedbackOf(timeline: readonly TimelineEvent[]): FeedbackStatus {
  return { submittedAt: eventsOf(timeline, 'scorecard').at(-1)?.submittedAt ?? null };
}

/** The problem an event is about, if it names one (a blank pad: `scratch`). */
export function problemOfEvent(event: TimelineEvent): string | null {
  switch (event.kind) {
    case 'problem':
      return event.problemSlug ?? SCRATCH_PROBLEM;
    case 'seeded':
      return event.problemSlug;
    case 'runStarted':
      return event.run.problemSlug;
    case 'note':
      return event.note.problemSlug;
    case 'claim':
      return event.claim.problemSlug;
    case 'hint':
      return event.hint.problemSlug;
    default:
      return null;
  }
}

/** Every problem a session touched, in the order it first did: an attempt's, and those any event names. */
export function problemsOfTimeline(timeline: readonly TimelineEvent[]): string[] {
  const slugs = new Set<string>();
  for (const event of timeline) {
    if (event.kind === 'assessmentStarted') for (const problem of event.problems) slugs.add(problem.slug);
    const slug = problemOfEvent(event);
    if (slug) slugs.add(slug);
  }
  return [...slugs];
}
