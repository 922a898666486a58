/** The fixed vocabularies a problem's metadata is written in. */

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * How the judge calls a problem's entry: `function` calls it with the test's arguments;
 * `async` does the same and awaits the promise it returns (timers run on a virtual clock);
 * `class` constructs the entry class and replays a list of method calls.
 */
export const PROBLEM_KINDS = ['function', 'class', 'async'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** The topics interviews ask about, in the order a listing shows them. */
export const TOPICS = [
  'arrays-and-hashing',
  'two-pointers',
  'sliding-window',
  'binary-search',
  'stacks-and-queues',
  'recursion-and-backtracking',
  'linked-lists',
  'trees',
  'graphs',
  'heaps',
  'dynamic-programming',
  'intervals',
  'sorting',
  'javascript-fundamentals',
  'strings',
  'math',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * The complexity classes the measured complexity check knows, from fastest to slowest. A
 * problem may also state a free form such as `O(n + m)` (anything matching `O(...)`).
 */
export { COMPLEXITY_CLASSES, type ComplexityClass } from '@dryrun/shared';

/** A problem folder's name: lowercase letters and digits in dash-separated words. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
