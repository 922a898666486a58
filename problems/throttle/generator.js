/**
 * A wait, leading/trailing options (never both off), and `size` events at times on a
 * coarse grid, so that calls often land exactly when a cool-down ends or at the same moment
 * as each other: mostly calls, some as a method of a named receiver, now and then a cancel.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const waits = [0, 10, 20, 50, 100];
  const choices = [
    {},
    { leading: false },
    { trailing: false },
    { leading: true, trailing: true },
    { leading: false, trailing: true },
  ];
  const wait = waits[int(waits.length)];
  const options = choices[int(choices.length)];
  const events = [];
  let at = 0;
  for (let i = 0; i < size; i++) {
    at += int(4) * 10;
    const roll = random();
    if (roll < 0.1) events.push([at, 'cancel']);
    else if (roll < 0.25) events.push([at, 'callOn', `r${int(3)}`, i]);
    else events.push([at, 'call', i]);
  }
  return [wait, options, events];
}

/**
 * The complexity of throttle is per event (a call or cancel of the throttled function): the
 * complexity check spreads a run's steps over them.
 * @param {[number, object, unknown[]]} args
 */
export function calls([, , events]) {
  return events.length;
}
