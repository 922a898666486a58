import type { ComplexityClaim, ComplexityReport, ReportProblem } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import {
  claimText,
  complexityVerdict,
  downloadName,
  formatClock,
  formatDateTime,
  formatDay,
  formatGrowth,
  passedText,
  recommendationLook,
  scoreText,
  starsText,
} from './reportFormat.ts';

const UTC_GB = { locale: 'en-GB', timeZone: 'UTC' };

function claim(time: string, space = 'O(1)'): ComplexityClaim {
  return {
    id: `c-${time}`,
    at: '2025-05-12T14:05:00.000Z',
    by: { name: 'Cara', role: 'candidate' },
    problemSlug: 'two-sum',
    time,
    space,
    timeClass: null,
    reason: 'One pass.',
    pinned: null,
  };
}

function checked(report: Partial<ComplexityReport>, agrees: boolean | null): ReportProblem['complexity'] {
  return {
    runId: 'r1',
    at: '2025-05-12T14:06:00.000Z',
    agrees,
    report: { status: 'measured', time: 'O(n)', points: [], failure: null, ...report },
  };
}

describe('report formatting', () => {
  it('writes dates and times in the given locale and zone', () => {
    const at = '2025-05-12T14:05:09.000Z';
    expect(formatDay(at, UTC_GB)).toBe('12 May 2025');
    expect(formatClock(at, UTC_GB)).toBe('14:05');
    expect(formatClock(at, { locale: 'en-US', timeZone: 'UTC' })).toBe('2:05 PM');
    // ICU versions join the two with ", " or " at ".
    expect(formatDateTime(at, UTC_GB)).toMatch(/^12 May 2025\D+14:05$/);
  });

  it('gives scores, stars and test counts as text', () => {
    expect(scoreText(3)).toBe('3 / 4');
    expect(starsText(1)).toBe('1 / 5 star');
    expect(starsText(4)).toBe('4 / 5 stars');
    expect(passedText(12, 16)).toBe('12 of 16 tests passed');
    expect(passedText(1, 1)).toBe('1 of 1 test passed');
    expect(claimText({ time: 'O(n log n)', space: 'O(n)' })).toBe('O(n log n) time, O(n) space');
  });

  it('says the recommendation in words, with an icon and tone that only repeat it', () => {
    expect(recommendationLook('strong_yes')).toEqual({ label: 'Strong yes', icon: '✓✓', tone: 'ok' });
    expect(recommendationLook('yes')).toMatchObject({ label: 'Yes', tone: 'ok' });
    expect(recommendationLook('no')).toMatchObject({ label: 'No', tone: 'bad' });
    expect(recommendationLook('strong_no')).toMatchObject({ label: 'Strong no', tone: 'bad' });
  });

  describe('claimed against measured complexity', () => {
    it('says when the standing claim agrees or differs', () => {
      expect(complexityVerdict({ claims: [claim('O(n²)'), claim('O(n)')], complexity: checked({}, true) })).toEqual({
        comparison: 'claimed O(n) — measured O(n)',
        agreement: 'Agrees with the claim.',
        tone: 'ok',
      });
      expect(complexityVerdict({ claims: [claim('O(n)')], complexity: checked({ time: 'O(n²)' }, false) })).toEqual({
        comparison: 'claimed O(n) — measured O(n²)',
        agreement: 'Differs from the claim.',
        tone: 'bad',
      });
    });

    it('explains why there is nothing to compare', () => {
      expect(complexityVerdict({ claims: [], complexity: checked({}, null) })).toMatchObject({
        comparison: 'no claim — measured O(n)',
        agreement: 'No claim was made to compare with.',
        tone: 'neutral',
      });
      expect(complexityVerdict({ claims: [claim('O(n + m)')], complexity: checked({}, null) })).toMatchObject({
        agreement: 'The claim names no class the check measures.',
      });
      expect(complexityVerdict({ claims: [claim('O(n)')], complexity: null })).toEqual({
        comparison: 'claimed O(n) — not measured',
        agreement: 'The complexity was not checked.',
        tone: 'neutral',
      });
      const failed = checked(
        { status: 'time_limit', time: null, failure: { n: 4096, message: 'stopped after 2000 ms' } },
        null,
      );
      expect(complexityVerdict({ claims: [claim('O(n)')], complexity: failed })).toEqual({
        comparison: 'claimed O(n) — not measured',
        agreement: 'The check could not measure it: time limit exceeded at n = 4096.',
        tone: 'neutral',
      });
    });
  });

  it('shows how the steps grew from one size to the next', () => {
    expect(formatGrowth(undefined, { n: 16, steps: 12 })).toBe('—');
    expect(formatGrowth({ n: 16, steps: 12 }, { n: 32, steps: 25 })).toBe('×2.1');
    expect(formatGrowth({ n: 16, steps: 0 }, { n: 32, steps: 25 })).toBe('—');
  });

  it('names downloads after the room, with nothing a file system would mind', () => {
    expect(downloadName('abc_DEF-12', 'json')).toBe('dryrun-feedback-abc_DEF-12.json');
    expect(downloadName('a/../b', 'markdown')).toBe('dryrun-feedback-a____b.md');
  });
});
