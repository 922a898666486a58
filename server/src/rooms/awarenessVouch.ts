import {
  type AwarenessState,
  awarenessStateSchema,
  DryRunError,
  FrameError,
  isRootOf,
  LIMITS,
  type Participant,
  readAwarenessFrame,
  writeAwarenessFrame,
} from '@dryrun/shared';
import * as Y from 'yjs';

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
  const { user: _claimed, selection, selections } = parsed.data;
  const { name, color, role } = participant;
  return JSON.stringify({
    ...(selection === undefined ? {} : { selection: selection && vouchSelection(selection) }),
    ...(selections === undefined ? {} : { selections: selections.map(vouchSelection) }),
    user: { name, color, role },
  });
}

type SelectionJson = NonNullable<AwarenessState['selection']>;

function vouchSelection({ anchor, head }: SelectionJson): SelectionJson {
  return { anchor: vouchPosition(anchor), head: vouchPosition(head) };
}

/**
 * A relative position as Yjs itself writes it, every field there (null where empty), and
 * pointing somewhere: an editor resolves it on every change, and a position that names
 * nothing (`{}`) makes Yjs throw there, in every other participant's editor.
 */
function vouchPosition(json: SelectionJson['anchor']): SelectionJson['anchor'] {
  const position = Y.createRelativePositionFromJSON(json);
  if (position.item === null && position.type === null && position.tname === null) {
    throw new DryRunError('MALFORMED', 'A cursor position points at nothing.');
  }
  if (position.tname !== null && !isRootOf('shared', position.tname)) {
    throw new DryRunError('MALFORMED', 'A cursor position points outside the code.');
  }
  const id = (at: Y.ID | null) => (at === null ? null : { client: at.client, clock: at.clock });
  return { type: id(position.type), tname: position.tname, item: id(position.item), assoc: position.assoc };
}
