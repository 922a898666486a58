// Right, but builds the whole graph first by comparing every pair of words: O(n² · L),
// before a breadth-first search that is then cheap.
function fewestChanges(start, target, words) {
  if (start === target) return 0;
  const list = [start, ...new Set(words)];
  const next = list.map(() => []);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      let differences = 0;
      for (let k = 0; k < start.length && differences < 2; k++) if (list[i][k] !== list[j][k]) differences++;
      if (differences === 1) {
        next[i].push(j);
        next[j].push(i);
      }
    }
  }
  const distance = new Array(list.length).fill(-1);
  distance[0] = 0;
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    for (const j of next[queue[head]]) {
      if (distance[j] !== -1) continue;
      distance[j] = distance[queue[head]] + 1;
      if (list[j] === target) return distance[j];
      queue.push(j);
    }
  }
  return -1;
}
