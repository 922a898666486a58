/** Your own Promise.any (Promise.all, allSettled, any and race are switched off). */
function promiseAny(items: unknown[]): Promise<unknown> {
  // Your code here
}
