// Memoises forever: after the first answer, every later call gets the old result instead of a fresh request.
function shareRequests(fetchProfile) {
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fetchProfile(key));
    return cache.get(key);
  };
}
