import { interviewerNotes, LIMITS, type PrivateNote, privateNoteLog } from '@dryrun/shared';
import { type FormEvent, Suspense, useId, useState } from 'react';
import type * as Y from 'yjs';
import { CollabEditor } from '../editor/LazyEditor.tsx';
import { useYArray } from '../sync/useY.ts';
import { clockTime } from './time.ts';

/**
 * The interviewers' private notes: quick timestamped notes as the interview goes, and a
 * free pad for anything longer. Both live in the private doc, which only interviewers receive.
 */
export function PrivateNotes({ privateDoc, author }: { privateDoc: Y.Doc; author: string }) {
  const log = privateNoteLog(privateDoc);
  const notes = useYArray(log);
  const id = useId();
  const [text, setText] = useState('');
  const tooLong = text.trim().length > LIMITS.maxNoteLength;

  const add = (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || tooLong) return;
    const note: PrivateNote = { id: crypto.randomUUID(), at: new Date().toISOString(), by: author, text: trimmed };
    log.push([note]);
    setText('');
  };

  return (
    <div className="private-notes" data-testid="private-notes">
      <p className="hint">Only interviewers see these.</p>
      {notes.length > 0 && (
        <ol className="note-list" aria-label="Timestamped private notes">
          {notes.map((note) => (
            <li key={note.id} className="note" data-testid="private-note">
              <div className="note-meta">
                <time dateTime={note.at}>{clockTime(note.at)}</time>
                <span className="note-author">{note.by}</span>
              </div>
              <p className="note-text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="note-composer" onSubmit={add} aria-label="Add a private note">
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Private note
        </label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          aria-invalid={tooLong}
          placeholder="A timestamped note for yourself (Enter to add)"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              add();
            }
          }}
        />
        <div className="note-composer-row">
          <span className={tooLong ? 'count over' : 'count'}>
            {text.trim().length}/{LIMITS.maxNoteLength}
          </span>
          <button type="submit" disabled={!text.trim() || tooLong}>
            Add note
          </button>
        </div>
      </form>
      <details className="notes-pad" open>
        <summary>Free-form notes</summary>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <CollabEditor
            ytext={interviewerNotes(privateDoc)}
            awareness={null}
            language="markdown"
            readOnly={false}
            ariaLabel="Private interviewer notes"
            fileName="notes.md"
            compact
          />
        </Suspense>
      </details>
    </div>
  );
}
