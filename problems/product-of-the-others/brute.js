// Multiply all the other gains for each stage: O(n²).
function productOfOthers(gains) {
  return gains.map((_, i) => {
    let product = 1;
    for (let j = 0; j < gains.length; j++) if (j !== i) product *= gains[j];
    return product;
  });
}
