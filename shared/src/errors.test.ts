import { describe, expect, it } from 'vitest';
import { DryRunError, ERROR_REASONS, isErrorPayload } from './errors.ts';

describe('isErrorPayload', () => {
  it('accepts every reason of the catalog with a message', () => {
    for (const reason of ERROR_REASONS) {
      expect(isErrorPayload({ reason, message: 'nope' }), reason).toBe(true);
    }
    expect(isErrorPayload({ reason: 'FORBIDDEN', message: '' })).toBe(true);
  });

  it('accepts extra fields (a rejection carries its event)', () => {
    expect(isErrorPayload({ reason: 'RATE_LIMITED', message: 'slow down', event: 'y:sync' })).toBe(true);
  });

  it('rejects anything else', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'FORBIDDEN',
      42,
      [],
      ['FORBIDDEN', 'message'],
      {},
      { reason: 'FORBIDDEN' },
      { message: 'no reason' },
      { reason: 'NOT_A_REASON', message: 'x' },
      { reason: 'forbidden', message: 'x' },
      { reason: 'FORBIDDEN', message: 42 },
      { reason: 'FORBIDDEN', message: null },
      { reason: 42, message: 'x' },
      new Error('FORBIDDEN'),
    ];
    for (const value of bad) expect(isErrorPayload(value), JSON.stringify(value)).toBe(false);
  });
});

describe('DryRunError', () => {
  it('carries its reason and message and is an Error', () => {
    const error = new DryRunError('BAD_TOKEN', 'This link does not open the room.');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DryRunError);
    expect(error.name).toBe('DryRunError');
    expect(error.reason).toBe('BAD_TOKEN');
    expect(error.message).toBe('This link does not open the room.');
    expect(error.stack).toContain('DryRunError');
  });

  it('turns into exactly the wire payload', () => {
    const payload = new DryRunError('MALFORMED', 'bad frame').toPayload();
    expect(payload).toStrictEqual({ reason: 'MALFORMED', message: 'bad frame' });
    expect(isErrorPayload(payload)).toBe(true);
    // What crosses the wire is plain JSON: no stack, no name.
    expect(JSON.parse(JSON.stringify(payload))).toStrictEqual({ reason: 'MALFORMED', message: 'bad frame' });
  });

  it('is caught and told apart by reason', () => {
    const thrower = () => {
      throw new DryRunError('ROOM_NOT_FOUND', 'gone');
    };
    expect(thrower).toThrow(DryRunError);
    expect(thrower).toThrow(expect.objectContaining({ reason: 'ROOM_NOT_FOUND', message: 'gone' }));
  });
});
