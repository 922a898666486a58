/**
 * @param {string[]} searches the terms, one per search
 * @param {number} k how many terms to show
 * @return {string[]} the k most searched terms, ties in alphabetical order
 */
function trendingTerms(searches, k) {
  // Your code here
}
