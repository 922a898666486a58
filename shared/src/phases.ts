/**
 * A pair session's phase timer: the interviewer plans phases (clarify, approach, code, …)
 * with durations, and the server keeps them on the timeline. Each phase follows the one
 * before when its time is up; the interviewer may go to another phase early, or stop the
 * timer. Where the timer stands at any moment follows from the timeline and the clock alone.
 */
import type { TimelineEvent } from './timeline.ts';

export interface Phase {
  name: string;
  minutes: number;
}

/** A 45-minute session: clarify 5, approach 10, code 20, test 5, feedback 5. */
export const DEFAULT_PHASES: readonly Phase[] = [
  { name: 'Clarify', minutes: 5 },
  { name: 'Approach', minutes: 10 },
  { name: 'Code', minutes: 20 },
  { name: 'Test', minutes: 5 },
  { name: 'Feedback', minutes: 5 },
];

export const PHASE_LIMITS = { maxPhases: 10, maxMinutes: 120, maxName: 40 } as const;

/** Where the timer stands at a moment. */
export interface PhaseState {
  phases: Phase[];
  /** The phase under way (the last one, once all are over). */
  index: number;
  /** When the phase under way started, and when its time is up (ms since the epoch). */
  startedAt: number;
  endsAt: number;
  /** Past the last phase's end: by how long (0 before). */
  overtimeMs: number;
}

/** The timer at `now` (ms since the epoch), from the timeline; null when it is not running. */
export function phaseStateAt(timeline: readonly TimelineEvent[], now: number): PhaseState | null {
  let plan: Phase[] | null = null;
  let index = 0;
  let startedAt = 0;
  for (const event of timeline) {
    if (event.kind === 'phasesPlanned') {
      plan = event.phases;
      index = 0;
      startedAt = Date.parse(event.at);
    } else if (event.kind === 'phaseStarted' && plan) {
      index = Math.min(event.index, plan.length - 1);
      startedAt = Date.parse(event.at);
    } else if (event.kind === 'phasesStopped') {
      plan = null;
    }
  }
  if (!plan || plan.length === 0) return null;
  // Each phase follows the one before when its time is up.
  let endsAt = startedAt + minutes(plan[index]);
  while (now >= endsAt && index < plan.length - 1) {
    index++;
    startedAt = endsAt;
    endsAt = startedAt + minutes(plan[index]);
  }
  return { phases: plan, index, startedAt, endsAt, overtimeMs: Math.max(0, now - endsAt) };
}

/**
 * The timeline with the moves the timer made by itself (a phase's time was up, the next
 * began) up to `until` (ms since the epoch), each as a `phaseStarted` by no one (`by: null`)
 * right after the event it followed, numbered as that event: what a replay lists as phase
 * changes. Nothing stores these; they follow from the plan and the clock.
 */
export function withAutomaticPhaseStarts(timeline: readonly TimelineEvent[], until: number): TimelineEvent[] {
  const result: TimelineEvent[] = [];
  let plan: Phase[] | null = null;
  let index = 0;
  let endsAt = 0;
  let last: TimelineEvent | undefined;
  const moveOnUntil = (time: number) => {
    while (plan && last && index < plan.length - 1 && endsAt <= time) {
      index++;
      result.push({ kind: 'phaseStarted', index, seq: last.seq, at: new Date(endsAt).toISOString(), by: null });
      endsAt += minutes(plan[index]);
    }
  };
  for (const event of timeline) {
    moveOnUntil(Date.parse(event.at));
    result.push(event);
    last = event;
    if (event.kind === 'phasesPlanned') {
      plan = event.phases;
      index = 0;
      endsAt = Date.parse(event.at) + minutes(plan[0]);
    } else if (event.kind === 'phaseStarted' && plan) {
      index = Math.min(event.index, plan.length - 1);
      endsAt = Date.parse(event.at) + minutes(plan[index]);
    } else if (event.kind === 'phasesStopped' || event.kind === 'swapped') {
      // A half whose pair swapped roles is over, its timer with it.
      plan = null;
    }
  }
  moveOnUntil(until);
  return result;
}

function minutes(phase: Phase | undefined): number {
  return (phase?.minutes ?? 0) * 60_000;
}
