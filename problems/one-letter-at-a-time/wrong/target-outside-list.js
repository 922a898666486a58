// Adds the target to the dictionary so the search can finish there, forgetting that a
// ladder may only end on a word of the list.
function fewestChanges(start, target, words) {
  const dictionary = new Set([...words, target]);
  const distance = new Map([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const word = queue[head];
    if (word === target) return distance.get(word);
    for (let i = 0; i < word.length; i++) {
      for (let code = 97; code <= 122; code++) {
        const candidate = word.slice(0, i) + String.fromCharCode(code) + word.slice(i + 1);
        if (dictionary.has(candidate) && !distance.has(candidate)) {
          distance.set(candidate, distance.get(word) + 1);
          queue.push(candidate);
        }
      }
    }
  }
  return -1;
}
