import type { ProblemListing } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { drawProblems } from './drawProblems.ts';

const problem = (slug: string, difficulty: ProblemListing['difficulty'], topics = ['arrays-and-hashing']) =>
  ({ slug, title: slug, difficulty, topics, kind: 'function' }) satisfies ProblemListing;

const SET = [
  problem('e1', 'easy'),
  problem('e2', 'easy', ['strings']),
  problem('m1', 'medium'),
  problem('m2', 'medium', ['strings']),
  problem('m3', 'medium'),
  problem('h1', 'hard', ['graphs']),
];

/** A seeded generator: the same draws every time. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('drawing an assessment’s problems', () => {
  it('draws a mixed set that rises in difficulty, without repeats', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const drawn = drawProblems({ count: 4, difficulty: 'mixed' }, SET, seeded(seed));
      expect(new Set(drawn).size).toBe(4);
      expect(drawn.map((slug) => slug[0])).toEqual(['e', 'm', 'm', 'h']);
    }
  });

  it('stands in the nearest difficulty where one has run out', () => {
    const drawn = drawProblems({ count: 6, difficulty: 'mixed' }, SET, seeded(3));
    expect(drawn.map((slug) => slug[0])).toEqual(['e', 'e', 'm', 'm', 'm', 'h']);
  });

  it('keeps to the topics and the difficulty asked for', () => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(drawProblems({ count: 2, topics: ['strings'] }, SET, seeded(seed)).sort()).toEqual(['e2', 'm2']);
      expect(drawProblems({ count: 1, difficulty: 'hard' }, SET, seeded(seed))).toEqual(['h1']);
    }
  });

  it('takes named problems as named, in order', () => {
    expect(drawProblems({ problems: ['h1', 'e1'] }, SET)).toEqual(['h1', 'e1']);
  });

  it('refuses what cannot be drawn, saying why', () => {
    expect(() => drawProblems({ problems: ['nope'] }, SET)).toThrow('There is no problem "nope"');
    expect(() => drawProblems({ topics: ['trees'] }, SET)).toThrow('There is no topic "trees"');
    expect(() => drawProblems({ count: 2, difficulty: 'hard' }, SET)).toThrow('Only 1 problem hard to draw from');
    expect(() => drawProblems({ count: 3, topics: ['strings'] }, SET)).toThrow(
      'Only 2 problems of strings to draw from',
    );
  });
});
