interface RetryOptions {
  retries: number;
  baseMs: number;
}

/** Fulfils with the first success, or rejects with the last failure's reason. */
function retry<T>(task: () => Promise<T>, { retries, baseMs }: RetryOptions): Promise<T> {
  // Your code here
}
