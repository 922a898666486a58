/**
 * @param {number[]} crates the weight of each crate, in the order they must be moved
 * @param {number} days how many one-trip days the move may take
 * @return {number} the smallest whole load limit that moves every crate in time
 */
function smallestVan(crates, days) {
  // Your code here
}
