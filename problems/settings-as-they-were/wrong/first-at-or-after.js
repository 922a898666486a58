// The binary search finds the first change at or after the time asked (or the last one):
// a time between two changes gets the later value, and a time before the first change
// gets the first value.
class SettingsHistory {
  constructor() {
    this.byKey = new Map();
  }

  set(key, value, timestamp) {
    if (!this.byKey.has(key)) this.byKey.set(key, []);
    this.byKey.get(key).push([timestamp, value]);
  }

  get(key, timestamp) {
    const changes = this.byKey.get(key);
    if (!changes) return null;
    let lo = 0;
    let hi = changes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (changes[mid][0] < timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo < changes.length ? changes[lo][1] : changes[changes.length - 1][1];
  }
}
