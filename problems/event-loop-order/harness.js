(() => {
  /**
   * The tests' driver: calls predictOrder(program) and copies its answer at once. The answer
   * must be worked out, not observed: a promise (or anything filled in later by running the
   * program for real) does not count.
   */
  globalThis.runPrediction = function runPrediction(program) {
    const answer = predictOrder(program);
    if (answer !== null && typeof answer === 'object' && typeof answer.then === 'function') {
      throw new Error(
        'predictOrder must return the order itself, not a promise: work it out without running the program',
      );
    }
    return Array.isArray(answer) ? [...answer] : answer;
  };
})();
