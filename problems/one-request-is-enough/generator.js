/**
 * `size` calls at times on a coarse grid (so calls often come at the very moment a fetch
 * ends), for a few keys — among them names that exist on Object.prototype — and a reply
 * for every possible fetch: mostly successes after 0 to 50 ms, about one in five failing.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const keys = ['ada', 'grace', 'alan', 'edsger', 'constructor', 'toString'];
  const events = [];
  let at = 0;
  for (let i = 0; i < size; i++) {
    at += int(3) * 10;
    events.push([at, keys[int(keys.length)]]);
  }
  const replies = [];
  for (let i = 0; i < size; i++) replies.push([int(6) * 10, random() < 0.2]);
  return [events, replies];
}

/**
 * The work is per call of request(key): the complexity check spreads a run's steps over
 * them.
 * @param {[unknown[], unknown[]]} args
 */
export function calls([events]) {
  return events.length;
}

/**
 * Every call for a key no earlier call asked for: each one starts a fetch of its own (the
 * most work a call does), so the work per call is the same at every size, where random keys
 * share more or fewer fetches depending on how crowded the timeline is.
 * @param {number} size
 * @param {() => number} random
 */
export function worstCase(size, random) {
  const events = [];
  for (let i = 0; i < size; i++) events.push([i * 10, `u${String(i).padStart(5, '0')}`]);
  const replies = [];
  for (let i = 0; i < size; i++) replies.push([10 + Math.floor(random() * 6) * 10, random() < 0.2]);
  return [events, replies];
}
