import { TAB_FOCUS_SHORTCUT } from '../editor/tabFocus.ts';

/**
 * The line under the code editor: what Tab does there and how to change it (Monaco's
 * tab-focus mode), and the way to every other shortcut.
 */
export function EditorStatusBar({
  tabMovesFocus,
  readOnly,
  onShortcuts,
}: {
  tabMovesFocus: boolean;
  readOnly: boolean;
  onShortcuts: () => void;
}) {
  return (
    <div className="editor-status" data-testid="editor-status">
      {/* Polite: the change is said once Ctrl+M is pressed, without interrupting. */}
      <span data-testid="tab-mode" aria-live="polite">
        {readOnly ? (
          'Read only: Tab moves focus'
        ) : tabMovesFocus ? (
          <>
            Tab moves focus · <kbd>{TAB_FOCUS_SHORTCUT}</kbd> to indent with Tab
          </>
        ) : (
          <>
            Tab indents · <kbd>{TAB_FOCUS_SHORTCUT}</kbd> to leave the editor with Tab
          </>
        )}
      </span>
      <button type="button" className="link-button" onClick={onShortcuts} aria-keyshortcuts="?">
        Keyboard shortcuts <kbd>?</kbd>
      </button>
    </div>
  );
}
