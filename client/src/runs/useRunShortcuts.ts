import { useEffect, useRef } from 'react';
import { IS_MAC } from '../platform.ts';

export interface RunShortcutActions {
  run: () => void;
  /** Null where there is nothing to submit to. */
  submit: (() => void) | null;
  /** Null where there is no problem to measure against. */
  complexity: (() => void) | null;
}

/** The shortcuts as people read them, and as `aria-keyshortcuts` names them. */
export const RUN_SHORTCUT = {
  label: IS_MAC ? "⌘'" : "Ctrl+'",
  aria: "Control+' Meta+'",
};
export const SUBMIT_SHORTCUT = {
  label: IS_MAC ? '⌘Enter' : 'Ctrl+Enter',
  aria: 'Control+Enter Meta+Enter',
};
export const COMPLEXITY_SHORTCUT = {
  label: IS_MAC ? "⇧⌘'" : "Ctrl+Shift+'",
  aria: "Control+Shift+' Meta+Shift+'",
};

/**
 * Ctrl/⌘+' runs, Ctrl/⌘+Shift+' checks the complexity and Ctrl/⌘+Enter submits, wherever
 * the focus is. The listener sits on the window in the capture phase, so it sees the keys
 * before Monaco, whose own Ctrl+Enter ("insert line below") would otherwise take them, and
 * stops them there.
 */
export function useRunShortcuts(actions: RunShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // Shift+' is `"` on most layouts: the key's place (`code`) says which it was.
      const quote = event.code === 'Quote' || event.key === "'" || (event.shiftKey && event.key === '"');
      const action = quote
        ? event.shiftKey
          ? latest.current.complexity
          : latest.current.run
        : event.key === 'Enter' && !event.shiftKey
          ? latest.current.submit
          : null;
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (!event.repeat) action();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
