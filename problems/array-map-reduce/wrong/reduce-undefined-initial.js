// Bug: decides "no initial value" by initialValue === undefined, so an explicitly passed undefined is ignored.
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const len = array.length;
  const result = new Array(len);
  for (let i = 0; i < len; i++) {
    if (i in array) result[i] = callback.call(thisArg, array[i], i, array);
  }
  return result;
}

function myReduce(array, callback, initialValue) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const len = array.length;
  let i = 0;
  let acc = initialValue;
  if (initialValue === undefined) {
    while (i < len && !(i in array)) i++;
    if (i >= len) throw new TypeError('Reduce of empty array with no initial value');
    acc = array[i];
    i++;
  }
  for (; i < len; i++) {
    if (i in array) acc = callback(acc, array[i], i, array);
  }
  return acc;
}
