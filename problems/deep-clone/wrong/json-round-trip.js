// JSON.parse(JSON.stringify(value)): Maps and Sets become {}, Dates become strings,
// undefined and NaN are lost, prototypes are dropped, and a cycle throws.
function deepClone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
