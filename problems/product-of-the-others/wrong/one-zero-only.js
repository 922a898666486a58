// Bug: handles a single zero but not two: the zero's own slot gets the product of the non-zero gains.
function productOfOthers(gains) {
  let product = 1;
  let zeroAt = -1;
  for (let i = 0; i < gains.length; i++) {
    if (gains[i] === 0) zeroAt = i;
    else product *= gains[i];
  }
  return gains.map((g, i) => {
    if (zeroAt === -1) return product / g;
    return i === zeroAt || g === 0 ? product : 0;
  });
}
