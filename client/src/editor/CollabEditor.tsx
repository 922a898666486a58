import { type Ref, useEffect, useEffectEvent, useImperativeHandle, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { bindYText } from './bindYText.ts';
import { monaco } from './monaco.ts';
import { renderRemoteCursors } from './remoteCursors.ts';
import { useEditorPreferences } from './editorPreferences.ts';
import { TAB_FOCUS_CHORD } from './tabFocus.ts';
import { followSystemTheme } from './themes.ts';

/** What the room may ask of a code editor without reaching into Monaco. */
export interface EditorHandle {
  /** Puts the caret at a 1-based line and column (clamped to the text), shows it and focuses the editor. */
  goTo(line: number, column: number): void;
  /** The 1-based line the caret is on, or null before the editor is ready. */
  cursorLine(): number | null;
}

export interface CollabEditorProps {
  ytext: Y.Text;
  /** Shares this editor's cursor and shows everyone else's; null for a private pane. */
  awareness: Awareness | null;
  language: 'javascript' | 'typescript' | 'markdown';
  readOnly: boolean;
  ariaLabel: string;
  /** A file name for the language service, e.g. `solution.ts`. */
  fileName: string;
  compact?: boolean;
  /**
   * Text was pasted, by any way in (keys, the context menu, a command): how long it is, and
   * whether to keep it. `undo` takes it out again.
   */
  onPaste?: (chars: number) => 'keep' | 'undo';
  ref?: Ref<EditorHandle>;
}

let modelCounter = 0;

/** Monaco's keybinding for {@link TAB_FOCUS_CHORD} and M. */
const TAB_FOCUS_KEYS =
  (TAB_FOCUS_CHORD.ctrlCmd ? monaco.KeyMod.CtrlCmd : 0) |
  (TAB_FOCUS_CHORD.winCtrl ? monaco.KeyMod.WinCtrl : 0) |
  (TAB_FOCUS_CHORD.shift ? monaco.KeyMod.Shift : 0) |
  monaco.KeyCode.KeyM;

/** The editor's options that change without rebuilding it (a role change, a preference). */
function changeableOptions(
  ariaLabel: string,
  readOnly: boolean,
  screenReader: boolean,
  tabMovesFocus: boolean,
): monaco.editor.IEditorOptions {
  return { ariaLabel, readOnly, accessibilitySupport: screenReader ? 'on' : 'auto', tabFocusMode: tabMovesFocus };
}

/**
 * A Monaco editor bound to a Y.Text. This component owns only the editor; the connection
 * that syncs the text lives in `RoomConnection`.
 */
export default function CollabEditor({
  ytext,
  awareness,
  language,
  readOnly,
  ariaLabel,
  fileName,
  compact = false,
  onPaste,
  ref,
}: CollabEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const { tabMovesFocus, setTabMovesFocus, screenReader } = useEditorPreferences();
  // The options that change without rebuilding the editor, as they are when it is (re)built.
  const currentOptions = useEffectEvent(() => changeableOptions(ariaLabel, readOnly, screenReader, tabMovesFocus));
  const toggleTabMovesFocus = useEffectEvent(() => setTabMovesFocus((on) => !on));
  const pasted = useEffectEvent((chars: number) => onPaste?.(chars) ?? 'keep');

  useEffect(() => {
    if (!host.current) return;
    const uri = monaco.Uri.parse(`file:///dryrun/${++modelCounter}/${fileName}`);
    const model = monaco.editor.createModel(ytext.toString(), language, uri);
    const editor = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      // Monaco fades unused names to a contrast too low to read (3.5:1); the squiggle stays.
      showUnused: false,
      fontSize: 14,
      tabSize: 2,
      scrollBeyondLastLine: false,
      // Applied again by the effect below on a change, which does not rebuild the editor.
      ...currentOptions(),
      wordWrap: compact ? 'on' : 'off',
      lineNumbers: compact ? 'off' : 'on',
      glyphMargin: false,
      folding: !compact,
      padding: { top: 16 },
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    // In place of Monaco's own toggle (not loaded, see monaco.ts), whose mode is a global
    // the page cannot watch: this one is the room's preference, shown under the editor.
    const tabToggle = editor.addAction({
      id: 'dryrun.toggleTabMovesFocus',
      label: 'Toggle Tab key moves focus',
      keybindings: [TAB_FOCUS_KEYS],
      run: () => toggleTabMovesFocus(),
    });
    const pastes = editor.onDidPaste(({ range }) => {
      if (pasted(model.getValueInRange(range).length) === 'undo') {
        model.pushEditOperations([], [{ range, text: '' }], () => null);
      }
    });
    const binding = bindYText(editor, ytext, awareness);
    const stopCursors = awareness ? renderRemoteCursors(awareness) : () => {};
    const stopTheme = followSystemTheme();
    return () => {
      stopTheme();
      tabToggle.dispose();
      pastes.dispose();
      stopCursors();
      binding.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, [ytext, awareness, language, fileName, compact]);

  useEffect(() => {
    editorRef.current?.updateOptions(changeableOptions(ariaLabel, readOnly, screenReader, tabMovesFocus));
  }, [ariaLabel, readOnly, screenReader, tabMovesFocus]);

  useImperativeHandle(
    ref,
    () => ({
      goTo(line, column) {
        const editor = editorRef.current;
        const model = editor?.getModel();
        if (!editor || !model) return;
        const position = model.validatePosition({ lineNumber: line, column });
        editor.setPosition(position);
        editor.revealPositionInCenterIfOutsideViewport(position);
        editor.focus();
      },
      cursorLine() {
        return editorRef.current?.getPosition()?.lineNumber ?? null;
      },
    }),
    [],
  );

  return <div className="editor-host" ref={host} data-testid={`editor-${fileName}`} />;
}
