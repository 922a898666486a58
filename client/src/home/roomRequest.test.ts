import { describe, expect, it } from 'vitest';
import { NEW_HALF, roomRequestOf } from './roomRequest.ts';

describe('roomRequestOf', () => {
  it('sends one room as before: a title and a problem when given', () => {
    expect(roomRequestOf({ title: '  ', problemSlug: null, halves: null })).toEqual({ request: {} });
    expect(roomRequestOf({ title: ' Practice ', problemSlug: 'two-sum', halves: null })).toEqual({
      request: { title: 'Practice', problemSlug: 'two-sum' },
    });
  });

  it('sends two halves, the first half’s problem in them and not beside them', () => {
    const form = {
      title: '',
      problemSlug: 'two-sum',
      halves: [
        { problemSlug: 'two-sum', minutes: '30' },
        { problemSlug: null, minutes: ' 45 ' },
      ],
    } as const;
    expect(roomRequestOf(form)).toEqual({
      request: {
        halves: [
          { problemSlug: 'two-sum', minutes: 30 },
          { problemSlug: null, minutes: 45 },
        ],
      },
    });
  });

  it('refuses minutes out of range or not whole, naming the half', () => {
    const withMinutes = (first: string, second: string) =>
      roomRequestOf({
        title: '',
        problemSlug: null,
        halves: [
          { ...NEW_HALF, minutes: first },
          { ...NEW_HALF, minutes: second },
        ],
      });
    expect(withMinutes('4', '30')).toEqual({
      error: 'The first half takes a whole number of minutes from 5 to 120.',
    });
    expect(withMinutes('30', '121')).toMatchObject({ error: expect.stringContaining('second half') });
    expect(withMinutes('30', '')).toMatchObject({ error: expect.stringContaining('second half') });
    expect(withMinutes('12.5', '30')).toMatchObject({ error: expect.stringContaining('first half') });
    expect(withMinutes('5', '120')).toMatchObject({ request: { halves: [{ minutes: 5 }, { minutes: 120 }] } });
  });
});
