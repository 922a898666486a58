/**
 * @param {[number, number][]} closures sorted, separate closed stretches [from, to]
 * @param {[number, number]} closure the new closed stretch
 * @return {[number, number][]} the closed stretches after adding it, sorted and merged
 */
function addClosure(closures, closure) {
  // Your code here
}
