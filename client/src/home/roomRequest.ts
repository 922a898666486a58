import { type CreateRoomRequest, type HalfPlan, SESSION_LIMITS } from '@dryrun/shared';

/** A half of a two-half session as the home page's form holds it: the minutes as typed. */
export interface HalfDraft {
  problemSlug: string | null;
  minutes: string;
}

export const DEFAULT_HALF_MINUTES = 30;

export const NEW_HALF: HalfDraft = { problemSlug: null, minutes: String(DEFAULT_HALF_MINUTES) };

/** The new room form: a title, and one problem, or two halves with a swap of roles between them. */
export interface RoomForm {
  title: string;
  problemSlug: string | null;
  halves: readonly [HalfDraft, HalfDraft] | null;
}

/**
 * The `POST /api/rooms` body of the form, or why there is none. In two halves the first
 * half's problem is the room's, so it goes once, in `halves`, and `problemSlug` stays out.
 */
export function roomRequestOf(form: RoomForm): { request: CreateRoomRequest } | { error: string } {
  const request: CreateRoomRequest = {};
  const title = form.title.trim();
  if (title) request.title = title;
  if (!form.halves) {
    if (form.problemSlug) request.problemSlug = form.problemSlug;
    return { request };
  }
  const [first, second] = form.halves.map(halfPlanOf);
  if (!first) return { error: minutesError('first') };
  if (!second) return { error: minutesError('second') };
  request.halves = [first, second];
  return { request };
}

/** A half's plan, or null when its minutes are not a whole number within the limits. */
function halfPlanOf(draft: HalfDraft): HalfPlan | null {
  const text = draft.minutes.trim();
  const minutes = Number(text);
  const fits =
    text !== '' &&
    Number.isInteger(minutes) &&
    minutes >= SESSION_LIMITS.minMinutes &&
    minutes <= SESSION_LIMITS.maxMinutes;
  return fits ? { problemSlug: draft.problemSlug, minutes } : null;
}

function minutesError(half: string): string {
  return `The ${half} half takes a whole number of minutes from ${SESSION_LIMITS.minMinutes} to ${SESSION_LIMITS.maxMinutes}.`;
}
