/** Who a participant is in a room. Decided by the server from the capability token. */
export const ROLES = ['interviewer', 'candidate', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a role may change the shared document (code, think-aloud log, …). */
export function canEditShared(role: Role): boolean {
  return role !== 'observer';
}

/** Whether a role may read and write the room's private document (interviewer notes). */
export function canAccessPrivate(role: Role): boolean {
  return role === 'interviewer';
}
