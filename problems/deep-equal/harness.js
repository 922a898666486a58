/**
 * The tests' driver: builds the two values, adds the links that make cycles or shared
 * references (JSON cannot write them), and returns deepEqual(a, b).
 *
 * A link [side, path, target] makes the property at `path` of value `side` ('a' or 'b')
 * point to the object at `target` in the same value. Paths are lists of keys (array
 * indices, object keys, or Map keys): ['a', ['next', 'next'], []] sets a.next.next = a.
 */
function runDeepEqual(a, b, links) {
  const roots = { a, b };
  const at = (root, path) => {
    let current = root;
    for (const key of path) current = current instanceof Map ? current.get(key) : current[key];
    return current;
  };
  for (const [side, path, target] of links) {
    const root = roots[side];
    const parent = at(root, path.slice(0, -1));
    const key = path[path.length - 1];
    const value = at(root, target);
    if (parent instanceof Map) parent.set(key, value);
    else parent[key] = value;
  }
  return deepEqual(a, b);
}
