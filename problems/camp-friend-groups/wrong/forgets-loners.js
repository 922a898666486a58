// Builds the groups from the campers that appear in some friendship only: campers with no
// friends are never counted.
function countGroups(n, friendships) {
  const friends = new Map();
  for (const [a, b] of friendships) {
    if (!friends.has(a)) friends.set(a, []);
    if (!friends.has(b)) friends.set(b, []);
    friends.get(a).push(b);
    friends.get(b).push(a);
  }
  const seen = new Set();
  let groups = 0;
  for (const camper of friends.keys()) {
    if (seen.has(camper)) continue;
    groups++;
    seen.add(camper);
    const stack = [camper];
    while (stack.length > 0) {
      for (const next of friends.get(stack.pop())) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
  }
  return groups;
}
