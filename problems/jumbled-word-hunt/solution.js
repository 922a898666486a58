// A window of word.length letters slides along the strip. diff[c] is the window's count of
// letter c minus the word's; `unequal` counts the letters whose diff is not zero, so the
// window is a jumble exactly when `unequal` is 0. Each letter entering or leaving updates
// one diff and `unequal` in O(1). O(n + m) time, O(1) space for 26 counters.
function findJumbles(strip, word) {
  const diff = new Array(26).fill(0);
  let unequal = 0;
  const change = (letter, by) => {
    const before = diff[letter];
    diff[letter] += by;
    if (before === 0) unequal++;
    else if (diff[letter] === 0) unequal--;
  };
  for (let i = 0; i < word.length; i++) change(word.charCodeAt(i) - 97, -1);
  const starts = [];
  for (let end = 0; end < strip.length; end++) {
    change(strip.charCodeAt(end) - 97, 1);
    if (end >= word.length) change(strip.charCodeAt(end - word.length) - 97, -1);
    if (end >= word.length - 1 && unequal === 0) starts.push(end - word.length + 1);
  }
  return starts;
}
