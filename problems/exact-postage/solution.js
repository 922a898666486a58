// fewest[a] is the fewest stamps making exactly a: the best over every stamp s ≤ a of
// fewest[a - s] + 1 (the last stamp stuck on is s). Filled from 0 upwards: O(postage · k)
// time, O(postage) space.
function fewestStamps(stamps, postage) {
  const fewest = new Array(postage + 1).fill(Infinity);
  fewest[0] = 0;
  for (let amount = 1; amount <= postage; amount++) {
    for (const stamp of stamps) {
      if (stamp <= amount && fewest[amount - stamp] + 1 < fewest[amount]) {
        fewest[amount] = fewest[amount - stamp] + 1;
      }
    }
  }
  return fewest[postage] === Infinity ? -1 : fewest[postage];
}
