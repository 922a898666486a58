import { useEffect, useEffectEvent, useId, useRef } from 'react';
import { useEditorPreferences } from '../editor/editorPreferences.ts';
import { TAB_FOCUS_SHORTCUT } from '../editor/tabFocus.ts';
import { IS_MAC } from '../platform.ts';
import { COMPLEXITY_SHORTCUT, RUN_SHORTCUT, SUBMIT_SHORTCUT } from '../runs/useRunShortcuts.ts';

/** Command on a Mac, Ctrl elsewhere; Monaco's Go to line is ⌃G on a Mac (⌘G finds the next). */
const MOD = IS_MAC ? '⌘' : 'Ctrl+';
const GO_TO_LINE = IS_MAC ? '⌃G' : 'Ctrl+G';

const GROUPS: { heading: string; keys: [string, string][] }[] = [
  {
    heading: 'Running code',
    keys: [
      [RUN_SHORTCUT.label, 'Run the example tests (and your custom input)'],
      [COMPLEXITY_SHORTCUT.label, 'Check the complexity'],
      [SUBMIT_SHORTCUT.label, 'Submit: every test, hidden ones included'],
    ],
  },
  {
    heading: 'In the editor',
    keys: [
      [TAB_FOCUS_SHORTCUT, 'Tab moves focus out of the editor (press again: Tab indents)'],
      [`${MOD}Z`, 'Undo your own last edit (never someone else’s)'],
      [`${MOD}F`, 'Find'],
      [GO_TO_LINE, 'Go to line'],
      ['F1', 'All editor commands'],
    ],
  },
  {
    heading: 'Around the room',
    keys: [
      ['?', 'This list'],
      ['Tab / Shift+Tab', 'The next or previous control'],
      ['← → Home End', 'Between tabs, once a tab has focus'],
      ['← → ↑ ↓', 'Resize the panes, once a divider has focus'],
      ['Enter', 'Fold the problem away or back, on its divider'],
    ],
  },
];

/**
 * The keyboard shortcuts, and the code editor's settings, remembered per browser: whether
 * Tab leaves it, and its screen-reader mode (which a screen-reader user switches on here:
 * in a browser, Monaco cannot tell that one is running).
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { tabMovesFocus, setTabMovesFocus, screenReader, setScreenReader } = useEditorPreferences();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <div className="shortcuts-header">
        <h2 id={`${id}-heading`}>Keyboard shortcuts</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {GROUPS.map((group) => (
        <section key={group.heading}>
          <h3>{group.heading}</h3>
          <dl>
            {group.keys.map(([keys, action]) => (
              <div key={keys} className="shortcut-row">
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section>
        <h3>The editor</h3>
        <label className="check">
          <input type="checkbox" checked={tabMovesFocus} onChange={(e) => setTabMovesFocus(e.target.checked)} />
          Tab moves the focus out of the editor ({TAB_FOCUS_SHORTCUT} in the editor)
        </label>
        <label className="check">
          <input type="checkbox" checked={screenReader} onChange={(e) => setScreenReader(e.target.checked)} />
          Optimise the code editor for a screen reader
        </label>
        <p className="hint">
          The editor turns this on by itself when it detects a screen reader. Results, the connection status and the
          problem’s changes are announced as they happen.
        </p>
      </section>
    </dialog>
  );
}

/** Whether a key pressed here is typing (into a field or the editor) rather than a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, .monaco-editor') !== null;
}

/** Calls `show` when `?` is pressed anywhere but in a field, the editor or an open dialog. */
export function useQuestionMarkKey(show: () => void): void {
  const onQuestionMark = useEffectEvent(show);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onQuestionMark();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
