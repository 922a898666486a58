/**
 * `size` lessons in random order. Up to size 10 they lie in [0, 12] (so lessons touch and
 * repeat). From 16 up they start anywhere in a term that grows with the size and last up
 * to a length drawn per input (up to the whole term in one input of three), so the overlap
 * depth varies from a few rooms to thousands; about one lesson in ten starts
 * exactly when another ends.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(0, size);
  const span = n <= 10 ? 12 : Math.min(1_000_000_000, n * 1000);
  const longest = n <= 10 ? 6 : 1 + int(random() < 0.3 ? span : 50_000);
  const lessons = [];
  for (let i = 0; i < n; i++) {
    let start = lessons.length > 0 && random() < 0.1 ? lessons[int(lessons.length)][1] : int(span);
    start = Math.min(start, span - 1);
    lessons.push([start, Math.min(span, start + 1 + int(longest))]);
  }
  return [lessons];
}

/**
 * The worst case of scanning the rooms for a free one, or of counting the lessons in
 * progress at each start: long lessons that mostly overlap, so the number of rooms grows
 * with the size.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(0, size);
  const lessons = [];
  for (let i = 0; i < n; i++) {
    const start = int(1_000_000);
    lessons.push([start, start + 1_000_000 + int(1_000_000)]);
  }
  return [lessons];
}
