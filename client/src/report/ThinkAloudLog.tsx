import { evidenceMomentKey, type ThinkAloudNote } from '@dryrun/shared';
import { Timestamp } from './Timestamp.tsx';

/** Every think-aloud note of the session, oldest first, as written. */
export function ThinkAloudLog({
  notes,
  replayHref,
}: {
  notes: ThinkAloudNote[];
  /** The replay at a moment (see `momentKey`): each note links to its own. */
  replayHref: (moment: string) => string;
}) {
  return (
    <section className="report-section" aria-labelledby="log-title" data-testid="think-aloud">
      <h2 id="log-title">Think-aloud log</h2>
      {notes.length === 0 ? (
        <p className="report-muted">No notes were written.</p>
      ) : (
        <ol className="report-log">
          {notes.map((note) => (
            <li key={note.id} className="report-log-entry" data-testid="log-entry">
              <p className="report-log-meta">
                <Timestamp at={note.at} />
                <span className="report-log-author">
                  {note.by.name} <span className="report-muted">({note.by.role})</span>
                </span>
                {note.tag && <span className="report-chip">{note.tag}</span>}
                <a className="report-replay-link" href={replayHref(evidenceMomentKey({ kind: 'note', id: note.id }))}>
                  Replay<span className="visually-hidden"> from this note</span>
                </a>
              </p>
              <p className="report-typed report-log-text">{note.text}</p>
              {note.pinned && (
                <p className="report-pinned">
                  Line {note.pinned.line}: <code>{note.pinned.text.trim()}</code>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
