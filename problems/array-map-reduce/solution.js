// One pass over the indices 0..length-1 (length read once, as the built-ins do). `i in array`
// skips holes, and is asked when the loop reaches i, so elements deleted or filled in by the
// callback are seen as they are then.
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError(`${String(callback)} is not a function`);
  const length = array.length;
  const result = new Array(length);
  for (let i = 0; i < length; i++) {
    if (i in array) result[i] = callback.call(thisArg, array[i], i, array);
  }
  return result;
}

// Without an initial value (counted with a rest parameter, since undefined is a valid one),
// the first element present is the accumulator and the loop starts after it.
function myReduce(array, callback, ...initial) {
  if (typeof callback !== 'function') throw new TypeError(`${String(callback)} is not a function`);
  const length = array.length;
  let i = 0;
  let accumulator = initial[0];
  if (initial.length === 0) {
    while (i < length && !(i in array)) i++;
    if (i === length) throw new TypeError('Reduce of empty array with no initial value');
    accumulator = array[i];
    i++;
  }
  for (; i < length; i++) {
    if (i in array) accumulator = callback(accumulator, array[i], i, array);
  }
  return accumulator;
}
