// Takes the average load per day (rounded up), or the heaviest crate if that is more,
// without checking that whole crates can actually be packed that way.
function smallestVan(crates, days) {
  const total = crates.reduce((sum, weight) => sum + weight, 0);
  return Math.max(Math.max(...crates), Math.ceil(total / days));
}
