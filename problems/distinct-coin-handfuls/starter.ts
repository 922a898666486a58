/** Every distinct handful (sub-multiset) of coins, each once, in any order. */
function handfuls(coins: number[]): number[][] {
  // Your code here
}
