// Bug: a hand-rolled hash table that marks bucket x mod 100003 without storing the value, so two different tickets in one bucket look like a repeat.
function firstRepeat(scans) {
  const SIZE = 100003;
  const seen = new Uint8Array(SIZE);
  for (const x of scans) {
    const h = ((x % SIZE) + SIZE) % SIZE;
    if (seen[h]) return x;
    seen[h] = 1;
  }
  return null;
}
