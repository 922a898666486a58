/**
 * A wait and `size` events at times on a coarse grid (so that calls often land exactly
 * when a wait ends, or at the same moment as each other): mostly calls, some as a method of
 * a named receiver, and now and then a cancel or a flush.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const waits = [0, 10, 20, 50, 100];
  const wait = waits[int(waits.length)];
  const events = [];
  let at = 0;
  for (let i = 0; i < size; i++) {
    at += int(4) * 10;
    const roll = random();
    if (roll < 0.1) events.push([at, 'cancel']);
    else if (roll < 0.2) events.push([at, 'flush']);
    else if (roll < 0.35) events.push([at, 'callOn', `r${int(3)}`, i]);
    else events.push([at, 'call', i]);
  }
  return [wait, events];
}

/**
 * The complexity of debounce is per event (a call, cancel or flush of the debounced
 * function): the complexity check spreads a run's steps over them.
 * @param {[number, unknown[]]} args
 */
export function calls([, events]) {
  return events.length;
}
