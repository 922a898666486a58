/**
 * One to three controllers made at time 0, then `size` actions at times that advance by
 * 0 to 10 ms: mostly listeners (some that remove another listener or add one when they
 * are called), sleeps of up to 50 ms, state checks and offs, and now and then a cancel,
 * with no reason or a reason that may be null, 0 or a string.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const controllers = 1 + int(3);
  const actions = [];
  for (let c = 0; c < controllers; c++) actions.push([0, 'new']);
  let at = 0;
  let listeners = 0;
  for (let i = 0; i < size; i++) {
    at += int(11);
    const c = int(controllers);
    const roll = random();
    if (roll < 0.25) {
      actions.push([at, 'listen', c]);
      listeners++;
    } else if (roll < 0.32) {
      actions.push([at, 'listenAndOff', c, int(listeners + 1)]);
      listeners++;
    } else if (roll < 0.37) {
      actions.push([at, 'listenAndListen', c]);
      listeners++;
    } else if (roll < 0.5) actions.push([at, 'off', int(listeners + 1)]);
    else if (roll < 0.65) actions.push([at, 'sleep', c, int(51)]);
    else if (roll < 0.72) actions.push([at, 'state', c]);
    else if (roll < 0.78) actions.push([at, 'throwIf', c]);
    else if (roll < 0.85) {
      const reasons = [null, 0, 'user pressed cancel', `reason ${i}`];
      actions.push(random() < 0.4 ? [at, 'cancel', c] : [at, 'cancel', c, reasons[int(reasons.length)]]);
    } else {
      actions.push([at, 'listen', c]);
      listeners++;
    }
  }
  return [actions];
}

/**
 * The work is per action: the complexity check spreads a run's steps over them.
 * @param {[unknown[]]} args
 */
export function calls([actions]) {
  return actions.length;
}
