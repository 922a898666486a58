/**
 * @param {(...args: unknown[]) => void} fn
 * @param {number} wait milliseconds
 * @param {{ leading?: boolean, trailing?: boolean }} [options] both true when left out
 * @return {{ (...args: unknown[]): void, cancel(): void }}
 */
function throttle(fn, wait, options) {
  // Your code here
}
