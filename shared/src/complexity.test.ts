import { describe, expect, it } from 'vitest';
import { claimAgrees, parseComplexity } from './complexity.ts';

describe('parseComplexity', () => {
  it.each([
    ['O(n log n)', 'O(n log n)', 'O(n log n)'],
    ['O(nlogn)', 'O(n log n)', 'O(n log n)'],
    ['o(n * log(n))', 'O(n·log n)', 'O(n log n)'],
    ['O(sqrt(n))', 'O(√n)', null],
    ['n^2', 'O(n²)', 'O(n²)'],
    ['O(n*n)', 'O(n·n)', 'O(n²)'],
    ['O(2^n)', 'O(2ⁿ)', 'O(2ⁿ)'],
    ['O( 1 )', 'O(1)', 'O(1)'],
    ['O(logn)', 'O(log n)', 'O(log n)'],
    ['O(lg n)', 'O(log n)', 'O(log n)'],
    ['O(n³)', 'O(n³)', 'O(n³)'],
    ['O(n + m)', 'O(n + m)', null],
    ['O(V+E)', 'O(V + E)', null],
    ['O(nm)', 'O(nm)', null],
    ['O(n√n)', 'O(n √n)', null],
    ['O(n!)', 'O(n!)', null],
    ['O(k log k + n)', 'O(k log k + n)', null],
  ])('reads %s as %s', (input, text, cls) => {
    expect(parseComplexity(input)).toEqual({ ok: true, text, class: cls });
  });

  it.each([
    ['O(banana)', 'not a complexity term'],
    ['O(fast)', 'not a complexity term'],
    ['', 'Write a complexity'],
    ['O()', 'needs something inside'],
    ['O(n', 'parentheses'],
    ['O(n))', 'parentheses'],
    ['O(n +)', 'ends too soon'],
    ['O(n; drop table)', 'has no place'],
    ['O(^2)', 'power'],
    [`O(${'n + '.repeat(20)}n)`, 'at most'],
  ])('refuses %s', (input, message) => {
    const parsed = parseComplexity(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('compares a claim with a measured class only when it names one', () => {
    expect(claimAgrees('O(n^2)', 'O(n²)')).toBe(true);
    expect(claimAgrees('O(n)', 'O(n²)')).toBe(false);
    expect(claimAgrees('O(n + m)', 'O(n)')).toBeNull();
  });
});
