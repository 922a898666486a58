// Right, but walks a key's changes back from the newest until one is early enough:
// O(n) per get when the time asked is early.
class SettingsHistory {
  constructor() {
    this.byKey = new Map();
  }

  set(key, value, timestamp) {
    if (!this.byKey.has(key)) this.byKey.set(key, []);
    this.byKey.get(key).push([timestamp, value]);
  }

  get(key, timestamp) {
    const changes = this.byKey.get(key) ?? [];
    for (let i = changes.length - 1; i >= 0; i--) if (changes[i][0] <= timestamp) return changes[i][1];
    return null;
  }
}
