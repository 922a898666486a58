import { decodeTestValue, type Problem } from '@dryrun/problems';
import { DryRunError, type PlainValue } from '@dryrun/shared';
import type { MethodCall } from '../judge/sandbox.ts';
import type { ProblemInput } from '../problems/ProblemCatalog.ts';

/**
 * Reads custom input typed in the room: a JSON array of the entry's arguments (for a class
 * problem, of its calls, `[["new", 2], ["put", 1, 1]]`), with the same escapes as test files
 * (`{"$undefined": true}`, `{"$map": [...]}`). Throws a `MALFORMED` {@link DryRunError}
 * that says what is wrong.
 */
export function parseCustomInput(problem: Problem, text: string): ProblemInput {
  const example =
    problem.kind === 'class'
      ? `[["new", ...], ["method", ...]]`
      : `[${problem.signature.params.map((p) => p.name).join(', ')}]`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DryRunError(
      'MALFORMED',
      `Custom input is not valid JSON (${(error as Error).message}). Write ${example}.`,
    );
  }
  let value: PlainValue;
  try {
    value = decodeTestValue(json);
  } catch (error) {
    throw new DryRunError('MALFORMED', `Custom input: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new DryRunError('MALFORMED', `Custom input is a JSON array: ${example}.`);
  if (problem.kind !== 'class') {
    const expected = problem.signature.params.length;
    if (value.length !== expected) {
      throw new DryRunError(
        'MALFORMED',
        `Custom input has ${value.length} argument${value.length === 1 ? '' : 's'}; ${problem.entry} takes ${expected}: ${example}.`,
      );
    }
    return value;
  }
  const calls = value.map((call, index) => {
    if (!Array.isArray(call) || typeof call[0] !== 'string' || call.length === 0) {
      throw new DryRunError('MALFORMED', `Custom input call ${index + 1} is not ["method", ...args].`);
    }
    return call as MethodCall;
  });
  if (calls[0]?.[0] !== 'new')
    throw new DryRunError('MALFORMED', `Custom input starts with ["new", ...constructorArgs].`);
  return calls;
}
