/**
 * Timeline events in words, for the replay's strip and list (and anyone else listing events):
 * one name per kind, one line per event, and the address of an event's moment.
 */
import { assessmentPath, END_REASON_LABEL, integrityText } from './assessment.ts';
import type { EvidenceRef } from './interview.ts';
import { roomPath, TOKEN_PARAM } from './protocol.ts';
import { RUN_MODE_LABEL } from './runLabels.ts';
import type { TimelineEvent, TimelineKind } from './timeline.ts';
import { VERDICT_LABEL } from './verdicts.ts';

/** What each kind of event is called. */
export const EVENT_KIND_LABEL: Record<TimelineKind, string> = {
  note: 'Note',
  claim: 'Claim',
  hint: 'Hint',
  problem: 'Problem',
  seeded: 'Starter code',
  runStarted: 'Run',
  runFinished: 'Result',
  padTests: 'Pad tests',
  scorecard: 'Feedback',
  assessmentStarted: 'Start',
  assessmentEnded: 'End',
  scored: 'Score',
  integrity: 'Integrity',
  phasesPlanned: 'Phases',
  phaseStarted: 'Phase',
  phasesStopped: 'Phases',
  swapProposed: 'Swap',
  swapCancelled: 'Swap',
  swapped: 'Swap',
  feedbackReleased: 'Feedback',
};

/** An event in one line, e.g. `Submission started (Two Sum)`, `Accepted: 20/20 passed`. */
export function eventText(event: TimelineEvent, titleOf: (slug: string) => string = (slug) => slug): string {
  switch (event.kind) {
    case 'note':
      return `${event.note.by.name}: “${event.note.text}”${event.note.tag ? ` (${event.note.tag})` : ''}`;
    case 'claim':
      return `${event.claim.by.name} claimed ${event.claim.time} time, ${event.claim.space} space`;
    case 'hint':
      return `Hint ${event.hint.index + 1} revealed: “${event.hint.text}”`;
    case 'problem':
      return event.problemSlug === null ? 'Switched to a blank pad' : `Switched to ${titleOf(event.problemSlug)}`;
    case 'seeded':
      return `Starter code written for ${titleOf(event.problemSlug)}`;
    case 'runStarted':
      return `${RUN_MODE_LABEL[event.run.mode]} started${event.by ? ` by ${event.by.name}` : ''}`;
    case 'runFinished': {
      const { verdict, passed, total, measured } = event.run;
      if (measured) return `Measured ${measured}`;
      if (verdict === null) return 'Could not be judged';
      return `${VERDICT_LABEL[verdict]}${total !== null ? `: ${passed}/${total} passed` : ''}`;
    }
    case 'padTests':
      return `Pad tests set: ${event.count} (${event.hiddenCount} hidden)`;
    case 'scorecard':
      return 'Feedback submitted';
    case 'assessmentStarted':
      return `Attempt started: ${event.problems.length} problem${event.problems.length === 1 ? '' : 's'}`;
    case 'assessmentEnded':
      return END_REASON_LABEL[event.reason];
    case 'scored':
      return `Scored ${event.score.total} of ${event.score.scale}`;
    case 'integrity':
      return integrityText(event.signal, titleOf);
    case 'phasesPlanned':
      return `Phase timer started: ${event.phases.map((p) => `${p.name} ${p.minutes} min`).join(', ')}`;
    case 'phaseStarted':
      // By no one: the last phase's time was up (a replay lists these; nothing stores them).
      return event.by
        ? `Moved to phase ${event.index + 1}`
        : `Phase ${event.index + 1} began: the last one's time was up`;
    case 'phasesStopped':
      return 'Phase timer stopped';
    case 'swapProposed':
      return `${event.by?.name ?? 'Someone'} proposed to swap roles`;
    case 'swapCancelled':
      return event.reason === 'declined' ? 'Swap declined' : 'Swap withdrawn';
    case 'swapped':
      return 'Roles swapped: the second half began';
    case 'feedbackReleased':
      return 'Feedback released to both';
  }
}

/**
 * The address of an event's moment in a replay (the `moment` parameter of its page): a
 * note, claim, hint or run by its own id, which the report and the scorecard cite; any
 * other event by its number.
 */
export function momentKey(event: TimelineEvent): string {
  switch (event.kind) {
    case 'note':
      return `note:${event.note.id}`;
    case 'claim':
      return `claim:${event.claim.id}`;
    case 'hint':
      return `hint:${event.hint.id}`;
    case 'runStarted':
      return `run:${event.run.id}`;
    case 'phaseStarted':
      // The timer's own moves share the number of the event they followed.
      return event.by ? `seq:${event.seq}` : `phase:${event.seq}:${event.index}`;
    default:
      return `seq:${event.seq}`;
  }
}

/** The moment of a piece of evidence a scorecard cites (the same key as its event's). */
export function evidenceMomentKey(ref: Pick<EvidenceRef, 'kind' | 'id'>): string {
  return `${ref.kind}:${ref.id}`;
}

/** The query parameter of a replay link that names the moment to open at. */
export const MOMENT_PARAM = 'moment';

/** The replay page of a room or an attempt, at a moment (see {@link momentKey}) if one is given. */
export function replayPath(
  roomId: string,
  token: string,
  { moment, kind = 'pair' }: { moment?: string; kind?: 'pair' | 'assessment' } = {},
): string {
  const query = new URLSearchParams({ [TOKEN_PARAM]: token });
  if (moment) query.set(MOMENT_PARAM, moment);
  return `${kind === 'assessment' ? assessmentPath(roomId) : roomPath(roomId)}/replay?${query}`;
}

/** `GET` a session's history (`history`), or the same as a file to keep (`export`). */
export function historyApiPath(roomId: string, format: 'history' | 'export' = 'history'): string {
  return `/api/rooms/${encodeURIComponent(roomId)}/${format}`;
}
