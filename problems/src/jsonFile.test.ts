import { describe, expect, it } from 'vitest';
import { parseJson, syntaxErrorOffset } from './jsonFile.ts';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, "x", null]}')).toEqual({ value: { a: [1, 'x', null] } });
  });

  it('locates a syntax error by line and column', () => {
    const result = parseJson('{\n  "a": 1,\n  "b": }\n');
    expect(result).toEqual({ error: expect.stringMatching(/^invalid JSON at line 3, column 8: /) });
  });

  it('finds the first offending character', () => {
    expect(syntaxErrorOffset('[1, 2,]')).toBe(6);
    expect(syntaxErrorOffset('{"a" 1}')).toBe(5);
    expect(syntaxErrorOffset('{"a": "\\q"}')).toBe(8);
    expect(syntaxErrorOffset('[1, 2')).toBe(5);
    expect(syntaxErrorOffset('{} x')).toBe(3);
    expect(syntaxErrorOffset('{"a": [true, {"b": -1.5e3}]}')).toBe(28);
  });
});
