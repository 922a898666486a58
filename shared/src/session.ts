/**
 * A pair session in two halves (the Pramp model): one person interviews, then they swap.
 * Each half is a room of its own, with its own timeline, docs, runs, notes, claims, hints,
 * scorecard, report and replay. The second half's room takes the first's links with their
 * roles swapped: the interviewer link opens it as the candidate and the candidate link as
 * the interviewer (observers watch both). "Swap roles" is proposed by one and accepted by the
 * other; the first half's room then stays readable but no longer changes.
 *
 * Feedback goes both ways and stays sealed: each person scores the half they interviewed and
 * rates the interviewer of the half they were interviewed in, and neither sees what the other
 * wrote about them until all four are in, or {@link SESSION_LIMITS.sealHours} after the first.
 */
import type { Phase } from './phases.ts';
import type { Role } from './roles.ts';
import type { TimelineEvent } from './timeline.ts';

export const HALVES = [1, 2] as const;
export type Half = (typeof HALVES)[number];

/** One half as planned: its problem (null: a blank pad) and how long it should take. */
export interface HalfPlan {
  problemSlug: string | null;
  minutes: number;
}

export const SESSION_LIMITS = {
  minMinutes: 5,
  maxMinutes: 120,
  /** Feedback is released this long after the session's first submission, whatever is missing. */
  sealHours: 24,
  /** Proposals one half takes (each is on its timeline for good): past them, accept one or not. */
  maxSwapProposals: 20,
} as const;

/** What a room stores about the session it is a half of. */
export interface SessionRecord {
  half: Half;
  /** The plan of both halves; null when the pair decided to swap without one. */
  halves: [HalfPlan, HalfPlan] | null;
  /** The second half's room: the first half's room, otherwise null. */
  firstHalf: string | null;
}

/**
 * The session as a room's snapshot gives it. Each half's minutes only: its problem shows when
 * it is in front of the room (the first half's interviewer, the second's candidate, must not
 * learn their own problem ahead, nor open its guide by choosing it in the first half).
 */
export interface SessionView {
  half: Half;
  halves: [{ minutes: number }, { minutes: number }] | null;
  /** The other half's room, once there is one (the first half's learns it at the swap). */
  otherRoomId: string | null;
}

/** The session a room is a half of, as its snapshot gives it; null for a room of one half. */
export function sessionViewOf(record: SessionRecord | null, timeline: readonly TimelineEvent[]): SessionView | null {
  const halves = record?.halves;
  const stored: SessionView | null = record && {
    half: record.half,
    halves: halves ? [{ minutes: halves[0].minutes }, { minutes: halves[1].minutes }] : null,
    otherRoomId: record.firstHalf,
  };
  return sessionOf(stored, timeline);
}

/**
 * The session as a room knows it now: `known` (its snapshot's, say), with the second half's
 * room once the swap is on the timeline (a room of one half becomes the first half of two).
 */
export function sessionOf(known: SessionView | null, timeline: readonly TimelineEvent[]): SessionView | null {
  const swap = swapStateOf(timeline);
  if (swap.state !== 'swapped') return known;
  if (!known) return { half: 1, halves: null, otherRoomId: swap.roomId };
  return known.otherRoomId ? known : { ...known, otherRoomId: swap.roomId };
}

/** The role a link carries in a half: the interviewer and candidate links trade roles in the second. */
export function roleInHalf(link: Role, half: Half): Role {
  if (half === 1 || link === 'observer') return link;
  return link === 'interviewer' ? 'candidate' : 'interviewer';
}

/** `swap:set`: propose the swap, accept or decline it (the other person), or withdraw it (its proposer). */
export const SWAP_ACTIONS = ['propose', 'accept', 'decline', 'withdraw'] as const;
export type SwapAction = (typeof SWAP_ACTIONS)[number];
export interface SwapRequest {
  action: SwapAction;
}

/** Where a half's swap stands, from its timeline. */
export type SwapState =
  | { state: 'none' }
  | { state: 'proposed'; by: Role }
  /** The session goes on in `roomId`: this half is over. */
  | { state: 'swapped'; roomId: string };

export function swapStateOf(timeline: readonly TimelineEvent[]): SwapState {
  let state: SwapState = { state: 'none' };
  for (const event of timeline) {
    if (event.kind === 'swapped') return { state: 'swapped', roomId: event.roomId };
    if (event.kind === 'swapProposed') state = { state: 'proposed', by: event.by?.role ?? 'interviewer' };
    else if (event.kind === 'swapCancelled') state = { state: 'none' };
  }
  return state;
}

/** Whether the half's room is over (its pair swapped): its code and facts no longer change. */
export function halfIsOver(timeline: readonly TimelineEvent[]): boolean {
  return timeline.some((event) => event.kind === 'swapped');
}

/** Whether the session's feedback is released (on the timeline of both halves when all was in). */
export function feedbackReleasedIn(timeline: readonly TimelineEvent[]): boolean {
  return timeline.some((event) => event.kind === 'feedbackReleased');
}

/** Where one half's feedback stands. */
export interface HalfFeedback {
  half: Half;
  roomId: string;
  /** The interviewer of the half submitted the scorecard. */
  scorecard: boolean;
  /** The candidate of the half rated their interviewer. */
  rating: boolean;
}

/** `GET /api/rooms/:id/session`: the session's feedback as the link's bearer may know it. */
export interface SessionFeedbackView {
  /** Both halves that exist, first half first. */
  halves: HalfFeedback[];
  /** Everyone may read what was written about them. */
  released: boolean;
  /** When it is released whatever is missing (ISO 8601); null before the first submission. */
  releasesAt: string | null;
}

/** A phase plan of the default shape, fitted to a half's duration. */
export function phasesForMinutes(defaults: readonly Phase[], total: number): Phase[] {
  const planned = defaults.reduce((sum, phase) => sum + phase.minutes, 0);
  const fitted = defaults.map((phase) => ({
    name: phase.name,
    minutes: Math.max(1, Math.round((phase.minutes * total) / planned)),
  }));
  // Rounding may leave the total a minute or two off: the longest phase takes the difference.
  const drift = total - fitted.reduce((sum, phase) => sum + phase.minutes, 0);
  const longest = fitted.reduce<Phase | undefined>(
    (best, phase) => (best === undefined || phase.minutes > best.minutes ? phase : best),
    undefined,
  );
  if (longest) longest.minutes = Math.max(1, longest.minutes + drift);
  return fitted;
}
