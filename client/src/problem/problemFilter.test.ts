import type { ProblemListing } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { filterProblems, NO_FILTER, topicLabel, topicsOf } from './problemFilter.ts';

const listing = (slug: string, title: string, difficulty: ProblemListing['difficulty'], topics: string[]) =>
  ({ slug, title, difficulty, topics, kind: 'function' }) satisfies ProblemListing;

const SET = [
  listing('lru-cache', 'LRU Cache', 'medium', ['arrays-and-hashing', 'linked-lists']),
  listing('two-sum', 'Two Sum', 'easy', ['arrays-and-hashing']),
  listing('word-ladder', 'Word Ladder', 'hard', ['graphs']),
  listing('creaky-staircase', 'Creaky Staircase', 'easy', ['dynamic-programming']),
];

const slugs = (problems: ProblemListing[]) => problems.map((p) => p.slug);

describe('filterProblems', () => {
  it('lists everything easiest first, then by title', () => {
    expect(slugs(filterProblems(SET, NO_FILTER))).toEqual(['creaky-staircase', 'two-sum', 'lru-cache', 'word-ladder']);
  });

  it('narrows by topic, difficulty and the words of the title, together', () => {
    expect(slugs(filterProblems(SET, { ...NO_FILTER, topic: 'arrays-and-hashing' }))).toEqual(['two-sum', 'lru-cache']);
    expect(slugs(filterProblems(SET, { ...NO_FILTER, topic: 'arrays-and-hashing', difficulty: 'easy' }))).toEqual([
      'two-sum',
    ]);
    expect(slugs(filterProblems(SET, { ...NO_FILTER, search: '  sum TWO ' }))).toEqual(['two-sum']);
    expect(slugs(filterProblems(SET, { ...NO_FILTER, search: 'cache', difficulty: 'easy' }))).toEqual([]);
  });
});

describe('topics', () => {
  it('are read as words, each once, in order', () => {
    expect(topicLabel('arrays-and-hashing')).toBe('Arrays and hashing');
    expect(topicLabel('javascript-fundamentals')).toBe('JavaScript fundamentals');
    expect(topicsOf(SET)).toEqual(['arrays-and-hashing', 'dynamic-programming', 'graphs', 'linked-lists']);
  });
});
