// Bug: hands the work to the built-in Promise.all, which the problem forbids; the judge
// switches it off, so every call throws.
function promiseAll(items) {
  return Promise.all(items);
}
