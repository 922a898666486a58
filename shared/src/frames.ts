/**
 * The binary frames of `y:sync` and `y:awareness`, written and read in one place for the
 * client, the server and test peers. They are y-protocols' own messages (lib0 encoding):
 *
 * ```
 * sync      = varUint(type) varUint8Array(payload)
 *             type 0: step 1, payload a state vector; 1: step 2, an update; 2: an update
 * awareness = varUint(count) count × ( varUint(clientId) varUint(clock) varString(stateJson) )
 * ```
 *
 * This layer only frames: it does not apply updates, decide who may send what, or read
 * inside a Yjs update (the server's update guard does that).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** One y-protocols sync message. */
export type SyncFrame =
  | { type: 'step1'; stateVector: Uint8Array }
  | { type: 'step2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array };

/** The message type numbers of y-protocols' sync protocol. */
const SYNC_TYPE = { step1: 0, step2: 1, update: 2 } as const;

/** A frame that does not read: truncated, of an unknown type, or with bytes past its end. */
export class FrameError extends Error {
  override readonly name = 'FrameError';
}

/** Writes one sync message. */
export function writeSyncFrame(frame: SyncFrame): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC_TYPE[frame.type]);
  encoding.writeVarUint8Array(encoder, frame.type === 'step1' ? frame.stateVector : frame.update);
  return encoding.toUint8Array(encoder);
}

/** Reads a sync frame; throws {@link FrameError} when it does not read. */
export function readSyncFrame(frame: Uint8Array): SyncFrame {
  const decoder = decoding.createDecoder(frame);
  let type: number;
  let payload: Uint8Array;
  try {
    type = decoding.readVarUint(decoder);
    payload = decoding.readVarUint8Array(decoder);
  } catch {
    throw new FrameError('The sync frame is empty or truncated.');
  }
  if (decoding.hasContent(decoder)) throw new FrameError('The sync frame has bytes past its end.');
  switch (type) {
    case SYNC_TYPE.step1:
      return { type: 'step1', stateVector: payload };
    case SYNC_TYPE.step2:
      return { type: 'step2', update: payload };
    case SYNC_TYPE.update:
      return { type: 'update', update: payload };
    default:
      throw new FrameError(`Unknown sync message type ${type}.`);
  }
}

/** Step 1: "here is what I have" (the doc's state vector). */
export function step1Of(doc: Y.Doc): Uint8Array {
  return writeSyncFrame({ type: 'step1', stateVector: Y.encodeStateVector(doc) });
}

/** Step 2: what `doc` has that a peer with `stateVector` lacks. */
export function step2Of(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return writeSyncFrame({ type: 'step2', update: Y.encodeStateAsUpdate(doc, stateVector) });
}

/**
 * Step 2 limited to the items of `own` client ids: what a client sends back, since the server
 * takes only its own ids' items (another client's, which the server lost, are theirs to send).
 */
export function ownStep2Of(doc: Y.Doc, stateVector: Uint8Array, own: ReadonlySet<number>): Uint8Array {
  const target = Y.decodeStateVector(stateVector);
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    if (!own.has(client)) target.set(client, Math.max(clock, target.get(client) ?? 0));
  }
  return step2Of(doc, Y.encodeStateVector(target));
}

/** A change as it happens (`doc.on('update')`). */
export function updateFrameOf(update: Uint8Array): Uint8Array {
  return writeSyncFrame({ type: 'update', update });
}

/** One client's entry in an awareness frame: its state is JSON text, `null` when it left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

/** Reads an awareness frame; throws {@link FrameError} when it does not read. */
export function readAwarenessFrame(frame: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(frame);
  const entries: AwarenessEntry[] = [];
  try {
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      entries.push({
        clientId: decoding.readVarUint(decoder),
        clock: decoding.readVarUint(decoder),
        state: decoding.readVarString(decoder),
      });
    }
  } catch {
    throw new FrameError('The awareness frame is truncated.');
  }
  if (decoding.hasContent(decoder)) throw new FrameError('The awareness frame has bytes past its end.');
  return entries;
}

/** Writes an awareness frame of these entries, in order. */
export function writeAwarenessFrame(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
