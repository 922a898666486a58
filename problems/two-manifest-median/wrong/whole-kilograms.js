// Merges up to the middle, but rounds the average of the two middle weights down to a
// whole number.
function middleWeight(first, second) {
  const total = first.length + second.length;
  let i = 0;
  let j = 0;
  let previous = 0;
  let current = 0;
  for (let taken = 0; taken <= Math.floor(total / 2); taken++) {
    previous = current;
    current = j >= second.length || (i < first.length && first[i] <= second[j]) ? first[i++] : second[j++];
  }
  return total % 2 === 1 ? current : Math.floor((previous + current) / 2);
}
