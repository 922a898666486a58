// Counts trips from 0, so the last (partly filled) trip is never counted and limits that
// need one day too many pass.
function smallestVan(crates, days) {
  let low = Math.max(...crates);
  let high = crates.reduce((sum, weight) => sum + weight, 0);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    let trips = 0;
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
