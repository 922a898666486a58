/** The label of aisle `aisle` (from 1): "A" … "Z", "AA", "AB", … "ZZ", "AAA", … */
function aisleLabel(aisle: number): string {
  // Your code here
}
