import {
  awarenessStateSchema,
  DryRunError,
  FrameError,
  LIMITS,
  type Participant,
  readAwarenessFrame,
  writeAwarenessFrame,
} from '@dryrun/shared';

/**
 * A participant's awareness frame as the room takes it: their own client id only, each
 * state JSON that reads as a cursor (selections as Yjs relative positions), and `user` set
 * to the participant the server admitted — the name, colour and role shown on a cursor are
 * never the client's say. Throws {@link DryRunError} (`MALFORMED`, `FORBIDDEN`,
 * `PAYLOAD_TOO_LARGE`) for a frame it will not take.
 */
export function vouchAwareness(frame: Uint8Array, participant: Participant): Uint8Array {
  let entries: ReturnType<typeof readAwarenessFrame>;
  try {
    entries = readAwarenessFrame(frame);
  } catch (error) {
    if (error instanceof FrameError) throw new DryRunError('MALFORMED', error.message);
    throw error;
  }
  if (entries.length === 0) throw new DryRunError('MALFORMED', 'The awareness frame carries no state.');
  return writeAwarenessFrame(
    entries.map((entry) => {
      if (entry.clientId !== participant.clientId) {
        throw new DryRunError('FORBIDDEN', 'An awareness update may only carry your own state.');
      }
      return { ...entry, state: vouchState(entry.state, participant) };
    }),
  );
}

function vouchState(text: string, participant: Participant): string {
  if (Buffer.byteLength(text) > LIMITS.maxAwarenessStateBytes) {
    throw new DryRunError('PAYLOAD_TOO_LARGE', `A cursor state may be at most ${LIMITS.maxAwarenessStateBytes} bytes.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DryRunError('MALFORMED', 'The cursor state is not JSON.');
  }
  // A state of null says the participant's cursor is gone.
  if (value === null) return 'null';
  const parsed = awarenessStateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DryRunError(
      'MALFORMED',
      `The cursor state does not read: ${issue?.path.join('.') || 'state'}: ${issue?.message}`,
    );
  }
  const { user: _claimed, ...cursor } = parsed.data;
  const { name, color, role } = participant;
  return JSON.stringify({ ...cursor, user: { name, color, role } });
}
