import { createContext, useContext } from 'react';
import { useStoredFlag } from '../useStoredFlag.ts';

/**
 * How this person wants every code editor on the page to behave, remembered per browser:
 * whether Tab moves the focus out of an editor (toggled with Ctrl+M, ⌃⇧M on a Mac, in any
 * editor, or in the shortcuts dialog) and Monaco's screen-reader mode.
 */
export interface EditorPreferences {
  tabMovesFocus: boolean;
  setTabMovesFocus(next: boolean | ((on: boolean) => boolean)): void;
  screenReader: boolean;
  setScreenReader(on: boolean): void;
}

const TAB_MOVES_FOCUS_KEY = 'dryrun:editor:tabMovesFocus';
const SCREEN_READER_KEY = 'dryrun:editor:screenReader';

/** The preferences as this browser remembers them, to provide through {@link EditorPreferencesContext}. */
export function useStoredEditorPreferences(): EditorPreferences {
  const [tabMovesFocus, setTabMovesFocus] = useStoredFlag(TAB_MOVES_FOCUS_KEY, false);
  const [screenReader, setScreenReader] = useStoredFlag(SCREEN_READER_KEY, false);
  return { tabMovesFocus, setTabMovesFocus, screenReader, setScreenReader };
}

export const EditorPreferencesContext = createContext<EditorPreferences>({
  tabMovesFocus: false,
  setTabMovesFocus: () => {},
  screenReader: false,
  setScreenReader: () => {},
});

export const useEditorPreferences = () => useContext(EditorPreferencesContext);
