/**
 * Two calendars of about `size / 2` free slots each over the same week. Up to size 10 the
 * minutes are small (0 to about 30), so slots often touch or share an end. From 16 up the
 * week grows with the size and each calendar has its own typical slot length, so one slot
 * can overlap many of the other's; now and then a slot starts exactly where one of the
 * other calendar's ends.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(0, size);
  const countA = Math.floor(n / 2) + (n % 2 === 1 && random() < 0.5 ? 1 : 0);
  const countB = n - countA;
  const scale = n <= 10 ? 3 : Math.max(4, Math.floor(1_000_000_000 / (n + 2) / 4));
  const mine = calendar(countA, scale, int(3), random);
  const theirs = calendar(countB, scale, int(3), random);
  // Now and then move a slot of theirs to start where one of mine ends.
  for (let k = 0; k < theirs.length; k++) {
    if (mine.length > 0 && random() < 0.1) {
      const end = mine[int(mine.length)][1];
      const before = k > 0 ? theirs[k - 1][1] : -1;
      const after = k + 1 < theirs.length ? theirs[k + 1][0] : Number.POSITIVE_INFINITY;
      if (end > before && end < theirs[k][1]) theirs[k][0] = end;
      else if (end > before && end + 1 < after) theirs[k] = [end, end + 1];
    }
  }
  return [mine, theirs];
}

/** `count` sorted slots with gaps of at least one minute; `style` 0, 1 or 2 sets the lengths. */
function calendar(count, scale, style, random) {
  const int = (below) => Math.floor(random() * below);
  const slots = [];
  const [gap, length] = style === 0 ? [scale, scale] : style === 1 ? [scale * 2, scale / 4] : [scale / 4, scale * 2];
  let at = int(Math.max(1, gap));
  for (let i = 0; i < count; i++) {
    const start = at;
    const end = start + 1 + int(Math.max(1, length));
    slots.push([start, end]);
    at = end + 1 + int(Math.max(1, gap));
  }
  return slots;
}
