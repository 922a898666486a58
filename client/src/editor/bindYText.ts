import { MonacoBinding } from 'y-monaco';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { monaco } from './monaco.ts';

export interface YTextBinding {
  undoManager: Y.UndoManager;
  dispose(): void;
}

/**
 * Binds a Monaco model to a Y.Text (y-monaco, patched to pin carets left and share every
 * selection) and replaces Monaco's undo stack with a Y.UndoManager that tracks only this
 * editor's edits: undo never takes back what someone else typed.
 */
export function bindYText(
  editor: monaco.editor.IStandaloneCodeEditor,
  ytext: Y.Text,
  awareness: Awareness | null,
): YTextBinding {
  const model = editor.getModel();
  if (!model) throw new Error('bindYText needs an editor with a model');
  const binding = new MonacoBinding(ytext, model, new Set([editor]), awareness);
  const undoManager = new Y.UndoManager(ytext, { trackedOrigins: new Set([binding]), captureTimeout: 500 });

  /** Runs an undo or redo and puts the caret where the text changed. */
  const step = (run: () => unknown) => {
    let caret: number | null = null;
    const track = (event: Y.YTextEvent) => {
      let index = 0;
      for (const op of event.delta) {
        if (op.retain !== undefined) index += op.retain;
        else if (typeof op.insert === 'string') {
          index += op.insert.length;
          caret = index;
        } else if (op.delete !== undefined) caret = index;
      }
    };
    ytext.observe(track);
    try {
      run();
    } finally {
      ytext.unobserve(track);
    }
    if (caret !== null) {
      const position = model.getPositionAt(caret);
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
    }
  };

  const { KeyMod, KeyCode } = monaco;
  const commands = [
    editor.addAction({
      id: 'dryrun.undo',
      label: 'Undo my last edit',
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ],
      run: () => step(() => undoManager.undo()),
    }),
    editor.addAction({
      id: 'dryrun.redo',
      label: 'Redo my last edit',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY],
      run: () => step(() => undoManager.redo()),
    }),
  ];

  return {
    undoManager,
    dispose() {
      for (const command of commands) command.dispose();
      undoManager.destroy();
      binding.destroy();
    },
  };
}
