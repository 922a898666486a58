// Bug: returns -1 early when postage is below the smallest stamp, which includes postage 0.
function fewestStamps(stamps, postage) {
  if (postage < Math.min(...stamps)) return -1;
  const dp = new Array(postage + 1).fill(Infinity);
  dp[0] = 0;
  for (let p = 1; p <= postage; p++) {
    for (const s of stamps) if (s <= p) dp[p] = Math.min(dp[p], dp[p - s] + 1);
  }
  return dp[postage] === Infinity ? -1 : dp[postage];
}
