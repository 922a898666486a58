/**
 * Log scales, ticks and number labels for the complexity chart. Sizes double, so the n axis
 * is read in powers of two; steps span many orders of magnitude, so the steps axis is read in
 * powers of ten. On log–log axes every polynomial is a straight line whose slope is its
 * degree, which is what makes O(n) and O(n²) easy to tell apart by eye.
 */

export type Domain = readonly [low: number, high: number];

/** Maps a positive value on `domain` to `range` logarithmically; values ≤ 0 land below the low end. */
export function logScale(domain: Domain, range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain.map(Math.log) as [number, number];
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => {
    const log = value > 0 ? Math.log(value) : Number.NEGATIVE_INFINITY;
    return r0 + ((log - d0) / span) * (r1 - r0);
  };
}

/**
 * The smallest domain of whole powers of `base` holding every positive value; a single
 * value (or none) still gets a span to draw in.
 */
export function powerDomain(values: readonly number[], base: number): Domain {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1, base];
  const exponent = (v: number) => Math.log(v) / Math.log(base);
  // Rounding noise must not push an exact power (1024 on base 2) to the next one.
  let low = Math.floor(exponent(Math.min(...positive)) + 1e-9);
  let high = Math.ceil(exponent(Math.max(...positive)) - 1e-9);
  if (high <= low) {
    low -= base === 2 ? 1 : 0;
    high = low + (base === 2 ? 2 : 1);
  }
  return [base ** low, base ** high];
}

/** The powers of `base` in the domain, thinned evenly to at most `max` of them (both ends kept). */
export function powerTicks(domain: Domain, base: number, max: number): number[] {
  const low = Math.round(Math.log(domain[0]) / Math.log(base));
  const high = Math.round(Math.log(domain[1]) / Math.log(base));
  const count = high - low + 1;
  const every = Math.max(1, Math.ceil((count - 1) / Math.max(1, max - 1)));
  const ticks: number[] = [];
  for (let e = low; e <= high; e += every) ticks.push(base ** e);
  return ticks;
}

/** `count` values spread evenly on a log scale across the domain, ends included: to draw a curve. */
export function logSamples(domain: Domain, count: number): number[] {
  const [l0, l1] = domain.map(Math.log) as [number, number];
  if (count < 2) return [domain[0]];
  return Array.from({ length: count }, (_, i) => Math.exp(l0 + ((l1 - l0) * i) / (count - 1)));
}

const SUFFIXES = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
] as const;

/** An axis label: "16", "1,024", "16,384" for sizes; "100", "10K", "2.5M" for steps. */
export function formatTick(value: number, compact: boolean): string {
  if (compact) {
    for (const [size, suffix] of SUFFIXES) {
      if (value >= size) return `${trimNumber(value / size)}${suffix}`;
    }
  }
  return trimNumber(value);
}

// The reader's locale, like the rest of the results panel.
const grouped = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "1,234", "12.5": grouped, with one decimal at most. */
export function trimNumber(value: number): string {
  return grouped.format(value);
}

/** Steps in a sentence: "8,400", "12.5", "8.4 million". */
export function formatStepsCount(steps: number): string {
  return steps >= 1e6 ? `${grouped.format(steps / 1e6)} million` : grouped.format(steps);
}
