// Right, but inserts each square at its place with findIndex and splice: O(n²).
function squaredErrors(errors) {
  const squares = [];
  for (const error of errors) {
    const square = error * error;
    const at = squares.findIndex((existing) => existing > square);
    if (at === -1) squares.push(square);
    else squares.splice(at, 0, square);
  }
  return squares;
}
