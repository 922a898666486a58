// Decides whether an initial value was given by comparing it with undefined: an explicit
// undefined is treated as "no initial value".
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  const result = new Array(array.length);
  const length = array.length;
  for (let i = 0; i < length; i++) if (i in array) result[i] = callback.call(thisArg, array[i], i, array);
  return result;
}

function myReduce(array, callback, initialValue) {
  if (typeof callback !== 'function') throw new TypeError(`${callback} is not a function`);
  const length = array.length;
  let i = 0;
  let accumulator = initialValue;
  if (initialValue === undefined) {
    while (i < length && !(i in array)) i++;
    if (i === length) throw new TypeError('Reduce of empty array with no initial value');
    accumulator = array[i++];
  }
  for (; i < length; i++) if (i in array) accumulator = callback(accumulator, array[i], i, array);
  return accumulator;
}
