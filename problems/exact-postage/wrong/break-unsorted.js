// Bug: breaks out of the stamp loop at the first stamp larger than the amount, as if stamps were sorted.
function fewestStamps(stamps, postage) {
  const dp = new Array(postage + 1).fill(Infinity);
  dp[0] = 0;
  for (let p = 1; p <= postage; p++) {
    for (const s of stamps) {
      if (s > p) break;
      if (dp[p - s] + 1 < dp[p]) dp[p] = dp[p - s] + 1;
    }
  }
  return dp[postage] === Infinity ? -1 : dp[postage];
}
