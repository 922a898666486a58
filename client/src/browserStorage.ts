/**
 * `localStorage` that never throws: private windows and locked-down browsers refuse it, a
 * full one refuses more, and what cannot be remembered is not worth an error.
 */
export const browserStorage = {
  getItem(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  setItem(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {}
  },
  removeItem(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {}
  },
  /** A JSON value stored under `key`, or null (none, unreadable, or storage refused). */
  getJson<T>(key: string): T | null {
    const raw = this.getItem(key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return null;
    }
  },
  /** Stores a value as JSON; a full or disabled storage keeps nothing, silently. */
  setJson(key: string, value: unknown): void {
    this.setItem(key, JSON.stringify(value));
  },
};
