/** Every package once, each after the ones it needs; [] if no order exists. */
function buildOrder(n: number, needs: [number, number][]): number[] {
  // Your code here
}
