// Stores each value under "key@time" and looks up the exact time asked: a time between
// two changes finds nothing.
class SettingsHistory {
  constructor() {
    this.values = new Map();
  }

  set(key, value, timestamp) {
    this.values.set(`${key}@${timestamp}`, value);
  }

  get(key, timestamp) {
    const value = this.values.get(`${key}@${timestamp}`);
    return value === undefined ? null : value;
  }
}
