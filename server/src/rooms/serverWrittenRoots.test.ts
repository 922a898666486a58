import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { touchesRoots } from './serverWrittenRoots.ts';

const PROTECTED = new Set(['thinkAloud', 'claims']);

/** A server doc with some code and two server-written notes, and a client in sync with it. */
function setUp() {
  const server = new Y.Doc();
  server.getText('code').insert(0, 'function f() {}');
  server.getArray('thinkAloud').push([
    { id: 'a', text: 'first' },
    { id: 'b', text: 'second' },
  ]);
  const nested = new Y.Map<unknown>();
  server.getArray('claims').push([nested]);
  nested.set('time', 'O(n)');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  /** What the client's change sends, and whether the server would refuse it. */
  const check = (change: () => void) => {
    const before = Y.encodeStateVector(client);
    client.transact(change);
    return touchesRoots(server, Y.encodeStateAsUpdate(client, before), PROTECTED);
  };
  return { server, client, check };
}

describe('touchesRoots', () => {
  it('lets code, settings and other roots through', () => {
    const { client, check } = setUp();
    expect(check(() => client.getText('code').insert(9, 'g'))).toBe(false);
    expect(check(() => client.getText('code').delete(0, 3))).toBe(false);
    expect(check(() => client.getMap('settings').set('language', 'typescript'))).toBe(false);
    expect(check(() => client.getText('fresh').insert(0, 'new root'))).toBe(false);
  });

  it('catches an insert into an empty protected root (the parent is named)', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.getArray('thinkAloud').push(['forged']);
    expect(touchesRoots(server, Y.encodeStateAsUpdate(client), PROTECTED)).toBe(true);
  });

  it('catches inserts placed beside existing entries (only the origin is named)', () => {
    const { client, check } = setUp();
    expect(check(() => client.getArray('thinkAloud').push([{ id: 'x', text: 'forged' }]))).toBe(true);
    expect(check(() => client.getArray('thinkAloud').insert(1, ['between']))).toBe(true);
    expect(check(() => client.getArray('thinkAloud').insert(0, ['before']))).toBe(true);
  });

  it('catches deletions of server-written entries', () => {
    const { client, check } = setUp();
    expect(check(() => client.getArray('thinkAloud').delete(0, 1))).toBe(true);
  });

  it('catches changes nested inside a protected root', () => {
    const { client, check } = setUp();
    const nested = client.getArray<Y.Map<unknown>>('claims').get(0);
    expect(check(() => nested.set('time', 'O(1)'))).toBe(true);
  });

  it('catches a protected change carried along with code edits', () => {
    const { client, check } = setUp();
    expect(
      check(() => {
        client.getText('code').insert(0, '// hi\n');
        client.getArray('thinkAloud').delete(1, 1);
      }),
    ).toBe(true);
  });

  it('lets a full resync through: it carries the server-written entries the server already has', () => {
    const { server, client } = setUp();
    client.getText('code').insert(0, 'offline edit ');
    expect(touchesRoots(server, Y.encodeStateAsUpdate(client), PROTECTED)).toBe(false);
    // ...but not one that also deletes a note.
    client.getArray('thinkAloud').delete(0, 1);
    expect(touchesRoots(server, Y.encodeStateAsUpdate(client), PROTECTED)).toBe(true);
  });

  it('follows a chain of new items within one update', () => {
    const { client, check } = setUp();
    expect(
      check(() => {
        const log = client.getArray('thinkAloud');
        for (let i = 0; i < 50; i++) log.push([i]);
      }),
    ).toBe(true);
    // A long run of typed characters in code chains origins too, and is allowed.
    expect(
      check(() => {
        const code = client.getText('code');
        for (let i = 0; i < 50; i++) code.insert(code.length, 'x');
      }),
    ).toBe(false);
  });
});
