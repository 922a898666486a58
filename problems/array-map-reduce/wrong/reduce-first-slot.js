// Bug: without an initial value, takes array[0] as the accumulator even when index 0 is a hole, and only throws for length 0.
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const len = array.length;
  const result = new Array(len);
  for (let i = 0; i < len; i++) {
    if (i in array) result[i] = callback.call(thisArg, array[i], i, array);
  }
  return result;
}

function myReduce(array, callback, ...rest) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const len = array.length;
  let i = 0;
  let acc;
  if (rest.length > 0) acc = rest[0];
  else {
    if (len === 0) throw new TypeError('Reduce of empty array with no initial value');
    acc = array[0];
    i = 1;
  }
  for (; i < len; i++) {
    if (i in array) acc = callback(acc, array[i], i, array);
  }
  return acc;
}
