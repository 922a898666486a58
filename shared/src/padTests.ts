/**
 * Tests an interviewer writes for a blank pad's question: a call such as `solve([1, 2, 3])`
 * and the value it should return, visible to everyone or hidden from the candidate. Run
 * judges the visible ones, Submit all of them, with the same verdicts as the problem set.
 * The server keeps them (hidden ones never leave it for a candidate's or observer's browser).
 */
import type { PlainValue } from './plainValue.ts';
import { canAccessPrivate, type Role } from './roles.ts';

/** A pad test as the interviewer wrote it. */
export interface PadTestInput {
  /** A call of a function the candidate writes, its arguments in JSON: `reverse([1, 2, 3], "x")`. */
  call: string;
  /** The value it should return, in JSON: `[3, 2, 1]`. */
  expected: string;
  hidden: boolean;
}

export interface PadTest extends PadTestInput {
  id: string;
}

/** What a participant is told of the pad's tests: all of them for interviewers, the visible ones otherwise. */
export interface PadTestsView {
  tests: PadTest[];
  /** How many hidden tests there are (their text stays on the server). */
  hiddenCount: number;
}

export const PAD_TEST_LIMITS = { maxTests: 30, maxCallLength: 2000, maxExpectedLength: 2000 } as const;

export type ParsedPadTest =
  | { ok: true; entry: string; args: PlainValue[]; expected: PlainValue }
  | { ok: false; message: string };

const CALL = /^\s*([A-Za-z_$][\w$]*)\s*\(([\s\S]*)\)\s*;?\s*$/;

/** Reads a pad test: the function it calls, the arguments and the expected value, or what is wrong. */
export function parsePadTest(test: Pick<PadTestInput, 'call' | 'expected'>): ParsedPadTest {
  const call = CALL.exec(test.call);
  if (!call) return { ok: false, message: 'Write the call as name(arguments), e.g. solve([1, 2, 3]).' };
  let args: unknown;
  try {
    args = JSON.parse(`[${call[2]}]`);
  } catch {
    return { ok: false, message: 'The arguments must be JSON values separated by commas, e.g. solve([1, 2], "ab").' };
  }
  if (test.expected.trim() === '') return { ok: false, message: 'Write the value the call should return, in JSON.' };
  let expected: unknown;
  try {
    expected = JSON.parse(test.expected);
  } catch {
    return {
      ok: false,
      message: 'The expected value must be JSON, e.g. [3, 2, 1] or "abc" (strings in double quotes).',
    };
  }
  return { ok: true, entry: call[1] as string, args: args as PlainValue[], expected: expected as PlainValue };
}

/** What one role is told of the pad's tests: hidden ones only to interviewers. */
export function padTestsView(tests: readonly PadTest[], role: Role): PadTestsView {
  if (canAccessPrivate(role)) return { tests: [...tests], hiddenCount: tests.filter((t) => t.hidden).length };
  const visible = tests.filter((t) => !t.hidden);
  return { tests: visible, hiddenCount: tests.length - visible.length };
}
