// Right, but tries every load limit from the heaviest crate upwards: O(n · (answer - max)),
// which is O(n · S / days).
function smallestVan(crates, days) {
  let limit = Math.max(...crates);
  for (;;) {
    let trips = 1;
    let load = 0;
    for (const weight of crates) {
      if (load + weight > limit) {
        trips++;
        load = 0;
      }
      load += weight;
    }
    if (trips <= days) return limit;
    limit++;
  }
}
