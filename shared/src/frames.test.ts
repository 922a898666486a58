import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  FrameError,
  readAwarenessFrame,
  readSyncFrame,
  step1Of,
  step2Of,
  updateFrameOf,
  writeAwarenessFrame,
  writeSyncFrame,
} from './frames.ts';

const readAwarenessClientIds = (frame: Uint8Array) => readAwarenessFrame(frame).map((e) => e.clientId);

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

describe('readAwarenessFrame', () => {
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
    expect(() => readAwarenessClientIds(Uint8Array.of(...frame, 0))).toThrow(/past its end/);
    // A second, well-formed entry that the count does not announce is trailing too.
    const encoder = encoding.createEncoder();
    encoding.writeUint8Array(encoder, frame);
    encoding.writeVarUint(encoder, 9);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, '{}');
    expect(() => readAwarenessClientIds(encoding.toUint8Array(encoder))).toThrow(/past its end/);
    expect(() => readAwarenessClientIds(Uint8Array.of(0, 0))).toThrow(/past its end/);
    awareness.destroy();
  });
});

describe('writeAwarenessFrame', () => {
  it('writes what y-protocols reads, and reads back what it wrote', () => {
    const entries = [
      { clientId: 5, clock: 3, state: JSON.stringify({ user: { name: 'Zoë 🚀' } }) },
      { clientId: 2 ** 32 - 1, clock: 0, state: 'null' },
    ];
    const frame = writeAwarenessFrame(entries);
    expect(readAwarenessFrame(frame)).toEqual(entries);
    const receiver = awarenessOf(99, null);
    awarenessProtocol.applyAwarenessUpdate(receiver, frame, 'test');
    expect(receiver.getStates().get(5)).toEqual({ user: { name: 'Zoë 🚀' } });
    receiver.destroy();
  });
});

describe('sync frames', () => {
  it('reads back each message type as y-protocols writes it', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    const step1 = readSyncFrame(step1Of(doc));
    expect(step1).toEqual({ type: 'step1', stateVector: Y.encodeStateVector(doc) });
    const step2 = readSyncFrame(step2Of(doc, new Uint8Array([0])));
    expect(step2.type).toBe('step2');
    const copy = new Y.Doc();
    if (step2.type === 'step2') Y.applyUpdate(copy, step2.update);
    expect(copy.getText('t').toString()).toBe('hello');
    expect(readSyncFrame(updateFrameOf(Uint8Array.of(1, 2)))).toEqual({ type: 'update', update: Uint8Array.of(1, 2) });
    expect(writeSyncFrame({ type: 'update', update: Uint8Array.of(1, 2) })).toEqual(updateFrameOf(Uint8Array.of(1, 2)));
  });

  it('refuses empty, truncated, unknown and overlong frames with a FrameError', () => {
    const frame = updateFrameOf(Uint8Array.of(1, 2, 3));
    for (let length = 0; length < frame.length; length++) {
      expect(() => readSyncFrame(frame.slice(0, length)), `${length} bytes`).toThrow(FrameError);
    }
    expect(() => readSyncFrame(Uint8Array.of(3, 0))).toThrow(/Unknown sync message type 3/);
    expect(() => readSyncFrame(Uint8Array.of(...frame, 0))).toThrow(/past its end/);
    expect(() => readSyncFrame(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))).toThrow(
      FrameError,
    );
  });
});
