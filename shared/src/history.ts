/**
 * A session's history as the server hands it out for a replay or an export: the room's
 * timeline and every edit of its shared doc, in the order the server applied them. Together
 * they rebuild the code at any moment, and place every event exactly among the edits (an
 * event's `edits`). The interviewers' private doc is never part of it.
 */
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RunRecord } from './protocol.ts';
import type { Role } from './roles.ts';
import type { TimelineEvent } from './timeline.ts';

/** One edit of a room's shared doc: when the server received it (ms since the epoch), and the Yjs update. */
export interface Edit {
  at: number;
  update: Uint8Array;
}

/** The version of the history format, named in every export. */
export const HISTORY_FORMAT = 'dryrun-session/1';

/** A session's history: `GET /api/rooms/:id/history` (and, as a file, `/export`). */
export interface SessionHistory {
  format: typeof HISTORY_FORMAT;
  roomId: string;
  title: string;
  kind: 'pair' | 'assessment';
  /** ISO 8601: when the server put this together. */
  exportedAt: string;
  timeline: TimelineEvent[];
  /** Every edit of the shared doc, oldest first: base64 of {@link encodeEdits}. */
  edits: string;
  /** The link that wrote with each Yjs client id; an id not listed is the server's (starter code). */
  authors: Array<{ clientId: number; role: Role }>;
  /** The runs as the room saw them (hidden tests by name and verdict only), oldest first: the latest 5,000. */
  runs: RunRecord[];
  /** The title of each problem the session touched, by slug. */
  problemTitles: Record<string, string>;
}

/**
 * Packs edits into bytes (lib0 encoding): the count, then per edit the milliseconds since the
 * previous one (the first: since the epoch; a signed varint, as a clock may step back) and
 * the update as a length-prefixed byte array.
 */
export function encodeEdits(edits: readonly Edit[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, edits.length);
  let previous = 0;
  for (const { at, update } of edits) {
    encoding.writeVarInt(encoder, at - previous);
    encoding.writeVarUint8Array(encoder, update);
    previous = at;
  }
  return encoding.toUint8Array(encoder);
}

/** Unpacks {@link encodeEdits}; throws on bytes that are not such a list. */
export function decodeEdits(bytes: Uint8Array): Edit[] {
  const decoder = decoding.createDecoder(bytes);
  const count = decoding.readVarUint(decoder);
  const edits: Edit[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    at += decoding.readVarInt(decoder);
    edits.push({ at, update: decoding.readVarUint8Array(decoder) });
  }
  if (decoding.hasContent(decoder)) throw new Error('the edits have bytes past their end');
  return edits;
}

export function editsToBase64(edits: readonly Edit[]): string {
  return toBase64(encodeEdits(edits));
}

export function editsFromBase64(text: string): Edit[] {
  return decodeEdits(fromBase64(text));
}
