/**
 * A homepage and `size` calls: visits, back and forward. Up to size 10 the pages come from
 * a handful of names (so the same page is visited twice in a row now and then), moves are
 * 1 to 4 steps, often past either end, and visits often cut forward pages off. From 16 up
 * pages are all different, moves jump up to `size` steps, and visits happen only on the
 * last page (elsewhere the call is a move instead), so the history keeps growing with size
 * and long jumps cross much of it.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const calls = [['new', 'home']];
  if (size <= 10) {
    for (let i = 0; i < size; i++) {
      const roll = random();
      if (roll < 0.5) calls.push(['visit', `page${int(3)}`]);
      else calls.push([roll < 0.75 ? 'back' : 'forward', 1 + int(4)]);
    }
    return calls;
  }
  let current = 0;
  let last = 0;
  for (let i = 0; i < size; i++) {
    const steps = 1 + int(size);
    const roll = random();
    if (current === last && roll < 0.5) {
      calls.push(['visit', `page${i}`]);
      current += 1;
      last = current;
    } else if (current === last || roll < 0.5) {
      calls.push(['back', steps]);
      current = Math.max(0, current - steps);
    } else {
      calls.push(['forward', steps]);
      current = Math.min(last, current + steps);
    }
  }
  return calls;
}

/**
 * The worst case of moving one page at a time, and of copying the history at each visit:
 * the first half visits new pages, then back and forward jump over the whole history in
 * turn, with a visit now and then from the last page.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const calls = [['new', 'home']];
  const half = Math.floor(size / 2);
  for (let i = 0; i < half; i++) calls.push(['visit', `page${i}`]);
  for (let i = half; i < size; i++) {
    if (i % 2 === 0) calls.push(['back', size]);
    else {
      calls.push(['forward', size]);
      if (random() < 0.1 && i + 1 < size) calls.push(['visit', `page${++i}`]);
    }
  }
  return calls;
}
