/**
 * Up to size 10: a small limit and window, and `size` calls (mostly tryAcquire, some
 * remaining) at times that advance by 0 to 3 ms, so requests share a moment or land
 * exactly as an earlier one leaves the window.
 *
 * From size 16 up, one family: a limit of about size / 8 and a window of size / 4 ms,
 * with times advancing by 0 to 2 ms per call (about size ms in all), so the log holds up
 * to size / 8 accepted times and requests keep leaving it.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const small = size <= 10;
  const limit = small ? 1 + int(3) : Math.floor(size / 8) + 1;
  const windowMs = small ? [1, 3, 5, 10][int(4)] : Math.floor(size / 4);
  const calls = [['new', limit, windowMs]];
  let now = int(100);
  for (let i = 0; i < size; i++) {
    now += small ? int(4) : int(3);
    calls.push([random() < 0.8 ? 'tryAcquire' : 'remaining', now]);
  }
  return calls;
}

/**
 * One request per millisecond against a limit and a window of size / 2: the log fills up,
 * and from then on every call expires one old time while the log stays as long as it can
 * be — the worst case of filtering or shifting the log.
 * @param {number} size
 */
export function worstCase(size) {
  const half = Math.floor(size / 2) + 1;
  const calls = [['new', half, half]];
  for (let i = 0; i < size; i++) calls.push(['tryAcquire', i]);
  return calls;
}
