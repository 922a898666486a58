import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codeText } from './docLayout.ts';
import { decodeEdits, type Edit, editsFromBase64, editsToBase64, encodeEdits } from './history.ts';
import { eventText, momentKey } from './eventLabels.ts';
import {
  authoredText,
  CHECKPOINT_EVERY,
  IDLE_GAP_MS,
  IdleSkippingClock,
  type PlacedEvent,
  SessionReplay,
} from './replay.ts';
import type { TimelineEvent } from './timeline.ts';

/** Two writers typing into one problem's code, each keystroke an edit a second apart (with a long pause in the middle). */
function session(keystrokes: number): { edits: Edit[]; texts: string[]; writers: [Y.Doc, Y.Doc] } {
  const writers: [Y.Doc, Y.Doc] = [new Y.Doc(), new Y.Doc()];
  const edits: Edit[] = [];
  const texts: string[] = [''];
  let at = Date.parse('2026-12-07T10:00:00Z');
  for (let i = 0; i < keystrokes; i++) {
    const writer = writers[i % 2] as Y.Doc;
    const text = codeText(writer, 'two-sum', 'javascript');
    let update: Uint8Array | null = null;
    writer.once('update', (u: Uint8Array) => {
      update = u;
    });
    if (i % 7 === 6) text.delete(text.length - 1, 1);
    else text.insert(i % 3 === 0 ? 0 : text.length, String.fromCharCode(97 + (i % 26)));
    if (!update) throw new Error('no update');
    for (const other of writers) if (other !== writer) Y.applyUpdate(other, update);
    at += i === Math.floor(keystrokes / 2) ? 60_000 : 1000;
    edits.push({ at, update });
    texts.push(text.toString());
  }
  return { edits, texts, writers };
}

function codeOf(doc: Y.Doc): string {
  return codeText(doc, 'two-sum', 'javascript').toString();
}

function event(seq: number, at: number, edits?: number): TimelineEvent {
  return { seq, at: new Date(at).toISOString(), by: null, kind: 'problem', problemSlug: 'two-sum', edits };
}

describe('edits codec', () => {
  it('round-trips edits, a clock stepping back included', () => {
    const edits: Edit[] = [
      { at: 1_800_000_000_000, update: new Uint8Array([1, 2, 3]) },
      { at: 1_800_000_000_500, update: new Uint8Array([]) },
      { at: 1_799_999_999_900, update: new Uint8Array(300).fill(7) },
    ];
    expect(decodeEdits(encodeEdits(edits))).toEqual(edits);
    expect(editsFromBase64(editsToBase64(edits))).toEqual(edits);
    expect(decodeEdits(encodeEdits([]))).toEqual([]);
  });

  it('refuses bytes that are not a list of edits', () => {
    expect(() => decodeEdits(new Uint8Array([5, 1]))).toThrow();
    expect(() => decodeEdits(new Uint8Array([...encodeEdits([]), 9]))).toThrow(/past their end/);
  });
});

describe('SessionReplay', () => {
  const { edits, texts, writers } = session(3 * CHECKPOINT_EVERY + 17);

  it('rebuilds the code after any number of edits', () => {
    const replay = new SessionReplay(edits, []);
    for (const count of [0, 1, 5, CHECKPOINT_EVERY - 1, CHECKPOINT_EVERY, CHECKPOINT_EVERY + 1, 200, edits.length]) {
      const doc = replay.docAt(count);
      expect(codeOf(doc)).toBe(texts[count]);
      doc.destroy();
    }
    expect(codeOf(writers[0])).toBe(texts.at(-1));
  });

  it('moves forward and back from where it is to the same code as a fresh rebuild', () => {
    const replay = new SessionReplay(edits, []);
    let doc = new Y.Doc();
    let at = 0;
    for (const to of [3, 90, 400, 2, 2, 131, 130, edits.length, 0, 257]) {
      doc = replay.advance(doc, at, to);
      at = to;
      expect(codeOf(doc)).toBe(texts[to]);
    }
  });

  it('places an event at its own count of edits, and an older event by its time', () => {
    const times = edits.map((e) => e.at);
    const replay = new SessionReplay(edits, [
      event(1, times[9] as number, 4),
      event(2, (times[19] as number) + 1),
      event(3, (times[0] as number) - 5),
    ]);
    expect(replay.events.map((e) => e.edits)).toEqual([4, 20, 0]);
    expect(replay.positionOf(replay.events[0] as never)).toEqual({ edits: 4, at: times[9] });
    expect(replay.eventsBefore({ edits: 20, at: (times[19] as number) + 1 }).map((e) => e.event.seq)).toEqual([
      3, 2, 1,
    ]);
    expect(replay.eventsBefore({ edits: 4, at: times[3] as number }).map((e) => e.event.seq)).toEqual([3]);
  });

  it('lists the moves the phase timer made by itself, at their time, with the next phase', () => {
    const start = edits[0]?.at as number;
    const plan: TimelineEvent = {
      seq: 1,
      at: new Date(start).toISOString(),
      by: null,
      kind: 'phasesPlanned',
      phases: [
        { name: 'Clarify', minutes: 1 },
        { name: 'Code', minutes: 1 },
      ],
      edits: 0,
    };
    // The session lasts past the first phase: its end is the last edit's time.
    const long = [...edits, { at: start + 90_000, update: edits.at(-1)?.update ?? new Uint8Array() }];
    const replay = new SessionReplay(long, [plan]);
    expect(replay.events.map((placed) => [placed.event.kind, placed.at - start])).toEqual([
      ['phasesPlanned', 0],
      ['phaseStarted', 60_000],
    ]);
    expect(momentKey((replay.events[1] as PlacedEvent).event)).toBe('phase:1:1');
    expect(eventText((replay.events[1] as PlacedEvent).event)).toBe("Phase 2 began: the last one's time was up");
  });

  it('attributes each character to the writer that typed it', () => {
    const replay = new SessionReplay(edits, []);
    const doc = replay.docAt(6);
    const runs = authoredText(codeText(doc, 'two-sum', 'javascript'));
    expect(runs.map((r) => r.text).join('')).toBe(texts[6]);
    const ids = new Set(runs.map((r) => r.clientId));
    expect(ids).toEqual(new Set([writers[0].clientID, writers[1].clientID]));
    // Keystroke 0 (writer 0) put "a" first; keystroke 3 (writer 1) put "d" before it.
    expect(runs[0]).toEqual({ text: 'd', clientId: writers[1].clientID });
    doc.destroy();
  });
});

describe('IdleSkippingClock', () => {
  it('plays pauses longer than the idle gap as the gap, and maps back', () => {
    const clock = new IdleSkippingClock([1000, 1500, 100_000, 101_000]);
    expect(clock.start).toBe(1000);
    expect(clock.duration).toBe(500 + IDLE_GAP_MS + 1000);
    expect(clock.playedAt(1500)).toBe(500);
    expect(clock.playedAt(50_000)).toBe(500 + IDLE_GAP_MS);
    expect(clock.playedAt(100_500)).toBe(500 + IDLE_GAP_MS + 500);
    expect(clock.realAt(0)).toBe(1000);
    expect(clock.realAt(500 + IDLE_GAP_MS)).toBe(100_000);
    expect(clock.realAt(500 + IDLE_GAP_MS + 250)).toBe(100_250);
    expect(clock.realAt(clock.duration + 10_000)).toBe(101_000);
  });

  it('is empty without moments', () => {
    const clock = new IdleSkippingClock([]);
    expect(clock.duration).toBe(0);
    expect(clock.realAt(5)).toBe(0);
  });
});
