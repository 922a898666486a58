// Breadth-first search over words, with neighbours found through patterns: "c*ld" is
// shared by every word that matches it, so words one change apart meet in a bucket. Each
// bucket is emptied once it has been expanded, so every word enters the queue once and
// every bucket is walked once: O(n · L²) time (L patterns of length L per word), O(n · L)
// space.
function fewestChanges(start, target, words) {
  if (start === target) return 0;
  const buckets = new Map();
  for (const word of new Set(words)) {
    for (let i = 0; i < word.length; i++) {
      const pattern = `${word.slice(0, i)}*${word.slice(i + 1)}`;
      const bucket = buckets.get(pattern);
      if (bucket) bucket.push(word);
      else buckets.set(pattern, [word]);
    }
  }
  const seen = new Set([start]);
  let level = [start];
  for (let changes = 1; level.length > 0; changes++) {
    const next = [];
    for (const word of level) {
      for (let i = 0; i < word.length; i++) {
        const pattern = `${word.slice(0, i)}*${word.slice(i + 1)}`;
        const bucket = buckets.get(pattern);
        if (!bucket) continue;
        for (const neighbour of bucket) {
          if (seen.has(neighbour)) continue;
          if (neighbour === target) return changes;
          seen.add(neighbour);
          next.push(neighbour);
        }
        buckets.delete(pattern);
      }
    }
    level = next;
  }
  return -1;
}
