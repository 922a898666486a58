// Loops over every index without asking whether the array has an element there: holes are
// passed to the callback as undefined, and count as reduce's first element.
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  const result = new Array(array.length);
  for (let i = 0; i < array.length; i++) result[i] = callback.call(thisArg, array[i], i, array);
  return result;
}

function myReduce(array, callback, ...initial) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  if (initial.length === 0 && array.length === 0) throw new TypeError('Reduce of empty array with no initial value');
  let i = 0;
  let accumulator = initial[0];
  if (initial.length === 0) accumulator = array[i++];
  for (; i < array.length; i++) accumulator = callback(accumulator, array[i], i, array);
  return accumulator;
}
