import { createContext, useContext } from 'react';

/**
 * How this person wants every code editor on the page to behave, chosen in the room and
 * remembered per browser: whether Tab moves the focus out of an editor (toggled with
 * Ctrl+M, ⌃⇧M on a Mac, in any editor) and Monaco's screen-reader mode.
 */
export interface EditorPreferences {
  tabMovesFocus: boolean;
  toggleTabMovesFocus(): void;
  screenReader: boolean;
}

export const EditorPreferencesContext = createContext<EditorPreferences>({
  tabMovesFocus: false,
  toggleTabMovesFocus: () => {},
  screenReader: false,
});

export const useEditorPreferences = () => useContext(EditorPreferencesContext);
