import type { Participant } from '@dryrun/shared';
import { useId, useState } from 'react';
import type { ConnectionStatus } from '../sync/RoomConnection.ts';
import { NameForm } from './NameForm.tsx';

const ROLE_LABEL = { interviewer: 'Interviewer', candidate: 'Candidate', observer: 'Observer' } as const;

/**
 * Who is in the room, as the server last said. Observers are listed as watching (they have
 * no cursor). Offline, who is here is unknown, and the list says so rather than show none.
 * Your own entry lets you change the name this browser joins under.
 */
export function ParticipantsList({
  participants,
  selfId,
  status,
  onRename,
}: {
  participants: Participant[];
  selfId: string | undefined;
  /** Only while connected is the list who is here now. */
  status: ConnectionStatus;
  onRename: (name: string) => void;
}) {
  const id = useId();
  const known = status === 'connected';
  const [renaming, setRenaming] = useState(false);
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{known ? `In the room (${participants.length})` : 'In the room'}</h2>
      {known ? (
        <ul className="participants" data-testid="participants">
          {participants.map((p) => (
            <li key={p.id}>
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
              <span className="participant-name">
                {p.name}
                {p.id === selfId ? ' (you)' : ''}
              </span>
              {p.id === selfId && !renaming && (
                <button type="button" className="link-button" onClick={() => setRenaming(true)}>
                  Change name
                </button>
              )}
              <span className={`role role-${p.role}`}>{p.role === 'observer' ? 'Watching' : ROLE_LABEL[p.role]}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint" data-testid="participants-unknown">
          {status === 'connecting' ? 'Joining…' : 'Unknown while offline.'}
        </p>
      )}
      {renaming && (
        <NameForm
          initial={participants.find((p) => p.id === selfId)?.name ?? ''}
          submitLabel="Save"
          onCancel={() => setRenaming(false)}
          onSubmit={(name) => {
            setRenaming(false);
            onRename(name);
          }}
        />
      )}
    </section>
  );
}
