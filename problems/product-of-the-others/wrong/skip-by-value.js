// Bug: skips the bypassed stage by value (g !== gains[i]) instead of by index, dropping every stage with an equal gain.
function productOfOthers(gains) {
  return gains.map((gi) => gains.filter((g) => g !== gi).reduce((a, b) => a * b, 1));
}
