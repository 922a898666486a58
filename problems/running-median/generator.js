/**
 * `size` calls after the constructor: an `add` first, then about 60% adds and 40% median
 * queries. Values are uniform over [-10⁹, 10⁹], or over a narrow range for small inputs
 * (so they repeat); one input in four adds a rising or falling trend.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const range = size <= 10 ? 5 : 1_000_000_000;
  const trend = random() < 0.25 ? (random() < 0.5 ? 1 : -1) : 0;
  const calls = [['new']];
  let added = 0;
  for (let i = 0; i < size; i++) {
    if (added === 0 || random() < 0.6) {
      let value = int(2 * range + 1) - range;
      if (trend !== 0)
        value = Math.max(-range, Math.min(range, Math.round(trend * (-range + (2 * range * i) / size)) + int(11) - 5));
      calls.push(['add', value]);
      added++;
    } else calls.push(['median']);
  }
  return calls;
}

/**
 * `size` calls after the constructor (at most 10 000 in all), alternating `add` and
 * `median`, with values that only fall: each new value belongs before every value so far,
 * so keeping a sorted array and splicing each value in moves every element, and half the
 * calls ask for a median.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const calls = [['new']];
  let value = 1_000_000_000 - Math.floor(random() * 1000);
  for (let i = 0; i < Math.min(size, 9_999); i++) {
    if (i % 2 === 0) {
      calls.push(['add', value]);
      value -= 1 + Math.floor(random() * 1000);
    } else calls.push(['median']);
  }
  return calls;
}
