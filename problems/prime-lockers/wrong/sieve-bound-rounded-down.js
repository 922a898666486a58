// Sieves only with i < ⌊√n⌋ (instead of i · i < n), so when n is just above a prime's square, that square is left unmarked.
function countPrimeLockers(n) {
  const composite = new Uint8Array(Math.max(n, 0));
  const limit = Math.floor(Math.sqrt(n));
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    for (let j = i * i; j < n; j += i) composite[j] = 1;
  }
  let count = 0;
  for (let i = 2; i < n; i++) if (!composite[i]) count++;
  return count;
}
