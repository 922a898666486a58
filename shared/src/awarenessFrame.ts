import * as decoding from 'lib0/decoding';

/**
 * The client ids an awareness update speaks for. The grammar (y-protocols/awareness):
 * `varUint(count)` then `count` × `varUint(clientId) varUint(clock) varString(stateJson)`.
 * The server uses this to stop one socket from overwriting another's cursor.
 * Throws on a truncated or malformed frame.
 */
export function readAwarenessClientIds(frame: Uint8Array): number[] {
  const decoder = decoding.createDecoder(frame);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update');
  return ids;
}
