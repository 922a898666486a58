/**
 * `size` calls after the constructor: sets of three keys at times that rise for each key,
 * and gets of those keys (and a key never set) at any time. Up to size 10 times are small
 * and close, values come from a handful (the empty string among them), and gets often ask
 * for an exact time of a change or a time before the first. From 16 up the times are far
 * apart and gets ask at random times, so each key's history grows with size.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const small = size <= 10;
  const keys = ['theme', 'volume', 'language'];
  const last = { theme: 0, volume: 0, language: 0 };
  const gap = small ? 3 : 1000;
  const calls = [['new']];
  let horizon = 1;
  for (let i = 0; i < size; i++) {
    const key = pick(keys);
    if (random() < 0.5) {
      last[key] += 1 + int(gap);
      horizon = Math.max(horizon, last[key]);
      calls.push(['set', key, small ? pick(['', 'a', 'b', 'c']) : `v${i}`, last[key]]);
    } else {
      const asked = small && random() < 0.3 ? last[key] : int(horizon + gap);
      calls.push(['get', random() < 0.05 ? 'missing' : key, asked]);
    }
  }
  return calls;
}

/**
 * The worst case of scanning a key's history: one key set `size / 2` times, then gets at
 * early times, so a scan from the newest change walks nearly all of them (and a scan from
 * the oldest is no better at random times).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const calls = [['new']];
  const half = Math.floor(size / 2);
  let time = 0;
  for (let i = 0; i < half; i++) {
    time += 1 + int(1000);
    calls.push(['set', 'theme', `v${i}`, time]);
  }
  for (let i = half; i < size; i++) calls.push(['get', 'theme', int(time / 4)]);
  return calls;
}
