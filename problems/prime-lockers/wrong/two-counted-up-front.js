// Counts 2 up front and sieves only the odd numbers, so n = 2 (lockers 0 and 1) answers 1.
function countPrimeLockers(n) {
  if (n < 2) return 0;
  const composite = new Uint8Array(n);
  let count = 1;
  for (let i = 3; i < n; i += 2) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j < n; j += 2 * i) composite[j] = 1;
  }
  return count;
}
