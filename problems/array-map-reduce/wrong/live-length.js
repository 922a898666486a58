// Reads array.length on every iteration instead of once: elements the callback appends are
// visited too (and a callback that always appends never lets the loop end).
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  const result = new Array(array.length);
  for (let i = 0; i < array.length; i++) if (i in array) result[i] = callback.call(thisArg, array[i], i, array);
  return result;
}

function myReduce(array, callback, ...rest) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  let i = 0;
  let accumulator = rest[0];
  if (rest.length === 0) {
    while (i < array.length && !(i in array)) i++;
    if (i === array.length) throw new TypeError('Reduce of empty array with no initial value');
    accumulator = array[i++];
  }
  for (; i < array.length; i++) if (i in array) accumulator = callback(accumulator, array[i], i, array);
  return accumulator;
}
