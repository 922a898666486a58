// Bug: treats an element holding undefined as a hole (checks array[i] !== undefined instead of i in array).
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const len = array.length;
  const result = new Array(len);
  for (let i = 0; i < len; i++) {
    if (array[i] !== undefined) result[i] = callback.call(thisArg, array[i], i, array);
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
    while (i < len && array[i] === undefined) i++;
    if (i >= len) throw new TypeError('Reduce of empty array with no initial value');
    acc = array[i++];
  }
  for (; i < len; i++) {
    if (array[i] !== undefined) acc = callback(acc, array[i], i, array);
  }
  return acc;
}
