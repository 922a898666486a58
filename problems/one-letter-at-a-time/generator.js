/**
 * A word list that grows like a family tree: each new word is a recent or random earlier
 * word with one letter changed, so the list is mostly one connected web with long ladders
 * through it. Words have 3 letters over "abcd" up to 10 words (so ladders are short and
 * words repeat), 6 letters over the whole alphabet above. `start` is one change away from
 * a word of the list (sometimes in the list itself); `target` is a random word of the list,
 * and about one input in four instead has an extra target no other word is close to.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const small = n <= 10;
  const words = wordWeb(n, small ? 3 : 6, small ? 'abcd' : 'abcdefghijklmnopqrstuvwxyz', random);
  const start =
    random() < 0.3
      ? words[int(words.length)]
      : mutate(words[int(words.length)], small ? 'abcd' : 'abcdefghijklmnopqrstuvwxyz', random);
  let target = words[int(words.length)];
  if (random() < 0.25) {
    target = loner(words[0].length, small);
    words[int(words.length)] = target;
  }
  return [start, target, words];
}

/**
 * The same web of `size` 6-letter words, with a target no word is one change from: the
 * search must exhaust everything reachable before it can answer -1.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const words = wordWeb(n, 6, 'abcdefghijklmnopqrstuvwxyz', random);
  const start = words[0];
  const target = loner(6, false);
  words[1 + int(Math.max(1, n - 1))] = target;
  return [start, target, words.slice(0, n)];
}

/** `word` with one letter changed to a different one from `alphabet`. */
function mutate(word, alphabet, random) {
  const int = (below) => Math.floor(random() * below);
  const i = int(word.length);
  let letter = word[i];
  while (letter === word[i]) letter = alphabet[int(alphabet.length)];
  return word.slice(0, i) + letter + word.slice(i + 1);
}

/** A word made of letters the webs use rarely or never, so it joins nothing. */
function loner(length, small) {
  return (small ? 'zzz' : 'zqzqzq').slice(0, length);
}

/** `n` words of `length` letters, each (but the first) one change from an earlier one. */
function wordWeb(n, length, alphabet, random) {
  const int = (below) => Math.floor(random() * below);
  const first = Array.from({ length }, () => alphabet[int(alphabet.length)]).join('');
  const words = [first];
  const seen = new Set(words);
  let tries = 0;
  while (words.length < n) {
    if (tries++ > 50 * n || random() < 0.05) {
      words.push(words[int(words.length)]);
      continue;
    }
    const from = random() < 0.6 ? words[Math.max(0, words.length - 1 - int(4))] : words[int(words.length)];
    const word = mutate(from, alphabet, random);
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  for (let i = words.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [words[i], words[j]] = [words[j], words[i]];
  }
  return words;
}
