import { describe, expect, it } from 'vitest';
import { cleanLine } from './text.ts';

describe('cleanLine', () => {
  it('keeps ordinary names in any script', () => {
    for (const name of ['Ada Lovelace', 'José Núñez', '李小龍', 'Zoë 🙂', 'عائشة', 'O’Brien-Smith']) {
      expect(cleanLine(name)).toBe(name);
    }
  });

  it('removes control, bidi, invisible and separator characters, and folds white space', () => {
    expect(cleanLine('Ivy\u202Egnp.exe')).toBe('Ivygnp.exe');
    expect(cleanLine('\u2066Eve\u2069 \u200B(interviewer)\u200F')).toBe('Eve (interviewer)');
    expect(cleanLine('Bob\u0000\u0007\u001b[31m')).toBe('Bob[31m');
    expect(cleanLine('  Ann\n\t\u2028Lee  ')).toBe('Ann Lee');
    expect(cleanLine('\uFEFF\u00AD\uE000\uD800')).toBe('');
  });
});
