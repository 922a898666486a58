import type * as Y from 'yjs';
import type { ComplexityClaim, ThinkAloudNote } from './interview.ts';

/**
 * Where things live inside a room's Y.Docs. Both the client and the server read the docs
 * through these helpers so that the layout is written down once.
 *
 * Shared doc: `code/<problem>/<language>` (Y.Text) per problem and language,
 * `settings` (Y.Map: `language`), the server-written `thinkAloud` and `claims` logs
 * (Y.Array of plain entries, appended by the server only: see {@link SERVER_WRITTEN_ROOTS}),
 * and `question` (Y.Text, a blank pad's question; interviewers only write it).
 * Private doc (interviewers only): `notes` (Y.Text, a free pad), `noteLog` (Y.Array of
 * timestamped notes) and `scorecard` (Y.Map, the draft: see `scorecardDraft.ts`).
 */
export const LANGUAGES = ['javascript', 'typescript'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The two documents of a room. */
export const DOC_NAMES = ['shared', 'private'] as const;
export type DocName = (typeof DOC_NAMES)[number];

/** The problem key used for code written without a problem chosen. */
export const SCRATCH_PROBLEM = 'scratch';

export function codeText(doc: Y.Doc, problem: string, language: Language): Y.Text {
  return doc.getText(`code/${problem}/${language}`);
}

export function roomSettings(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('settings');
}

export function selectedLanguage(doc: Y.Doc): Language {
  const value = roomSettings(doc).get('language');
  return value === 'typescript' ? 'typescript' : 'javascript';
}

export function interviewerNotes(doc: Y.Doc): Y.Text {
  return doc.getText('notes');
}

/**
 * Parts of the shared doc only the server writes (from validated requests, stamped with time
 * and author): the server refuses a client update that touches them.
 */
export const SERVER_WRITTEN_ROOTS = ['thinkAloud', 'claims'] as const;

/**
 * Parts of the shared doc only interviewers write: the server refuses a candidate's update
 * that touches them (and an observer edits nothing).
 */
export const INTERVIEWER_WRITTEN_ROOTS = ['question'] as const;

/** A blank pad's question, in Markdown, written by the interviewer. */
export function padQuestion(doc: Y.Doc): Y.Text {
  return doc.getText('question');
}

/** The think-aloud log, oldest first. */
export function thinkAloudLog(doc: Y.Doc): Y.Array<ThinkAloudNote> {
  return doc.getArray('thinkAloud');
}

/** Every complexity claim, oldest first; per problem, the last one stands. */
export function claimLog(doc: Y.Doc): Y.Array<ComplexityClaim> {
  return doc.getArray('claims');
}

/** A timestamped private note of an interviewer. */
export interface PrivateNote {
  id: string;
  /** ISO 8601, the writer's clock. */
  at: string;
  by: string;
  text: string;
}

export function privateNoteLog(doc: Y.Doc): Y.Array<PrivateNote> {
  return doc.getArray('noteLog');
}

/** The interviewers' scorecard draft (private doc). */
export function scorecardDraft(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('scorecard');
}
