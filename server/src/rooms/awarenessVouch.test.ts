import {
  type AwarenessEntry,
  codeText,
  DryRunError,
  LIMITS,
  type Participant,
  readAwarenessFrame,
  SCRATCH_PROBLEM,
  writeAwarenessFrame,
} from '@dryrun/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { vouchAwareness } from './awarenessVouch.ts';

const ALICE: Participant = { id: 'conn-1', name: 'Alice', role: 'candidate', color: '#e5484d', clientId: 4242 };
const OTHER_CLIENT = 99;

/** An awareness frame of one entry: Alice's, unless told otherwise. */
function frameOf(state: unknown, entry: Partial<AwarenessEntry> = {}): Uint8Array {
  const text = typeof state === 'string' ? state : JSON.stringify(state);
  return writeAwarenessFrame([{ clientId: ALICE.clientId, clock: 1, state: text, ...entry }]);
}

/** The state of the one entry of a vouched frame, parsed. */
function vouchedState(frame: Uint8Array): unknown {
  const [entry, ...rest] = readAwarenessFrame(vouchAwareness(frame, ALICE));
  expect(rest).toEqual([]);
  return JSON.parse(entry?.state ?? 'undefined');
}

function refusalOf(frame: Uint8Array): string {
  try {
    vouchAwareness(frame, ALICE);
  } catch (error) {
    expect(error).toBeInstanceOf(DryRunError);
    return (error as DryRunError).reason;
  }
  return 'no error';
}

const docs: Y.Doc[] = [];
afterEach(() => {
  for (const doc of docs.splice(0)) doc.destroy();
});

/** A selection in a code text, its ends as `Y.relativePositionToJSON` writes them. */
function selectionIn(text: string, anchor: number, head: number, assoc = 0) {
  const doc = new Y.Doc();
  docs.push(doc);
  const code = codeText(doc, SCRATCH_PROBLEM, 'javascript');
  code.insert(0, text);
  const at = (index: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(code, index, assoc));
  return { anchor: at(anchor), head: at(head) };
}

