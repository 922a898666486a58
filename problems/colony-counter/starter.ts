/** base^minutes mod modulus; minutes is a decimal string up to 10^18. */
function colonyCount(base: number, minutes: string, modulus: number): number {
  // Your code here
}
