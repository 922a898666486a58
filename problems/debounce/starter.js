/**
 * @param {(...args: unknown[]) => void} fn
 * @param {number} wait milliseconds
 * @return {{ (...args: unknown[]): void, cancel(): void, flush(): void }}
 */
function debounce(fn, wait) {
  // Your code here
}