describe('vouchAwareness', () => {
  describe('what it keeps and sets', () => {
    it("replaces the claimed user with the participant's name, colour and role", () => {
      const claimed = { user: { name: 'Ivy (interviewer)', color: '#000000', role: 'interviewer' } };
      expect(vouchedState(frameOf(claimed))).toEqual({ user: { name: 'Alice', color: '#e5484d', role: 'candidate' } });
    });

    it('adds the user to a state that names none', () => {
      expect(vouchedState(frameOf({}))).toEqual({ user: { name: 'Alice', color: '#e5484d', role: 'candidate' } });
    });

    it('keeps selections as Yjs relative positions, every field written out', () => {
      const selection = selectionIn('function add(a, b) {}', 3, 8);
      // The start of a text with assoc -1 is a position in the type alone, with no item.
      const selections = [selection, selectionIn('x = 1', 0, 5, -1)];
      expect(selection.anchor).toMatchObject({ tname: 'code/scratch/javascript', item: { clock: 3 }, assoc: 0 });
      expect(selections[1]?.anchor).toEqual({ tname: 'code/scratch/javascript', assoc: -1 });
      const full = (position: Record<string, unknown>) => ({ type: null, tname: null, item: null, ...position });
      const written = ({ anchor, head }: typeof selection) => ({ anchor: full(anchor), head: full(head) });
      expect(vouchedState(frameOf({ user: { name: 'A' }, selection, selections }))).toEqual({
        selection: written(selection),
        selections: selections.map(written),
        user: { name: 'Alice', color: '#e5484d', role: 'candidate' },
      });
    });

    it('relays positions that every editor can resolve as they are, nulls and all', () => {
      const doc = new Y.Doc();
      docs.push(doc);
      codeText(doc, SCRATCH_PROBLEM, 'javascript').insert(0, 'let a;');
      const vouched = vouchedState(frameOf({ selection: selectionIn('let a;', 1, 4) })) as {
        selection: { anchor: Y.RelativePosition };
      };
      // What an editor does with a peer's state: no class, the JSON itself.
      expect(() => Y.createAbsolutePositionFromRelativePosition(vouched.selection.anchor, doc)).not.toThrow();
    });

    it('keeps an empty selection (null)', () => {
      expect(vouchedState(frameOf({ selection: null }))).toMatchObject({ selection: null });
    });

    it('passes a null state: the cursor is gone', () => {
      expect(vouchedState(frameOf(null))).toBeNull();
    });

    it('keeps the client id and clock of each entry', () => {
      const frame = writeAwarenessFrame([
        { clientId: ALICE.clientId, clock: 7, state: '{}' },
        { clientId: ALICE.clientId, clock: 8, state: 'null' },
      ]);
      const entries = readAwarenessFrame(vouchAwareness(frame, ALICE));
      expect(entries.map(({ clientId, clock }) => [clientId, clock])).toEqual([
        [ALICE.clientId, 7],
        [ALICE.clientId, 8],
      ]);
    });

    it('takes the frame y-protocols writes for a local state', () => {
      const doc = new Y.Doc();
      docs.push(doc);
      doc.clientID = ALICE.clientId;
      const awareness = new awarenessProtocol.Awareness(doc);
      const selection = selectionIn('abc', 1, 2);
      awareness.setLocalState({ user: { name: 'Alice?' }, selection });
      const frame = awarenessProtocol.encodeAwarenessUpdate(awareness, [ALICE.clientId]);
      awareness.destroy();
      expect(vouchedState(frame)).toMatchObject({
        selection: { anchor: { item: selection.anchor.item }, head: { item: selection.head.item } },
        user: { name: 'Alice', color: '#e5484d', role: 'candidate' },
      });
    });

    it('takes a state exactly at the size limit', () => {
      const prefix = '{"user":"';
      const suffix = '"}';
      const state = `${prefix}${'x'.repeat(LIMITS.maxAwarenessStateBytes - prefix.length - suffix.length)}${suffix}`;
      expect(state).toHaveLength(LIMITS.maxAwarenessStateBytes);
      expect(vouchedState(frameOf(state))).toHaveProperty('user.name', 'Alice');
    });
  });

  describe('refusals', () => {
    it.each([
      ['an empty frame', new Uint8Array(0)],
      ['a frame of no entries', writeAwarenessFrame([])],
      ['a frame cut short', frameOf({}).slice(0, -1)],
      ['a count with nothing after it', Uint8Array.of(1)],
      ['bytes past the end', Uint8Array.of(...frameOf({}), 0)],
    ])('refuses %s (MALFORMED)', (_what, frame) => {
      expect(refusalOf(frame)).toBe('MALFORMED');
    });

    it.each([
      ['cut-off JSON', '{"user":'],
      ['not JSON at all', 'cursor at 4'],
      ['an empty string', ''],
    ])('refuses a state that is %s (MALFORMED)', (_what, state) => {
      expect(refusalOf(frameOf(state))).toBe('MALFORMED');
    });

    it.each([
      ['a number', 4],
      ['an array', [{ selection: null }]],
      ['an unknown key', { user: { name: 'Alice' }, cursor: 4 }],
      ['a selection without a head', { selection: { anchor: {} } }],
      ['a selection with an unknown key', { selection: { anchor: {}, head: {}, extra: 1 } }],
      ['a position with a negative clock', { selection: { anchor: { item: { client: 1, clock: -1 } }, head: {} } }],
      ['a position with a text clock', { selection: { anchor: { item: { client: 1, clock: '3' } }, head: {} } }],
      ['a position with assoc 1', { selection: { anchor: { assoc: 1 }, head: {} } }],
      [
        'too many selections',
        { selections: Array.from({ length: LIMITS.maxSelections + 1 }, () => ({ anchor: {}, head: {} })) },
      ],
    ])('refuses a state that is %s (MALFORMED)', (_what, state) => {
      expect(refusalOf(frameOf(state))).toBe('MALFORMED');
    });

    it('refuses a position that points at nothing, or outside the code (MALFORMED)', () => {
      for (const position of [{}, { item: null, tname: null, type: null }, { tname: 'junk' }, { assoc: 0 }]) {
        const selection = { anchor: position, head: position };
        expect(refusalOf(frameOf({ selection })), JSON.stringify(position)).toBe('MALFORMED');
        expect(refusalOf(frameOf({ selections: [selection] })), JSON.stringify(position)).toBe('MALFORMED');
      }
    });

    it("refuses another client's state (FORBIDDEN)", () => {
      expect(refusalOf(frameOf({}, { clientId: OTHER_CLIENT }))).toBe('FORBIDDEN');
      expect(refusalOf(frameOf(null, { clientId: OTHER_CLIENT }))).toBe('FORBIDDEN');
    });

    it("refuses a frame that carries another client's state beside its own (FORBIDDEN)", () => {
      const frame = writeAwarenessFrame([
        { clientId: ALICE.clientId, clock: 1, state: '{}' },
        { clientId: OTHER_CLIENT, clock: 1, state: '{}' },
      ]);
      expect(refusalOf(frame)).toBe('FORBIDDEN');
    });

    it('refuses a state over the size limit (PAYLOAD_TOO_LARGE)', () => {
      const state = JSON.stringify({ user: 'x'.repeat(LIMITS.maxAwarenessStateBytes) });
      expect(refusalOf(frameOf(state))).toBe('PAYLOAD_TOO_LARGE');
    });

    // The limit is in bytes of UTF-8, as on the wire: 3 000 '€' are fewer characters than the
    // limit but more than 9 000 bytes.
    it('measures the size limit in bytes, not characters (PAYLOAD_TOO_LARGE)', () => {
      const state = JSON.stringify({ user: '€'.repeat(3000) });
      expect(state.length).toBeLessThan(LIMITS.maxAwarenessStateBytes);
      expect(new TextEncoder().encode(state).length).toBeGreaterThan(LIMITS.maxAwarenessStateBytes);
      expect(refusalOf(frameOf(state))).toBe('PAYLOAD_TOO_LARGE');
    });
  });
});
