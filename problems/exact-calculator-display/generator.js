const TRILLION = 1_000_000_000_000;

/**
 * A fraction whose denominator has between size/2 and size in absolute value, with random
 * signs and a numerator up to 10¹² in size: the repeating block of such a denominator is
 * usually long, so the work grows with the size. Sizes up to 10 make small fractions
 * (zeros, whole quotients and short blocks) for the brute-force comparison.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const signed = (value) => (random() < 0.5 ? -value : value);
  if (size <= 10) return [signed(int(8 * size + 1)), signed(1 + int(3 * size))];
  const half = Math.ceil(size / 2);
  return [signed(int(TRILLION + 1)), signed(half + int(size - half + 1))];
}

/**
 * The worst case: the denominator is the largest prime up to `size` whose repeating block
 * is as long as possible (p − 1 digits: 10 generates every remainder modulo p), so every
 * remainder comes up before the first repeats.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const prime = fullBlockPrimeUpTo(Math.max(7, size));
  let numerator = Math.floor(random() * TRILLION) + 1;
  if (numerator % prime === 0) numerator++;
  return [random() < 0.5 ? -numerator : numerator, random() < 0.5 ? -prime : prime];
}

/** The largest prime p ≤ limit whose decimal block has p − 1 digits (7, 17, 19, 23, 29, …). */
function fullBlockPrimeUpTo(limit) {
  for (let p = limit; p > 7; p--) {
    if (isPrime(p) && blockLength(p) === p - 1) return p;
  }
  return 7;
}

function isPrime(p) {
  if (p < 2) return false;
  for (let d = 2; d * d <= p; d++) if (p % d === 0) return false;
  return true;
}

/** The smallest k with 10^k ≡ 1 (mod p), for a prime p other than 2 and 5. */
function blockLength(p) {
  let power = 10 % p;
  let k = 1;
  while (power !== 1) {
    power = (power * 10) % p;
    k++;
  }
  return k;
}
