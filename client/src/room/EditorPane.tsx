import { codeText, type Language } from '@dryrun/shared';
import { type ClipboardEvent, type DragEvent, type Ref, Suspense } from 'react';
import type { EditorHandle } from '../editor/CollabEditor.tsx';
import { useEditorPreferences } from '../editor/editorPreferences.ts';
import { CollabEditor } from '../editor/LazyEditor.tsx';
import { TAB_FOCUS_SHORTCUT } from '../editor/tabFocus.ts';
import type { RoomConnection } from '../sync/RoomConnection.ts';
import { EditorStatusBar } from './EditorStatusBar.tsx';
import { LANGUAGE_LABEL } from './RoomHeader.tsx';

/** Decides about text pasted or dropped into the editor (an assessment records it, or blocks it). */
export interface EditorGuard {
  /** A paste on its way in from the keyboard (a DOM event): let it through, or stop it there. */
  paste(chars: number): 'allow' | 'block';
  /** A paste that made it in, by any way (the context menu reads the clipboard itself). */
  pasted(chars: number): 'keep' | 'undo';
  drop(chars: number): 'allow' | 'block';
}

/**
 * The shared code editor of the problem on screen, in the room's language, and the line
 * under it. Shown once the code is here (from this browser's copy or the server).
 */
export function EditorPane({
  connection,
  ready,
  problem,
  language,
  canEdit,
  editor,
  onShortcuts,
  guard,
}: {
  connection: RoomConnection;
  ready: boolean;
  problem: string;
  language: Language;
  canEdit: boolean;
  editor: Ref<EditorHandle>;
  onShortcuts: () => void;
  guard?: EditorGuard | undefined;
}) {
  const { tabMovesFocus } = useEditorPreferences();
  // Caught on the way down, before the editor's own handlers see the event.
  const onPaste = (event: ClipboardEvent) => {
    if (guard?.paste(event.clipboardData.getData('text/plain').length) !== 'block') return;
    event.preventDefault();
    event.stopPropagation();
  };
  const onDrop = (event: DragEvent) => {
    if (guard?.drop(event.dataTransfer.getData('text/plain').length) !== 'block') return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <section className="editor-pane" aria-label="Code editor">
      <div className="editor-frame" onPasteCapture={guard && onPaste} onDropCapture={guard && onDrop}>
        {ready ? (
          <Suspense fallback={<p className="loading">Loading the editor…</p>}>
            <CollabEditor
              key={`${problem}/${language}`}
              ref={editor}
              ytext={codeText(connection.shared, problem, language)}
              awareness={connection.awareness}
              language={language}
              readOnly={!canEdit}
              ariaLabel={`Shared ${LANGUAGE_LABEL[language]} code editor${canEdit ? '' : ' (read only)'}. ${TAB_FOCUS_SHORTCUT} switches whether Tab leaves the editor.`}
              fileName={language === 'typescript' ? 'solution.ts' : 'solution.js'}
              {...(guard ? { onPaste: (chars: number) => guard.pasted(chars) } : {})}
            />
          </Suspense>
        ) : (
          <p className="loading">Loading your code…</p>
        )}
      </div>
      <EditorStatusBar tabMovesFocus={tabMovesFocus} readOnly={!canEdit} onShortcuts={onShortcuts} />
    </section>
  );
}
