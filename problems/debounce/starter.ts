interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  flush(): void;
}

function debounce<A extends unknown[]>(fn: (...args: A) => void, wait: number): Debounced<A> {
  // Your code here
}
