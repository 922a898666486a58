import { IS_MAC } from '../platform.ts';

/**
 * The key that switches whether Tab moves the focus out of a code editor, as Monaco binds
 * it: Ctrl+M, and ⌃⇧M on a Mac (where ⌘M minimises the window). The label people read;
 * CollabEditor binds the same chord.
 */
export const TAB_FOCUS_SHORTCUT = IS_MAC ? '⌃⇧M' : 'Ctrl+M';
export const TAB_FOCUS_CHORD = IS_MAC
  ? { winCtrl: true, shift: true, ctrlCmd: false }
  : { winCtrl: false, shift: false, ctrlCmd: true };
