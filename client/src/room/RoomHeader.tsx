import { LANGUAGES, type Language } from '@dryrun/shared';
import type { ReactNode } from 'react';
import type { RoomState } from '../sync/RoomConnection.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';

export const LANGUAGE_LABEL: Record<Language, string> = { javascript: 'JavaScript', typescript: 'TypeScript' };

/**
 * The room's top bar: the way home, the interview's title (in full on hover and to screen
 * readers when it does not fit), who you are (and in a session, in which half), the language,
 * the run buttons, the connection, and the keyboard shortcuts. It wraps onto a second line rather than cut anything off.
 */
export function RoomHeader({
  state,
  language,
  runButtons,
  onShortcuts,
  session,
  extra,
}: {
  state: RoomState;
  language: { value: Language; set: (next: Language) => void; canChange: boolean };
  runButtons: ReactNode;
  onShortcuts: () => void;
  /** A session's half ("Half 1 of 2") and its swap of roles. */
  session?: ReactNode;
  /** An assessment's countdown and "Finish early". */
  extra?: ReactNode;
}) {
  const welcome = state.welcome;
  const title = welcome?.title ?? 'Joining…';
  return (
    <header className="room-header">
      <a href="/" className="brand">
        DryRun
      </a>
      <h1 className="room-title" title={title} data-testid="room-title">
        {title}
      </h1>
      {welcome && <span className={`role role-${welcome.role}`}>You are the {welcome.role}</span>}
      <label className="language">
        <span className="visually-hidden">Language</span>
        <select
          value={language.value}
          disabled={!language.canChange}
          onChange={(e) => language.set(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_LABEL[l]}
            </option>
          ))}
        </select>
      </label>
      {runButtons}
      {/* After the run buttons: the first line keeps its room for the title, as without a session. */}
      {session}
      {extra}
      <ConnectionStatus state={state} />
      <button
        type="button"
        className="icon-button"
        onClick={onShortcuts}
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">Keyboard shortcuts</span>
      </button>
    </header>
  );
}
