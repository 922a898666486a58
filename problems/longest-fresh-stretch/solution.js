// A sliding window [start, i] with no repeat. When keys[i] was last seen inside the window,
// the window must start just after that press. O(n) time; the map holds at most 95 keys.
function longestFreshStretch(keys) {
  const lastSeen = new Map();
  let start = 0;
  let longest = 0;
  for (let i = 0; i < keys.length; i++) {
    const previous = lastSeen.get(keys[i]);
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(keys[i], i);
    longest = Math.max(longest, i - start + 1);
  }
  return longest;
}
