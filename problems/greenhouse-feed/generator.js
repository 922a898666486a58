/**
 * Up to size 10: `size` sensor events (readings from -5 to 20, some sent during the
 * subscribe call, now and then an error or a complete followed by more events) and one to
 * three subscribers with random operators, start and stop times and handlers.
 *
 * From size 16 up, one family: `size` readings from 0 to 99 at 1 ms apart, then a complete,
 * and three subscribers with random operators, one of them leaving half-way.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (list) => list[int(list.length)];
  const operator = () =>
    random() < 0.5
      ? ['map', pick(['double', 'inc', 'check', 'label'])]
      : ['filter', pick(['odd', 'even', 'positive', 'check'])];
  const operators = () => {
    const list = [];
    const count = int(3);
    for (let j = 0; j < count; j++) list.push(operator());
    // A label turns readings into strings: keep it last.
    const labels = list.filter(([kind, name]) => kind === 'map' && name === 'label');
    return [...list.filter((op) => !labels.includes(op)), ...labels];
  };
  const events = [];
  const subscribers = [];
  if (size <= 10) {
    let at = 0;
    for (let i = 0; i < size; i++) {
      const sync = at === 0 && random() < 0.3;
      if (!sync) at += 1 + int(5);
      const roll = random();
      const kind = roll < 0.1 ? 'error' : roll < 0.2 ? 'complete' : 'next';
      events.push(
        kind === 'next'
          ? [sync ? null : at, 'next', int(26) - 5]
          : kind === 'error'
            ? [sync ? null : at, 'error', `fault ${i}`]
            : [sync ? null : at, 'complete'],
      );
    }
    const count = 1 + int(3);
    for (let s = 0; s < count; s++) {
      const from = int(10);
      subscribers.push([from, random() < 0.4 ? from + int(30) : null, random() < 0.8 ? 'all' : 'next', ...operators()]);
    }
    return [events, subscribers];
  }
  for (let i = 0; i < size; i++) events.push([i + 1, 'next', int(100)]);
  events.push([size + 1, 'complete']);
  subscribers.push([0, null, 'all', ...operators()]);
  subscribers.push([0, Math.floor(size / 2), 'all', ...operators()]);
  subscribers.push([int(10), null, 'all', ...operators()]);
  return [events, subscribers];
}

/**
 * The work is per sensor event (each reaches every subscriber that is still listening):
 * the complexity check spreads a run's steps over them.
 * @param {[unknown[], unknown[]]} args
 */
export function calls([events]) {
  return events.length;
}
