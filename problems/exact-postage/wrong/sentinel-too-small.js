// Bug: marks unreachable amounts with 100 instead of Infinity, but a postage of up to 500 can need more than 100 stamps.
function fewestStamps(stamps, postage) {
  const NONE = 100;
  const dp = new Array(postage + 1).fill(NONE);
  dp[0] = 0;
  for (let p = 1; p <= postage; p++) {
    for (const s of stamps) if (s <= p) dp[p] = Math.min(dp[p], dp[p - s] + 1);
  }
  return dp[postage] >= NONE ? -1 : dp[postage];
}
