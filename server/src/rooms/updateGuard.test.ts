import { codeText, type ErrorReason, isRootOf, roomSettings, SCRATCH_PROBLEM } from '@dryrun/shared';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkUpdate, type UpdateCheck } from './updateGuard.ts';

/** Client ids: the server's own (it writes starter code), two participants, and one the room has never seen. */
const SERVER = 1;
const ALICE = 100;
const BOB = 200;
const CAROL = 300;

const isSharedRoot = (name: string) => isRootOf('shared', name);
const code = (doc: Y.Doc) => codeText(doc, SCRATCH_PROBLEM, 'javascript');

const docs: Y.Doc[] = [];
afterEach(() => {
  for (const doc of docs.splice(0)) doc.destroy();
});

/** A doc that writes as `clientId`, holding what `from` holds. */
function docAs(clientId: number, from?: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  docs.push(doc);
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  // After the copy: Yjs takes a new id when an update brings items of its own.
  doc.clientID = clientId;
  return doc;
}

/** The room's shared doc (the server's starter line, then Alice's), and Alice's doc in step with it. */
function room(): { server: Y.Doc; alice: Y.Doc } {
  const server = docAs(SERVER);
  code(server).insert(0, '// start\n');
  const alice = docAs(ALICE, server);
  code(alice).insert(code(alice).length, 'let a;');
  Y.applyUpdate(server, Y.encodeStateAsUpdate(alice, Y.encodeStateVector(server)));
  return { server, alice };
}

/** What `doc` has that a doc at state vector `before` lacks. */
function since(doc: Y.Doc, before: Uint8Array): Uint8Array {
  return Y.encodeStateAsUpdate(doc, before);
}

/** What `doc` writes in `change`, as one update. */
function edit(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change(doc);
  return since(doc, before);
}

/**
 * Bob's update that builds on `victim`'s next item, which the server does not have yet:
 * written in a copy of the server's doc in which the victim has written it already.
 */
function buildingOnNext(
  server: Y.Doc,
  victim: number,
  victimWrites: (doc: Y.Doc) => void,
  bobWrites: (doc: Y.Doc) => void,
): Uint8Array {
  const forger = docAs(victim, server);
  victimWrites(forger);
  const withAnchor = Y.encodeStateVector(forger);
  forger.clientID = BOB;
  bobWrites(forger);
  return since(forger, withAnchor);
}

/** The one struct of an update. */
function onlyStruct(update: Uint8Array): Y.Item | Y.GC | Y.Skip {
  const { structs } = Y.decodeUpdate(update);
  expect(structs).toHaveLength(1);
  return structs[0] as Y.Item | Y.GC | Y.Skip;
}

/** Checks an update as the room does, and applies it only when the check lets it through. */
function offer(server: Y.Doc, update: Uint8Array, owned: number[]): UpdateCheck {
  const check = checkUpdate(server, update, new Set(owned), isSharedRoot);
  if (check.ok) Y.applyUpdate(server, update);
  return check;
}

function expectNothingPending(doc: Y.Doc): void {
  expect(doc.store.pendingStructs).toBeNull();
  expect(doc.store.pendingDs).toBeNull();
}

/** Offers an update that must be refused, and checks that the server's doc is exactly as it was. */
function expectRefused(server: Y.Doc, update: Uint8Array, owned: number[], reason: ErrorReason): void {
  const stateVector = Y.encodeStateVector(server);
  const state = Y.encodeStateAsUpdate(server);
  const text = code(server).toString();
  expect(offer(server, update, owned)).toMatchObject({ ok: false, reason });
  expect(Y.encodeStateVector(server)).toEqual(stateVector);
  expect(Y.encodeStateAsUpdate(server)).toEqual(state);
  expect(code(server).toString()).toBe(text);
  expectNothingPending(server);
}

/** A copy of the server's doc that takes the update unchecked, as Yjs alone would. */
function unguarded(server: Y.Doc, update: Uint8Array): Y.Doc {
  const copy = docAs(SERVER, server);
  Y.applyUpdate(copy, update);
  return copy;
}

/** Whether Yjs, taking the update unchecked, would hold some of it back until an anchor arrives. */
function yjsWouldHold(server: Y.Doc, update: Uint8Array): boolean {
  const copy = unguarded(server, update);
  return copy.store.pendingStructs !== null || copy.store.pendingDs !== null;
}

