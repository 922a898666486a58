import { padQuestion } from '@dryrun/shared';
import { Suspense, useId, useState } from 'react';
import type * as Y from 'yjs';
import { CollabEditor } from '../editor/LazyEditor.tsx';
import { useYValue } from '../sync/useY.ts';
import { SafeMarkdown } from './Markdown.tsx';

/**
 * A blank pad's question: the interviewer writes or pastes it in Markdown (and may change
 * it at any time); everyone sees it rendered, live. It lives in the `question` doc, which
 * everyone reads and only interviewers may write. Rendering is the statements' safe Markdown: no
 * raw HTML, no script URLs, no images.
 */
export function PadQuestion({ doc, canWrite }: { doc: Y.Doc; canWrite: boolean }) {
  const text = padQuestion(doc);
  const question = useYValue(text, () => text.toString());
  const [editing, setEditing] = useState(false);
  const id = useId();

  return (
    <div className="pad-question" data-testid="pad-question">
      {canWrite && (
        <div className="pad-question-tools">
          <button
            type="button"
            aria-expanded={editing}
            aria-controls={`${id}-editor`}
            onClick={() => setEditing(!editing)}
          >
            {editing ? 'Done' : question ? 'Edit question' : 'Write the question'}
          </button>
          <span className="hint">Markdown. The candidate sees it as you type.</span>
        </div>
      )}
      {canWrite && editing && (
        <div id={`${id}-editor`} className="pad-question-editor">
          <Suspense fallback={<p className="loading">Loading the editor…</p>}>
            <CollabEditor
              ytext={text}
              awareness={null}
              language="markdown"
              readOnly={false}
              ariaLabel="The question, in Markdown"
              fileName="question.md"
              compact
            />
          </Suspense>
        </div>
      )}
      {question.trim() ? (
        <div className="problem-statement" data-testid="pad-question-text">
          <SafeMarkdown text={question} />
        </div>
      ) : (
        <p className="blank-pad" data-testid="blank-pad">
          {canWrite
            ? 'Blank pad: write your own question, or choose a problem from the set. Run runs the whole program.'
            : 'Blank pad: the interviewer will write the question here. Run runs the whole program.'}
        </p>
      )}
    </div>
  );
}
