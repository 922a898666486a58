import { authoredText, codeText, type Role, type SessionReplay, selectedLanguage } from '@dryrun/shared';
import { useMemo, useRef } from 'react';
import type * as Y from 'yjs';

/** Who wrote a run of code: a link's role, or the server (the starter code). */
export type Writer = Role | 'server';

/**
 * The code of one problem as it was after `edits` edits, each run of text marked with who
 * typed it. A doc follows the playhead: forward by applying the edits between, back (or far
 * ahead) from the nearest checkpoint.
 */
export function ReplayCode({
  replay,
  edits,
  problem,
  problemTitle,
  writerOf,
}: {
  replay: SessionReplay;
  edits: number;
  problem: string;
  problemTitle: string;
  writerOf: (clientId: number) => Writer;
}) {
  const cursor = useRef<{ doc: Y.Doc; edits: number } | null>(null);
  const { language, runs } = useMemo(() => {
    const at = cursor.current ?? { doc: replay.docAt(0), edits: 0 };
    at.doc = replay.advance(at.doc, at.edits, edits);
    at.edits = edits;
    cursor.current = at;
    const language = selectedLanguage(at.doc, problem);
    return { language, runs: authoredText(codeText(at.doc, problem, language)) };
  }, [replay, edits, problem]);

  const empty = runs.every((run) => run.text.length === 0);
  return (
    <figure className="replay-code-frame">
      <figcaption className="replay-code-caption">
        {problemTitle} · <span className="replay-muted">{language === 'typescript' ? 'TypeScript' : 'JavaScript'}</span>
      </figcaption>
      <pre
        className="replay-code"
        data-testid="replay-code"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: long code scrolls, by keyboard too
        tabIndex={0}
      >
        {empty ? (
          <span className="replay-muted">No code yet.</span>
        ) : (
          <code>
            {runs.map((run, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity of their own, and are drawn anew each time.
              <span key={index} className={`replay-by-${writerOf(run.clientId)}`}>
                {run.text}
              </span>
            ))}
          </code>
        )}
      </pre>
    </figure>
  );
}
