/** Every different multiset of scoop sizes (each listed in non-decreasing order) that adds up to target. */
function scoopCombinations(scoops: number[], target: number): number[][] {
  // Your code here
}
