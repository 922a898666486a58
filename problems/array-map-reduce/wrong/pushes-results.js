// Builds map's result with push: holes are skipped but not kept, so later results move to
// the wrong indices and the result is too short.
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  const result = [];
  const length = array.length;
  for (let i = 0; i < length; i++) if (i in array) result.push(callback.call(thisArg, array[i], i, array));
  return result;
}

function myReduce(array, callback, ...rest) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  const length = array.length;
  let i = 0;
  let accumulator = rest[0];
  if (rest.length === 0) {
    while (i < length && !(i in array)) i++;
    if (i === length) throw new TypeError('Reduce of empty array with no initial value');
    accumulator = array[i++];
  }
  for (; i < length; i++) if (i in array) accumulator = callback(accumulator, array[i], i, array);
  return accumulator;
}
