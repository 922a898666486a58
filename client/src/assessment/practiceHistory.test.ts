import { describe, expect, it } from 'vitest';
import { clockText } from './Countdown.tsx';
import { type PracticeEntry, topicTrends } from './practiceHistory.ts';

const entry = (id: string, byTopic: Record<string, number[]> | null): PracticeEntry => ({
  id,
  links: { candidate: `/assessment/${id}?token=c`, review: `/assessment/${id}?token=r` },
  createdAt: '2026-12-07T10:00:00.000Z',
  summary: 'Screen: 2 problems, 45 minutes',
  ...(byTopic ? { score: { total: 500, scale: 1000, byTopic } } : {}),
});

describe('practice history', () => {
  it('follows each topic attempt by attempt, oldest first, averaging an attempt’s problems', () => {
    // Newest first, as the history keeps them.
    const entries = [entry('c', { graphs: [1], strings: [0.5, 1] }), entry('b', null), entry('a', { strings: [0.25] })];
    expect(topicTrends(entries)).toEqual([
      { topic: 'graphs', shares: [1] },
      { topic: 'strings', shares: [0.25, 0.75] },
    ]);
  });
});

describe('the countdown’s clock', () => {
  it('rounds up to the second, with hours once there are any', () => {
    expect(clockText(45 * 60_000)).toBe('45:00');
    expect(clockText(59_001)).toBe('1:00');
    expect(clockText(7_000)).toBe('0:07');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(3_849_000)).toBe('1:04:09');
  });
});
