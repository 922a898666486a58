/**
 * `size` random calls on events a, b and c with listeners f, g, h, k, m and o, where some
 * listeners act when called: h removes g from a and b, k adds f to c once, m emits c (m is
 * never put on c, so nesting stays one level deep), o adds g to a once. Listeners added
 * during emits are once listeners, so that the lists cannot grow without end.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const behaviours = {
    h: [
      ['off', 'a', 'g'],
      ['off', 'b', 'g'],
    ],
    k: [['once', 'c', 'f']],
    m: [['emit', 'c', ['nested']]],
    o: [['once', 'a', 'g']],
  };
  const calls = [['new', behaviours]];
  for (let i = 0; i < size; i++) {
    const roll = random();
    const event = pick(['a', 'b', 'c']);
    const id = event === 'c' ? pick(['f', 'g', 'h', 'k', 'o']) : pick(['f', 'g', 'h', 'k', 'm', 'o']);
    if (roll < 0.2) calls.push(['on', event, id]);
    else if (roll < 0.35) calls.push(['once', event, id]);
    else if (roll < 0.6) calls.push(['off', event, id]);
    else if (roll < 0.9) calls.push(['emit', event, [i]]);
    else calls.push(['listenerCount', event]);
  }
  return calls;
}
