import type { Actor, Author, Role } from '@dryrun/shared';
import type { LiveRoom } from './LiveRoom.ts';

/** A participant making a request, as the server admitted them: in which room, who, from where. */
export interface Caller {
  room: LiveRoom;
  /** The participant's connection id (`Participant.id`). */
  participantId: string;
  name: string;
  role: Role;
  /** The network address the connection came from: judge time and limits are shared per address. */
  address: string;
}

/** The caller as the timeline records them. */
export function actorOf({ participantId, name, role }: Caller): Actor {
  return { participantId, name, role };
}

/** The caller as a note, claim or hint names its author. */
export function authorOf({ name, role }: Caller): Author {
  return { name, role };
}