/**
 * An update written struct by struct, for what Yjs itself never writes: each section is one
 * client's structs from the first one's clock on. No deletions.
 */
function handMade(sections: Array<Array<Y.Item>>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, sections.length);
  for (const items of sections) {
    const first = items[0] as Y.Item;
    encoding.writeVarUint(encoder.restEncoder, items.length);
    encoder.writeClient(first.id.client);
    encoding.writeVarUint(encoder.restEncoder, first.id.clock);
    for (const item of items) item.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

/** An update of deletions only, `[client, clock, len]` each, as written by hand. */
function handMadeDeletes(ranges: Array<[number, number, number]>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 0);
  encoding.writeVarUint(encoder.restEncoder, ranges.length);
  for (const [client, clock, len] of ranges) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, 1);
    encoder.writeDsClock(clock);
    encoder.writeDsLen(len);
  }
  return encoder.toUint8Array();
}

/** An item of no length (an empty string) at `client`'s `clock`, right after `origin`. */
function emptyItem(client: number, clock: number, origin: Y.ID): Y.Item {
  return new Y.Item(Y.createID(client, clock), null, origin, null, null, null, null, new Y.ContentString(''));
}

describe('checkUpdate', () => {
  describe('identity', () => {
    it("accepts new items under the sender's own id", () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      const written = edit(bob, (d) => code(d).insert(0, '/* Bob */ '));
      expect(offer(server, written, [BOB])).toEqual({ ok: true });
      expect(code(server).toString()).toBe('/* Bob */ // start\nlet a;');
      expectNothingPending(server);
    });

    it("refuses new items under another participant's id (FORBIDDEN)", () => {
      const { server } = room();
      const posing = docAs(ALICE, server);
      const update = edit(posing, (d) => code(d).insert(0, 'evil'));
      expectRefused(server, update, [BOB], 'FORBIDDEN');
    });

    it('lets through items the doc has already, whoever wrote them', () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      code(bob).insert(0, 'hi ');
      // Bob's whole doc: the server's and Alice's items come back with his own.
      const whole = Y.encodeStateAsUpdate(bob);
      expect(new Set(Y.decodeUpdate(whole).structs.map((s) => s.id.client))).toEqual(new Set([SERVER, ALICE, BOB]));
      expect(offer(server, whole, [BOB])).toEqual({ ok: true });
      expect(code(server).toString()).toBe('hi // start\nlet a;');
    });

    it("refuses someone else's struct that reaches past what the doc has (FORBIDDEN)", () => {
      const { server, alice } = room();
      // Alice types on before the server hears her: her line is now one struct, half of it new.
      code(alice).insert(code(alice).length, ' let b;');
      const relayed = Y.encodeStateAsUpdate(alice);
      const hers = Y.decodeUpdate(relayed).structs.filter((s) => s.id.client === ALICE);
      expect(hers.map((s) => [s.id.clock, s.length])).toEqual([[0, 13]]);
      expectRefused(server, relayed, [BOB], 'FORBIDDEN');
      // Alice herself may send it.
      expect(offer(server, relayed, [ALICE])).toEqual({ ok: true });
      expect(code(server).toString()).toBe('// start\nlet a; let b;');
    });
  });

  describe('nothing left pending', () => {
    it('refuses an item whose origin the doc lacks (OUT_OF_SYNC)', () => {
      const { server } = room();
      const next = Y.getState(server.store, ALICE);
      const update = buildingOnNext(
        server,
        ALICE,
        (d) => code(d).insert(0, 'x'),
        (d) => code(d).insert(1, 'FORGED'),
      );
      expect(onlyStruct(update)).toMatchObject({ origin: { client: ALICE, clock: next } });
      expect(yjsWouldHold(server, update)).toBe(true);
      expectRefused(server, update, [BOB], 'OUT_OF_SYNC');
    });

    it('refuses an item whose right origin the doc lacks (OUT_OF_SYNC)', () => {
      const { server } = room();
      const next = Y.getState(server.store, ALICE);
      const update = buildingOnNext(
        server,
        ALICE,
        (d) => code(d).insert(0, 'x'),
        (d) => code(d).insert(0, 'FORGED'),
      );
      expect(onlyStruct(update)).toMatchObject({ origin: null, rightOrigin: { client: ALICE, clock: next } });
      expect(yjsWouldHold(server, update)).toBe(true);
      expectRefused(server, update, [BOB], 'OUT_OF_SYNC');
    });

    it('refuses an item inside a type the doc lacks (OUT_OF_SYNC)', () => {
      const { server } = room();
      const next = Y.getState(server.store, ALICE);
      const update = buildingOnNext(
        server,
        ALICE,
        (d) => roomSettings(d).set('draft', new Y.Map()),
        (d) => (roomSettings(d).get('draft') as Y.Map<string>).set('key', 'FORGED'),
      );
      expect(onlyStruct(update)).toMatchObject({ origin: null, parent: { client: ALICE, clock: next } });
      expect(yjsWouldHold(server, update)).toBe(true);
      expectRefused(server, update, [BOB], 'OUT_OF_SYNC');
    });

    it("refuses items past a gap in the sender's own clocks (OUT_OF_SYNC)", () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      const first = edit(bob, (d) => code(d).insert(0, 'a'));
      expect(offer(server, first, [BOB])).toEqual({ ok: true });
      edit(bob, (d) => code(d).insert(1, 'b')); // lost on the way
      const third = edit(bob, (d) => code(d).insert(2, 'c'));
      expect(yjsWouldHold(server, third)).toBe(true);
      expectRefused(server, third, [BOB], 'OUT_OF_SYNC');
    });

    it('refuses an update with a Skip over clocks the doc lacks (OUT_OF_SYNC)', () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      const first = edit(bob, (d) => code(d).insert(0, 'a'));
      edit(bob, (d) => code(d).insert(1, 'b'));
      const third = edit(bob, (d) => code(d).insert(2, 'c'));
      const merged = Y.mergeUpdates([first, third]);
      expect(Y.decodeUpdate(merged).structs.some((s) => s instanceof Y.Skip)).toBe(true);
      expect(yjsWouldHold(server, merged)).toBe(true);
      expectRefused(server, merged, [BOB], 'OUT_OF_SYNC');
    });

    it.each([
      ['after', 110, 120],
      ['before', 120, 110],
    ])(
      'accepts items that build on items of the same update under two of the sender’s ids (the earlier id’s %s)',
      (_order, prior, current) => {
        const { server } = room();
        const page = docAs(prior, server);
        code(page).insert(0, 'ab'); // typed offline, under the earlier page's id
        page.clientID = current; // reloaded: the same content, a new id
        code(page).insert(1, '-'); // between a and b
        const update = since(page, Y.encodeStateVector(server));
        // Yjs writes the higher id first: either the dependent struct or the one it needs comes first.
        expect(Y.decodeUpdate(update).structs[0]?.id.client).toBe(Math.max(prior, current));
        expect(offer(server, update, [current, prior])).toEqual({ ok: true });
        expect(code(server).toString()).toBe('a-b// start\nlet a;');
        expectNothingPending(server);
      },
    );

    it("refuses a cycle between two of the sender's ids (OUT_OF_SYNC)", () => {
      const { server } = room();
      const [P, Q] = [110, 120];
      // Two pages that never met, each writing after an item of the other's id at clock 0.
      const q = docAs(Q);
      code(q).insert(0, 'q');
      const pAfterQ = docAs(P, q);
      code(pAfterQ).insert(1, 'p');
      const p = docAs(P);
      code(p).insert(0, 'p');
      const qAfterP = docAs(Q, p);
      code(qAfterP).insert(1, 'q');
      const cycle = Y.mergeUpdates([since(pAfterQ, Y.encodeStateVector(q)), since(qAfterP, Y.encodeStateVector(p))]);
      const origins = Y.decodeUpdate(cycle).structs.map((s) => [s.id.client, (s as Y.Item).origin?.client]);
      expect(origins).toEqual(
        expect.arrayContaining([
          [P, Q],
          [Q, P],
        ]),
      );
      expect(yjsWouldHold(server, cycle)).toBe(true);
      expectRefused(server, cycle, [P, Q], 'OUT_OF_SYNC');
    });
  });

  describe('deferred forgeries', () => {
    it("refuses an item anchored on the server's next clock; the server's next write brings no forgery", () => {
      const { server, alice } = room();
      const forged = buildingOnNext(
        server,
        SERVER,
        (d) => code(d).insert(0, '?'),
        (d) => code(d).insert(1, 'FORGED'),
      );
      const control = unguarded(server, forged);
      expectRefused(server, forged, [BOB], 'OUT_OF_SYNC');

      for (const doc of [server, control]) code(doc).insert(0, '/* seeded */\n');
      // Yjs retries what it holds whenever an update comes in.
      const next = edit(alice, (d) => code(d).insert(code(d).length, ' // ok'));
      expect(offer(server, next, [ALICE])).toEqual({ ok: true });
      Y.applyUpdate(control, next);
      expect(code(server).toString()).toBe('/* seeded */\n// start\nlet a; // ok');
      expectNothingPending(server);
      // What the refusal prevented:
      expect(code(control).toString()).toContain('FORGED');
    });

    it("refuses an item anchored on another participant's next clock; their next edit brings no forgery", () => {
      const { server, alice } = room();
      const forged = buildingOnNext(
        server,
        ALICE,
        (d) => code(d).insert(code(d).length, '?'),
        (d) => code(d).insert(code(d).length, 'FORGED'),
      );
      const control = unguarded(server, forged);
      expectRefused(server, forged, [BOB], 'OUT_OF_SYNC');

      const next = edit(alice, (d) => code(d).insert(code(d).length, ' let b;'));
      expect(offer(server, next, [ALICE])).toEqual({ ok: true });
      Y.applyUpdate(control, next);
      expect(code(server).toString()).toBe(code(alice).toString());
      expectNothingPending(server);
      expect(code(control).toString()).toContain('FORGED');
    });

    it("refuses deleting another participant's next item before it exists (OUT_OF_SYNC)", () => {
      const { server, alice } = room();
      const forger = docAs(ALICE, server);
      code(forger).insert(0, 'x'); // Alice's next item, as Bob guesses it
      const guessed = Y.encodeStateVector(forger);
      forger.clientID = BOB;
      code(forger).delete(0, 1);
      const forged = since(forger, guessed);
      const { structs, ds } = Y.decodeUpdate(forged);
      expect(structs).toEqual([]);
      expect([...ds.clients.keys()]).toEqual([ALICE]);
      const control = unguarded(server, forged);
      expect(control.store.pendingDs).not.toBeNull();
      expectRefused(server, forged, [BOB], 'OUT_OF_SYNC');

      const next = edit(alice, (d) => code(d).insert(0, 'const b = 1;\n'));
      expect(offer(server, next, [ALICE])).toEqual({ ok: true });
      Y.applyUpdate(control, next);
      expect(code(server).toString()).toBe('const b = 1;\n// start\nlet a;');
      expectNothingPending(server);
      // Unchecked, her first letter was deleted the moment it arrived.
      expect(code(control).toString()).toBe('onst b = 1;\n// start\nlet a;');
    });

    it("refuses items under another participant's id one clock ahead; their own edits still apply", () => {
      const { server, alice } = room();
      const forger = docAs(ALICE, server);
      code(forger).insert(code(forger).length, '?'); // left for Alice to write
      const ahead = Y.encodeStateVector(forger);
      code(forger).insert(code(forger).length, 'EVIL');
      const forged = since(forger, ahead);
      expect(onlyStruct(forged)).toMatchObject({ id: { client: ALICE, clock: Y.getState(server.store, ALICE) + 1 } });
      const control = unguarded(server, forged);
      expectRefused(server, forged, [BOB], 'FORBIDDEN');

      for (const letter of ['A', 'B']) {
        const next = edit(alice, (d) => code(d).insert(code(d).length, letter));
        expect(offer(server, next, [ALICE])).toEqual({ ok: true });
        Y.applyUpdate(control, next);
      }
      expect(code(server).toString()).toBe('// start\nlet a;AB');
      expectNothingPending(server);
      // Unchecked, her A let the squatted clocks in, and her B was dropped as one the doc had.
      expect(code(control).toString()).toBe('// start\nlet a;AEVIL');
    });
  });

  describe('layout', () => {
    it.each(['junk', 'notes', 'question', 'code/scratch/python'])(
      'refuses an item at the top-level name "%s", outside the layout (FORBIDDEN)',
      (name) => {
        const { server } = room();
        const bob = docAs(BOB, server);
        const update = edit(bob, (d) => d.getText(name).insert(0, 'x'));
        expectRefused(server, update, [BOB], 'FORBIDDEN');
      },
    );

    it('accepts items in and under the top-level types of the layout', () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      const update = edit(bob, (d) => {
        roomSettings(d).set('language', 'typescript');
        roomSettings(d).set('seen', { at: 1, by: ['a'] });
        codeText(d, 'two-sum', 'typescript').insert(0, 'function twoSum() {}');
      });
      expect(offer(server, update, [BOB])).toEqual({ ok: true });
      expect(roomSettings(server).get('language')).toBe('typescript');
      expect(codeText(server, 'two-sum', 'typescript').toString()).toBe('function twoSum() {}');
    });

    it('refuses nested types, subdocuments, embeds and formats, whatever they are in', () => {
      const content = {
        'a nested map': (d: Y.Doc) => roomSettings(d).set('draft', new Y.Map()),
        'a subdocument': (d: Y.Doc) => roomSettings(d).set('doc', new Y.Doc()),
        'an embed': (d: Y.Doc) => code(d).insertEmbed(0, { image: 'x' }),
        'formatted text': (d: Y.Doc) => code(d).insert(0, 'bold', { bold: true }),
        binary: (d: Y.Doc) => roomSettings(d).set('bytes', Uint8Array.of(1, 2)),
      };
      for (const [what, write] of Object.entries(content)) {
        const { server } = room();
        const before = Y.encodeStateAsUpdate(server);
        const update = edit(docAs(BOB, server), write);
        expect(offer(server, update, [BOB]), what).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
        expect(Y.encodeStateAsUpdate(server), what).toEqual(before);
      }
    });

    it('refuses an item that joins a name outside the layout by sitting next to one there', () => {
      const { server } = room();
      // A protocol-2 room: its shared doc still has notes where the server once wrote them.
      const legacy = docAs(ALICE, server);
      legacy.getArray('thinkAloud').push([{ text: 'a note' }]);
      Y.applyUpdate(server, Y.encodeStateAsUpdate(legacy, Y.encodeStateVector(server)));
      const forger = docAs(BOB, server);
      const update = edit(forger, (d) => d.getArray('thinkAloud').push([{ text: 'FORGED' }]));
      expect(Y.decodeUpdate(update).structs[0]).toMatchObject({ parent: null });
      expect(offer(server, update, [BOB])).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
      expect(server.getArray('thinkAloud').toArray()).toEqual([{ text: 'a note' }]);
    });

    it('refuses an empty deleted range', () => {
      const { server } = room();
      const update = handMadeDeletes([[ALICE, 0, 0]]);
      expect(offer(server, update, [BOB])).toMatchObject({ ok: false, reason: 'MALFORMED' });
    });

    it('asks the given isRoot about each top-level name', () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      const update = edit(bob, (d) => d.getText('question').insert(0, '# Reverse a list'));
      expect(checkUpdate(server, update, new Set([BOB]), (name) => isRootOf('question', name))).toEqual({ ok: true });
      expect(checkUpdate(server, update, new Set([BOB]), isSharedRoot)).toMatchObject({ reason: 'FORBIDDEN' });
    });
  });

  describe('decoding', () => {
    it.each([
      ['no bytes', new Uint8Array(0)],
      ['garbage', Uint8Array.of(0xff, 0xff, 0xff, 0xff)],
      ['a truncated length', Uint8Array.of(0x05, 0x80, 0x80)],
      ['a struct cut short', Uint8Array.of(1, 1, 5, 0, 4, 1, 2, 3)],
    ])('refuses %s (MALFORMED)', (_what, update) => {
      const { server } = room();
      expectRefused(server, update, [BOB], 'MALFORMED');
    });

    it('accepts an update of nothing', () => {
      const { server } = room();
      const before = Y.encodeStateAsUpdate(server);
      expect(offer(server, Y.encodeStateAsUpdate(new Y.Doc()), [BOB])).toEqual({ ok: true });
      expect(Y.encodeStateAsUpdate(server)).toEqual(before);
    });
  });

  describe('updates Yjs would read otherwise than they look', () => {
    // A struct of length 0 at a client's next clock looks like one the doc has. Yjs never
    // writes one, but integrates one it is given (`offset === 0`): with Bob's one-character
    // history [(0,1)], his struct list becomes [(0,1), (1,0)], findIndexSS divides by
    // (1 + 0 - 1), and the doc can no longer encode its state (see the control below). In a
    // LiveRoom no one could join or resync after such a frame. Refused (MALFORMED).
    it("refuses an empty item at the sender's own next clock", () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      const written = edit(bob, (d) => code(d).insert(0, 'x'));
      expect(offer(server, written, [BOB])).toEqual({ ok: true });
      const empty = handMade([[emptyItem(BOB, 1, Y.createID(BOB, 0))]]);
      expect(checkUpdate(server, empty, new Set([BOB]), isSharedRoot)).toMatchObject({ ok: false });
    });

    it('(control) Yjs alone, given that empty item, can no longer encode the doc', () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      const written = edit(bob, (d) => code(d).insert(0, 'x'));
      offer(server, written, [BOB]);
      const copy = unguarded(server, handMade([[emptyItem(BOB, 1, Y.createID(BOB, 0))]]));
      expect(() => Y.encodeStateAsUpdate(copy)).toThrow(TypeError);
    });

    // Same cause: under another participant's id, at their next clock,
    // an empty item passes as "already had": Bob puts an item into Alice's struct list.
    it("refuses an empty item under another participant's id", () => {
      const { server } = room();
      const next = Y.getState(server.store, ALICE);
      const empty = handMade([[emptyItem(ALICE, next, Y.createID(ALICE, next - 1))]]);
      expect(checkUpdate(server, empty, new Set([BOB]), isSharedRoot)).toMatchObject({ ok: false });
    });

    // A struct the doc has, resent: Yjs
    // (integrateStructs) asks getMissing() before it notices the struct is known: resent with an
    // origin the doc lacks, it is held in pendingStructs (until Carol's clock 0 exists, forever
    // if it never does), and every later step 2 the server encodes carries it to the joiner.
    it('leaves nothing pending when a resent item names an anchor the doc lacks', () => {
      const { server } = room();
      const forger = docAs(CAROL);
      code(forger).insert(0, 'c');
      const seen = Y.encodeStateVector(forger);
      forger.clientID = ALICE;
      code(forger).insert(1, 'x'); // Alice's clock 0 again, now after Carol's item
      const resent = since(forger, seen);
      expect(onlyStruct(resent)).toMatchObject({
        id: { client: ALICE, clock: 0 },
        origin: { client: CAROL, clock: 0 },
      });
      expect(checkUpdate(server, resent, new Set([BOB]), isSharedRoot)).toMatchObject({
        ok: false,
        reason: 'OUT_OF_SYNC',
      });
      // Yjs alone would hold it.
      expect(unguarded(server, resent).store.pendingStructs).not.toBeNull();
    });

    // Yjs' readClientsStructRefs calls doc.get(name) for the parent name
    // of every struct it reads, known or not. Resending clocks the doc has under any top-level
    // name skips the isRoot check and creates that name in the server's doc: each frame can add
    // as many names as the room has clocks, and they stay for as long as the room is loaded.
    it('leaves the top-level names as they were when resent items name one outside the layout', () => {
      const { server } = room();
      const names = [...server.share.keys()];
      const forger = docAs(ALICE);
      forger.getText('junk').insert(0, 'let a;'); // Alice's clocks 0–5, under another name
      offer(server, Y.encodeStateAsUpdate(forger), [BOB]);
      expect([...server.share.keys()]).toEqual(names);
    });

    // Yjs' readClientsStructRefs keeps only the last section of a client that appears twice:
    // were "ab" then "cd" taken as one run, Yjs would drop "ab" and hold "cd" pending. A
    // client's structs must come in one section, in clock order (else MALFORMED).
    it('leaves nothing pending when an update lists one client in two sections', () => {
      const { server } = room();
      const bob = docAs(BOB, server);
      const first = Y.decodeUpdate(edit(bob, (d) => code(d).insert(0, 'ab'))).structs as Y.Item[];
      const second = Y.decodeUpdate(edit(bob, (d) => code(d).insert(2, 'cd'))).structs as Y.Item[];
      const twice = handMade([first, second]);
      expect(Y.decodeUpdate(twice).structs.map((s) => [s.id.client, s.id.clock])).toEqual([
        [BOB, 0],
        [BOB, 2],
      ]);
      offer(server, twice, [BOB]);
      expectNothingPending(server);
    });
  });
});
