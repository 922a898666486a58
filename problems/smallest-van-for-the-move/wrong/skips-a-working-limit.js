// Moves the upper end below a limit that works (high = middle - 1), so when the middle is
// the answer the search can end one kilogram above or below it.
function smallestVan(crates, days) {
  let low = Math.max(...crates);
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
    if (trips <= days) high = middle - 1;
    else low = middle + 1;
  }
  return low;
}
