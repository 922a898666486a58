// Searches limits from 1 and its loading check starts a new trip for a crate that does not
// fit, but loads it even when it alone is over the limit.
function smallestVan(crates, days) {
  let low = 1;
  let high = crates.reduce((sum, weight) => sum + weight, 0);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    let trips = 1;
    let load = 0;
    for (const weight of crates) {
      if (load + weight > middle) {
        trips++;
        load = 0;
      }
      load += weight;
    }
    if (trips <= days) high = middle;
    else low = middle + 1;
  }
  return low;
}
