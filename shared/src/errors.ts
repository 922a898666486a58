/**
 * Every reason the server gives for refusing something, in one catalog. The server sends
 * `{ reason, message }`; clients branch on `reason` and may show `message` to a person.
 */
export const ERROR_REASONS = [
  /** The room does not exist. */
  'ROOM_NOT_FOUND',
  /** The token does not open this room. */
  'BAD_TOKEN',
  /** The caller's role may not do this (an observer editing, a candidate asking for the private doc). */
  'FORBIDDEN',
  /** Too many frames in too short a time; the frame was dropped. Resync after a pause. */
  'RATE_LIMITED',
  /** The frame or request body is larger than the server accepts. */
  'PAYLOAD_TOO_LARGE',
  /** The client speaks an older protocol version than the server: reload the page. */
  'CLIENT_TOO_OLD',
  /** The client speaks a newer protocol version than the server. */
  'SERVER_TOO_OLD',
  /** The payload did not match the schema of its event or endpoint. */
  'MALFORMED',
  /** Join: another participant's editor already uses (or used) this Yjs client id; pick another. */
  'CLIENT_ID_TAKEN',
  /** Join: the room has as many connections as it takes. */
  'ROOM_FULL',
  /** Join: this network address has as many connections open as one address may. */
  'TOO_MANY_CONNECTIONS',
  /**
   * A Yjs update builds on changes the server does not have (or carries another client's
   * items): it was dropped whole. Resync (send step 1) and send what the server then lacks.
   */
  'OUT_OF_SYNC',
  /** The thing is settled and cannot change (a submitted scorecard). */
  'CONFLICT',
  /** Not there yet (the feedback report before the interviewer submits). */
  'NOT_READY',
  /** Something failed on the server; the room keeps running. */
  'INTERNAL',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];

/** The error payload carried by HTTP error bodies, the `rejected` event and `connect_error`. */
export interface ErrorPayload {
  reason: ErrorReason;
  message: string;
}

/** An error with a machine-readable reason, thrown and caught at the edges. */
export class DryRunError extends Error {
  override readonly name = 'DryRunError';
  constructor(
    readonly reason: ErrorReason,
    message: string,
  ) {
    super(message);
  }

  toPayload(): ErrorPayload {
    return { reason: this.reason, message: this.message };
  }
}

/** Whether an unknown value is an {@link ErrorPayload} (e.g. `connect_error`'s `data`). */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorPayload).message === 'string' &&
    (ERROR_REASONS as readonly string[]).includes((value as ErrorPayload).reason)
  );
}

/** Exhaustiveness check for the end of every switch over a union. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
