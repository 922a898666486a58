import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readAwarenessClientIds } from './awarenessFrame.ts';

function awarenessOf(clientId: number, state: Record<string, unknown> | null) {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  return awareness;
}

/** Every client's awareness, gathered in one instance the way a server holds them. */
function gathered(clients: [number, Record<string, unknown>][]) {
  const hub = awarenessOf(1, null);
  for (const [id, state] of clients) {
    const one = awarenessOf(id, state);
    awarenessProtocol.applyAwarenessUpdate(hub, awarenessProtocol.encodeAwarenessUpdate(one, [id]), 'test');
    one.destroy();
  }
  return hub;
}

describe('readAwarenessClientIds', () => {
  it('reads the one client of a single-client update', () => {
    const awareness = awarenessOf(1234, { user: { name: 'Alice', color: '#e5484d' }, cursor: { anchor: 3 } });
    const frame = awarenessProtocol.encodeAwarenessUpdate(awareness, [1234]);
    expect(readAwarenessClientIds(frame)).toEqual([1234]);
    awareness.destroy();
  });

  it('reads every client of a multi-client update, in frame order', () => {
    const ids = [7, 300, 70_000, 2 ** 32 - 1];
    const hub = gathered(ids.map((id) => [id, { user: { name: `user ${id}` } }]));
    const frame = awarenessProtocol.encodeAwarenessUpdate(hub, ids);
    expect(readAwarenessClientIds(frame)).toEqual(ids);
    const reversed = awarenessProtocol.encodeAwarenessUpdate(hub, [...ids].reverse());
    expect(readAwarenessClientIds(reversed)).toEqual([...ids].reverse());
    hub.destroy();
  });

  it('reads a removal (null state) and non-ASCII states', () => {
    const awareness = awarenessOf(42, { user: { name: 'Zoë 🚀 李' } });
    awareness.setLocalState(null);
    const frame = awarenessProtocol.encodeAwarenessUpdate(awareness, [42]);
    expect(readAwarenessClientIds(frame)).toEqual([42]);
    const named = awarenessOf(43, { user: { name: 'Zoë 🚀 李' } });
    expect(readAwarenessClientIds(awarenessProtocol.encodeAwarenessUpdate(named, [43]))).toEqual([43]);
    awareness.destroy();
    named.destroy();
  });

  it('reads an update for no client as an empty list', () => {
    expect(readAwarenessClientIds(Uint8Array.of(0))).toEqual([]);
  });

  it('agrees with what y-protocols applies', () => {
    const hub = gathered([
      [11, { a: 1 }],
      [22, { b: 2 }],
    ]);
    const frame = awarenessProtocol.encodeAwarenessUpdate(hub, [22, 11]);
    const receiver = awarenessOf(99, null);
    const changed: number[] = [];
    receiver.on('update', ({ added, updated }: { added: number[]; updated: number[] }) =>
      changed.push(...added, ...updated),
    );
    awarenessProtocol.applyAwarenessUpdate(receiver, frame, 'test');
    expect(readAwarenessClientIds(frame).sort()).toEqual(changed.sort());
    hub.destroy();
    receiver.destroy();
  });

  it('throws on an empty frame', () => {
    expect(() => readAwarenessClientIds(new Uint8Array(0))).toThrow();
  });

  it('throws on every truncation of a valid frame', () => {
    const hub = gathered([
      [5, { user: { name: 'Alice' } }],
      [500, { user: { name: 'Bob' } }],
    ]);
    const frame = awarenessProtocol.encodeAwarenessUpdate(hub, [5, 500]);
    expect(readAwarenessClientIds(frame)).toEqual([5, 500]);
    for (let length = 0; length < frame.length; length++) {
      // A copy (nothing to read past the end) and a view into the full frame (bytes past the end exist).
      expect(() => readAwarenessClientIds(frame.slice(0, length)), `copy of ${length} bytes`).toThrow();
      expect(() => readAwarenessClientIds(frame.subarray(0, length)), `view of ${length} bytes`).toThrow();
    }
    hub.destroy();
  });

  it('throws when the count promises more clients than the frame has', () => {
    const awareness = awarenessOf(8, { x: 1 });
    const frame = awarenessProtocol.encodeAwarenessUpdate(awareness, [8]);
    const lying = Uint8Array.from(frame);
    lying[0] = 2;
    expect(() => readAwarenessClientIds(lying)).toThrow();
    awareness.destroy();
  });

  it('throws on trailing bytes', () => {
    const awareness = awarenessOf(8, { x: 1 });
    const frame = awarenessProtocol.encodeAwarenessUpdate(awareness, [8]);
    expect(() => readAwarenessClientIds(Uint8Array.of(...frame, 0))).toThrow(/trailing/);
    // A second, well-formed entry that the count does not announce is trailing too.
    const encoder = encoding.createEncoder();
    encoding.writeUint8Array(encoder, frame);
    encoding.writeVarUint(encoder, 9);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, '{}');
    expect(() => readAwarenessClientIds(encoding.toUint8Array(encoder))).toThrow(/trailing/);
    expect(() => readAwarenessClientIds(Uint8Array.of(0, 0))).toThrow(/trailing/);
    awareness.destroy();
  });
});
