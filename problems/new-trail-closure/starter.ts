/** The sorted closed stretches after adding `closure`; stretches that overlap or touch merge. */
function addClosure(closures: [number, number][], closure: [number, number]): [number, number][] {
  // Your code here
}
