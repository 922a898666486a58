import type * as Y from 'yjs';
import { assertNever } from './errors.ts';
import type { Role } from './roles.ts';

/**
 * Where things live inside a room's Y.Docs: collaborative content only. Both the client and
 * the server read the docs through these helpers so that the layout is written down once.
 * Facts the server vouches for (notes, claims, hints, runs, the problem, …) are never in a
 * doc: they are on the room's timeline (`timeline.ts`).
 *
 * - `shared` (everyone reads; interviewers and candidates write): `code/<problem>/<language>`
 *   (Y.Text) per problem and language, and `settings` (Y.Map: `language`).
 * - `question` (everyone reads; interviewers write): `question` (Y.Text), a blank pad's
 *   question in Markdown.
 * - `private` (interviewers only): `notes` (Y.Text, a free pad), `noteLog` (Y.Array of
 *   timestamped notes) and `scorecard` (Y.Map, the draft: see `scorecardDraft.ts`).
 *
 * The server checks access per document as a whole, by role, and refuses an update that
 * writes a top-level name its document does not have.
 */
export const LANGUAGES = ['javascript', 'typescript'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The documents of a room. */
export const DOC_NAMES = ['shared', 'question', 'private'] as const;
export type DocName = (typeof DOC_NAMES)[number];

/** Who may read and who may write each document. */
export const DOC_ACCESS: Record<DocName, { read: readonly Role[]; write: readonly Role[] }> = {
  shared: { read: ['interviewer', 'candidate', 'observer'], write: ['interviewer', 'candidate'] },
  question: { read: ['interviewer', 'candidate', 'observer'], write: ['interviewer'] },
  private: { read: ['interviewer'], write: ['interviewer'] },
};

export function canReadDoc(role: Role, doc: DocName): boolean {
  return DOC_ACCESS[doc].read.includes(role);
}

export function canWriteDoc(role: Role, doc: DocName): boolean {
  return DOC_ACCESS[doc].write.includes(role);
}

/** The problem key used for code written without a problem chosen. */
export const SCRATCH_PROBLEM = 'scratch';

const CODE_ROOT = /^code\/[a-z0-9][a-z0-9-]{0,63}\/(javascript|typescript)$/;
const PRIVATE_ROOTS: ReadonlySet<string> = new Set(['notes', 'noteLog', 'scorecard']);

/** Whether `name` is a top-level type of `doc`'s layout (what an update may write into). */
export function isRootOf(doc: DocName, name: string): boolean {
  switch (doc) {
    case 'shared':
      return name === 'settings' || CODE_ROOT.test(name);
    case 'question':
      return name === 'question';
    case 'private':
      return PRIVATE_ROOTS.has(name);
    default:
      return assertNever(doc);
  }
}

export function codeText(doc: Y.Doc, problem: string, language: Language): Y.Text {
  return doc.getText(`code/${problem}/${language}`);
}

export function roomSettings(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('settings');
}

export function selectedLanguage(doc: Y.Doc, problem?: string): Language {
  const settings = roomSettings(doc);
  const value = (problem === undefined ? undefined : settings.get(languageKey(problem))) ?? settings.get('language');
  return value === 'typescript' ? 'typescript' : 'javascript';
}

/**
 * The settings key of one problem's own language (an assessment keeps one per problem, so
 * each problem is judged in the language it was written in); a pair room has one for all.
 */
export function languageKey(problem: string): string {
  return `language:${problem}`;
}

/** A blank pad's question, in Markdown, written by the interviewer (`question` doc). */
export function padQuestion(doc: Y.Doc): Y.Text {
  return doc.getText('question');
}

export function interviewerNotes(doc: Y.Doc): Y.Text {
  return doc.getText('notes');
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
