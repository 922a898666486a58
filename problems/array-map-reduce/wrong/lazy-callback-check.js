// Bug: only notices a non-function callback when it is about to call it, so an empty array (or one with an initial value and nothing to visit) returns instead of throwing TypeError.
function myMap(array, callback, thisArg) {
  const len = array.length;
  const result = new Array(len);
  for (let i = 0; i < len; i++) {
    if (i in array) {
      if (typeof callback !== 'function') throw new TypeError('callback is not a function');
      result[i] = callback.call(thisArg, array[i], i, array);
    }
  }
  return result;
}

function myReduce(array, callback, ...rest) {
  const len = array.length;
  let i = 0;
  let acc;
  if (rest.length > 0) acc = rest[0];
  else {
    while (i < len && !(i in array)) i++;
    if (i >= len) throw new TypeError('Reduce of empty array with no initial value');
    acc = array[i++];
  }
  for (; i < len; i++) {
    if (i in array) {
      if (typeof callback !== 'function') throw new TypeError('callback is not a function');
      acc = callback(acc, array[i], i, array);
    }
  }
  return acc;
}
