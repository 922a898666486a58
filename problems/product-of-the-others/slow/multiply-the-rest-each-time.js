// Right, but multiplies all the other gains again for every stage: O(n²).
function productOfOthers(gains) {
  return gains.map((_, i) => {
    let product = 1;
    for (let j = 0; j < gains.length; j++) if (j !== i) product *= gains[j];
    return product;
  });
}
