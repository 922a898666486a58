// Keeps the requests in a plain object and tests `key in pending`: a key such as "constructor" is found on Object.prototype, so it is never fetched.
function shareRequests(fetchProfile) {
  const pending = {};
  return (key) => {
    if (key in pending) return pending[key];
    const promise = fetchProfile(key);
    pending[key] = promise;
    const forget = () => {
      delete pending[key];
    };
    promise.then(forget, forget);
    return promise;
  };
}
