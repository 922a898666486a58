// If a limit works, every larger limit works too, so binary-search the smallest one between
// the heaviest crate (anything less cannot carry it) and the total weight (one trip). To
// test a limit, load greedily: fill each day as far as the limit allows. O(n log S) time
// for total weight S, O(1) space.
function smallestVan(crates, days) {
  let low = 0;
  let high = 0;
  for (const weight of crates) {
    low = Math.max(low, weight);
    high += weight;
  }
  const fits = (limit) => {
    let trips = 1;
    let load = 0;
    for (const weight of crates) {
      if (load + weight > limit) {
        trips++;
        load = 0;
      }
      load += weight;
    }
    return trips <= days;
  };
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
