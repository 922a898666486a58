// Level by level: copy the array without its holes, then expand one level of arrays at a
// time, depth times or until no array is left.
function flatten(array, depth = 1) {
  const present = (items) => {
    const kept = [];
    for (let i = 0; i < items.length; i++) if (i in items) kept.push(items[i]);
    return kept;
  };
  let current = present(array);
  for (let level = 0; level < depth; level++) {
    if (!current.some((item) => Array.isArray(item))) break;
    const next = [];
    for (const item of current) {
      if (Array.isArray(item)) next.push(...present(item));
      else next.push(item);
    }
    current = next;
  }
  return current;
}
