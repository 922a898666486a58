import type { Participant } from '@dryrun/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { FormError } from '../interview/FormError.tsx';
import type { ConnectionStatus, RequestResult } from '../sync/RoomConnection.ts';
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
  onRename: (name: string) => Promise<RequestResult>;
}) {
  const id = useId();
  const known = status === 'connected';
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changeName = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  // Back to "Change name" once the form closes (after the button is drawn again), so the
  // keyboard is where it was.
  useEffect(() => {
    if (wasRenaming.current && !renaming) changeName.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const close = () => {
    setRenaming(false);
    setError(null);
  };
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
                <button ref={changeName} type="button" className="link-button" onClick={() => setRenaming(true)}>
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
        <>
          <NameForm
            initial={participants.find((p) => p.id === selfId)?.name ?? ''}
            submitLabel="Save"
            onCancel={close}
            onSubmit={async (name) => {
              const reply = await onRename(name);
              if (reply.ok) close();
              else setError(reply.message);
            }}
          />
          <FormError message={error} />
        </>
      )}
    </section>
  );
}
