// Bug: walks amounts downwards for each stamp (0/1 knapsack order), so each face value is used at most once.
function fewestStamps(stamps, postage) {
  const dp = new Array(postage + 1).fill(Infinity);
  dp[0] = 0;
  for (const s of stamps) {
    for (let p = postage; p >= s; p--) dp[p] = Math.min(dp[p], dp[p - s] + 1);
  }
  return dp[postage] === Infinity ? -1 : dp[postage];
}
