interface Throttled<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  wait: number,
  options?: { leading?: boolean; trailing?: boolean },
): Throttled<A> {
  // Your code here
}
