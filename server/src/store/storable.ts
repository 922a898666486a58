/**
 * PostgreSQL's text cannot hold a NUL character, and jsonb no `\u0000` either; code or a
 * program's output may have one. Stored in those, it reads U+FFFD (what it shows as).
 */
export function storableText(text: string): string;
export function storableText(text: string | null): string | null;
export function storableText(text: string | null): string | null {
  return text === null ? null : text.replaceAll('\u0000', '\uFFFD');
}

/** A value as JSON for a jsonb or text column, NUL characters made storable. */
export function storableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? storableText(v) : v));
}
