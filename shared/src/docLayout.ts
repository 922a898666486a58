import type * as Y from 'yjs';

/**
 * Where things live inside a room's Y.Docs. Both the client and the server read the docs
 * through these helpers so that the layout is written down once.
 *
 * Shared doc: `code/<problem>/<language>` (Y.Text) per problem and language, and
 * `settings` (Y.Map: `language`).
 * Private doc (interviewers only): `notes` (Y.Text).
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
