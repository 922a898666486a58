import type { Participant } from '@dryrun/shared';

const ROLE_LABEL = { interviewer: 'Interviewer', candidate: 'Candidate', observer: 'Observer' } as const;

export function ParticipantsList({
  participants,
  selfId,
}: {
  participants: Participant[];
  selfId: string | undefined;
}) {
  return (
    <section className="panel" aria-labelledby="participants-heading">
      <h2 id="participants-heading">In the room ({participants.length})</h2>
      <ul className="participants" data-testid="participants">
        {participants.map((p) => (
          <li key={p.id}>
            <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
            <span className="participant-name">
              {p.name}
              {p.id === selfId ? ' (you)' : ''}
            </span>
            <span className={`role role-${p.role}`}>{ROLE_LABEL[p.role]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
