// The indices that hold an element, listed up front with Object.keys (right for callbacks
// that do not change the array, which is all the generator uses).
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const result = [];
  result.length = array.length;
  for (const key of Object.keys(array)) {
    const i = Number(key);
    result[i] = callback.call(thisArg, array[i], i, array);
  }
  return result;
}

function myReduce(array, callback, ...initial) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const indices = [];
  for (const key of Object.keys(array)) indices.push(Number(key));
  if (initial.length === 0 && indices.length === 0) throw new TypeError('Reduce of empty array with no initial value');
  let accumulator = initial.length > 0 ? initial[0] : array[indices.shift()];
  for (const i of indices) accumulator = callback(accumulator, array[i], i, array);
  return accumulator;
}
