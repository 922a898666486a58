// Bug: compares lengths, code sums and sums of squared codes; two checksums still collide ("bfg" vs "cdh").
function usesSameTiles(tiles, word) {
  if (tiles.length !== word.length) return false;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < tiles.length; i++) {
    const a = tiles.charCodeAt(i);
    const b = word.charCodeAt(i);
    s1 += a - b;
    s2 += a * a - b * b;
  }
  return s1 === 0 && s2 === 0;
}
