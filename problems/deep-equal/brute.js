// For values without cycles: write each as a canonical string (object keys sorted, Map
// entries and Set members sorted by their own canonical strings, -0 and NaN spelled out)
// and compare the strings.
function deepEqual(a, b) {
  const canonical = (value) => {
    switch (typeof value) {
      case 'number':
        return Object.is(value, -0) ? 'n:-0' : `n:${value}`;
      case 'string':
        return `s:${JSON.stringify(value)}`;
      case 'bigint':
        return `i:${value}`;
      case 'boolean':
        return `b:${value}`;
      case 'undefined':
        return 'u';
    }
    if (value === null) return 'z';
    if (Array.isArray(value)) return `a[${value.map(canonical).join(',')}]`;
    if (value instanceof Map) {
      const entries = [...value].map(([k, v]) => `${canonical(k)}=>${canonical(v)}`);
      return `m{${entries.sort().join(',')}}`;
    }
    if (value instanceof Set) return `t{${[...value].map(canonical).sort().join(',')}}`;
    const keys = Object.keys(value).sort();
    return `o{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  };
  return canonical(a) === canonical(b);
}
