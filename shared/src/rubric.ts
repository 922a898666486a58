/**
 * The interview rubric, defined once: the scorecard (issue 5), the problems' interviewer
 * guides and the feedback report all use these dimensions and anchors.
 */
export const RUBRIC_DIMENSIONS = ['problemSolving', 'coding', 'verification', 'communication', 'complexity'] as const;
export type RubricDimension = (typeof RUBRIC_DIMENSIONS)[number];

/** A score on one dimension: 1 (weakest) to 4 (strongest). */
export const RUBRIC_SCORES = [1, 2, 3, 4] as const;
export type RubricScore = (typeof RUBRIC_SCORES)[number];

export interface RubricDimensionInfo {
  label: string;
  /** What the dimension is about, in one line. */
  summary: string;
  /** What each score looks like, from 1 to 4. */
  anchors: Record<RubricScore, string>;
}

export const RUBRIC: Record<RubricDimension, RubricDimensionInfo> = {
  problemSolving: {
    label: 'Problem solving',
    summary: 'Clarifies the problem, explores approaches, reaches an optimal one.',
    anchors: {
      1: 'Could not reach a working approach, even with hints.',
      2: 'Reached a working but suboptimal approach, or needed several hints.',
      3: 'Reached an optimal approach with little help after weighing an alternative.',
      4: 'Clarified edge cases first, compared approaches, and reached the optimal one unaided.',
    },
  },
  coding: {
    label: 'Coding',
    summary: 'Correct, idiomatic, readable code.',
    anchors: {
      1: 'The code does not run or is far from the approach described.',
      2: 'The code runs but is hard to follow or has several bugs.',
      3: 'Correct, readable code with minor slips.',
      4: 'Clean, idiomatic code with good names and structure, written fluently.',
    },
  },
  verification: {
    label: 'Verification',
    summary: 'Tests own code, finds and fixes bugs, handles edge cases.',
    anchors: {
      1: 'Did not test; bugs were found only by the interviewer.',
      2: 'Ran the examples only; missed edge cases.',
      3: 'Tested the examples and some edge cases, and fixed what they found.',
      4: 'Traced the code by hand, chose edge cases deliberately, and found bugs before running.',
    },
  },
  communication: {
    label: 'Communication',
    summary: 'Thinks aloud, explains trade-offs, takes hints well.',
    anchors: {
      1: 'Worked in silence, or could not explain the code.',
      2: 'Explained when asked; reasoning was hard to follow.',
      3: 'Thought aloud and explained the main trade-offs.',
      4: 'Clear throughout: framed the plan, narrated decisions, and used hints well.',
    },
  },
  complexity: {
    label: 'Complexity analysis',
    summary: 'States time and space accurately (compare with the measured check).',
    anchors: {
      1: 'Could not state the complexity, or stated it wrongly.',
      2: 'Stated time or space with errors, or only when prompted.',
      3: 'Stated time and space correctly.',
      4: 'Stated time and space correctly with reasons, and discussed how to improve them.',
    },
  },
};
