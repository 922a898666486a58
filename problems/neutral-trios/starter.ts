/** Every distinct [a, b, c] (ascending) of charges at three different positions with a + b + c = 0. */
function neutralTrios(charges: number[]): number[][] {
  // Your code here
}
