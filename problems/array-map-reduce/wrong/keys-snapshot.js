// Bug: takes the list of present indices (Object.keys) before the loop, so elements deleted by the callback are still visited and holes it fills are not.
function myMap(array, callback, thisArg) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const len = array.length;
  const result = new Array(len);
  const keys = [];
  for (const k of Object.keys(array)) if (Number(k) < len) keys.push(Number(k));
  for (const i of keys) result[i] = callback.call(thisArg, array[i], i, array);
  return result;
}

function myReduce(array, callback, ...rest) {
  if (typeof callback !== 'function') throw new TypeError('callback is not a function');
  const len = array.length;
  const keys = [];
  for (const k in array) if (Number(k) < len) keys.push(Number(k));
  let start = 0;
  let acc;
  if (rest.length > 0) acc = rest[0];
  else {
    if (keys.length === 0) throw new TypeError('Reduce of empty array with no initial value');
    acc = array[keys[0]];
    start = 1;
  }
  for (let k = start; k < keys.length; k++) {
    const i = keys[k];
    acc = callback(acc, array[i], i, array);
  }
  return acc;
}
