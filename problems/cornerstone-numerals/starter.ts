/** The year (1 to 3999) in Roman numerals, with the six subtractive pairs. */
function toRoman(year: number): string {
  // Your code here
}
