import { LIMITS, NOTE_TAGS, type NoteTag, type ThinkAloudNote } from '@dryrun/shared';
import { type FormEvent, useId, useState } from 'react';
import type { RoomConnection } from '../sync/RoomConnection.ts';
import { useRoomState } from '../sync/useRoom.ts';
import { FormError } from './FormError.tsx';
import { clockTime } from './time.ts';

const TAG_LABEL: Record<NoteTag, string> = {
  question: 'Question',
  approach: 'Approach',
  complexity: 'Complexity',
  testing: 'Testing',
};

export interface LineTools {
  /** The line the caret is on in the code editor, for pinning. */
  cursorLine(): number | null;
  /** Shows a line of the code, when the editor holds the code the note was written about. */
  goToLine(line: number): void;
}

/**
 * The think-aloud log: short notes the candidate (or interviewer) adds as they go, tagged
 * and optionally pinned to a line. The server stamps each one and puts it on the room's
 * timeline, so everyone sees it as it lands, and no one can rewrite it afterwards.
 */
export function ThinkAloudPane({
  connection,
  problemSlug,
  canWrite,
  lines,
}: {
  connection: RoomConnection;
  problemSlug: string;
  canWrite: boolean;
  lines: LineTools;
}) {
  const notes = useRoomState(connection).notes.filter((n) => n.problemSlug === problemSlug);
  return (
    <div className="think-aloud" data-testid="think-aloud">
      {notes.length === 0 && (
        <p className="hint">
          {canWrite
            ? 'Think aloud: jot down questions, your approach, trade-offs and what you test. Everyone sees each note with its time.'
            : 'No notes yet. Notes appear here as they are written.'}
        </p>
      )}
      {/* A log, there from the start: screen readers hear each new note as it arrives. */}
      <div role="log" aria-label="Think-aloud notes">
        {notes.length > 0 && (
          <ol className="note-list">
            {notes.map((note) => (
              <NoteItem key={note.id} note={note} onGoToLine={lines.goToLine} />
            ))}
          </ol>
        )}
      </div>
      {canWrite && <NoteComposer connection={connection} cursorLine={lines.cursorLine} />}
    </div>
  );
}

function NoteItem({ note, onGoToLine }: { note: ThinkAloudNote; onGoToLine: (line: number) => void }) {
  return (
    <li className="note" data-testid="think-aloud-note">
      <div className="note-meta">
        <time dateTime={note.at}>{clockTime(note.at)}</time>
        <span className="note-author">{note.by.name}</span>
        {note.tag && <span className={`note-tag tag-${note.tag}`}>{TAG_LABEL[note.tag]}</span>}
        {note.pinned && (
          <button
            type="button"
            className="link-button note-line"
            title={`Show line ${note.pinned.line}: ${note.pinned.text.trim()}`}
            onClick={() => note.pinned && onGoToLine(note.pinned.line)}
          >
            line {note.pinned.line}
          </button>
        )}
      </div>
      <p className="note-text">{note.text}</p>
    </li>
  );
}

function NoteComposer({ connection, cursorLine }: { connection: RoomConnection; cursorLine: () => number | null }) {
  const id = useId();
  const [text, setText] = useState('');
  const [tag, setTag] = useState<NoteTag | ''>('');
  const [pin, setPin] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const length = text.trim().length;
  const tooLong = length > LIMITS.maxNoteLength;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (sending || length === 0 || tooLong) return;
    setSending(true);
    setError(null);
    const line = pin ? cursorLine() : null;
    const reply = await connection.addNote({ text, tag: tag || null, line });
    setSending(false);
    // What was typed stays until the server has it.
    if (reply.ok) {
      setText('');
      setPin(false);
    } else setError(reply.message);
  };

  return (
    <form className="note-composer" onSubmit={submit} aria-label="Add a think-aloud note">
      <label htmlFor={`${id}-text`} className="visually-hidden">
        Note
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={2}
        placeholder="What are you thinking? (Enter to add, Shift+Enter for a new line)"
        aria-invalid={tooLong}
        aria-describedby={`${id}-count`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void submit();
          }
        }}
      />
      <div className="note-composer-row">
        <label>
          <span className="visually-hidden">Tag</span>
          <select value={tag} onChange={(e) => setTag(e.target.value as NoteTag | '')}>
            <option value="">No tag</option>
            {NOTE_TAGS.map((t) => (
              <option key={t} value={t}>
                {TAG_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={pin} onChange={(e) => setPin(e.target.checked)} />
          Pin to my line
        </label>
        <span id={`${id}-count`} className={tooLong ? 'count over' : 'count'}>
          {length}/{LIMITS.maxNoteLength}
        </span>
        <button type="submit" className="primary" disabled={sending || length === 0 || tooLong}>
          Add note
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
