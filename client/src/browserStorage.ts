/**
 * `localStorage` that never throws: private windows and locked-down browsers refuse it, and
 * a preference that cannot be remembered is not worth an error.
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
};
