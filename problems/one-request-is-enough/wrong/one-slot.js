// Remembers only the latest request: calls for two keys that take turns each start a new fetch.
function shareRequests(fetchProfile) {
  let lastKey = null;
  let lastPromise = null;
  return (key) => {
    if (key === lastKey) return lastPromise;
    const promise = fetchProfile(key);
    lastKey = key;
    lastPromise = promise;
    const forget = () => {
      if (lastPromise === promise) {
        lastKey = null;
        lastPromise = null;
      }
    };
    promise.then(forget, forget);
    return promise;
  };
}
