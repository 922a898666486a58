/**
 * Complexity classes: the ones the judge measures, the claims candidates make, and the
 * measured check the server reports. Claims are written like `O(n log n)`, or typed freely
 * (`O(n + m)`, `O(V·E)`), and are normalised so that `O(nlogn)` and `O(n log n)` are one claim.
 */
import type { Verdict } from './verdicts.ts';

/** The classes the measured check can tell apart, from fastest to slowest. */
export const COMPLEXITY_CLASSES = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n²)', 'O(n³)', 'O(2ⁿ)'] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

/** Mean steps measured at one input size. */
export interface DataPoint {
  n: number;
  steps: number;
}

/** What the measured complexity check found. */
export interface ComplexityReport {
  /** `measured` when every run was right; otherwise how the first failing run ended, not fitted. */
  status: 'measured' | Exclude<Verdict, 'accepted'>;
  /** The measured time class, e.g. `O(n log n)`; null when not measured. */
  time: ComplexityClass | null;
  /** Mean steps per size, in size order (per call, for a class problem). */
  points: DataPoint[];
  /** Why it was not measured: the size and what happened. */
  failure: { n: number; message: string } | null;
}

/** Longest complexity a person may type, in characters. */
export const MAX_COMPLEXITY_LENGTH = 40;

export type ParsedComplexity =
  | {
      ok: true;
      /** The claim written the canonical way, e.g. `O(n log n)`, `O(n + m)`. */
      text: string;
      /** The class it names, when it is one the check measures. */
      class: ComplexityClass | null;
    }
  | { ok: false; message: string };

const FUNCTIONS: Record<string, string> = { log: 'log', lg: 'log', ln: 'log', sqrt: '√' };
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  n: 'ⁿ',
  m: 'ᵐ',
  k: 'ᵏ',
};
const FROM_SUPERSCRIPT = Object.fromEntries(Object.entries(SUPERSCRIPT).map(([plain, sup]) => [sup, plain]));
const OPERATORS: Record<string, string> = {
  '+': ' + ',
  '-': ' − ',
  '−': ' − ',
  '*': '·',
  '·': '·',
  '×': '·',
  '/': '/',
};

/** Canonical inner text → class. */
const CLASS_OF = new Map<string, ComplexityClass>(
  COMPLEXITY_CLASSES.map((c) => [c.slice(2, -1), c]).concat([
    ['n·n', 'O(n²)'],
    ['n·log n', 'O(n log n)'],
    ['n·n·n', 'O(n³)'],
  ]) as Array<[string, ComplexityClass]>,
);

/**
 * Reads a complexity as a person types it. Accepts `O(...)` (or just the inside) built from
 * one- or two-letter variables (`n`, `m`, `k`, `V`, `E`, `nm`), numbers, `log`/`lg`/`ln`,
 * `sqrt`/`√`, `+ - * / ^ ! ( )` and superscripts; `banana` or `O(fast)` is refused with the
 * reason.
 */
export function parseComplexity(input: string): ParsedComplexity {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'Write a complexity, e.g. O(n log n).' };
  if (trimmed.length > MAX_COMPLEXITY_LENGTH)
    return { ok: false, message: `A complexity is at most ${MAX_COMPLEXITY_LENGTH} characters.` };
  const wrapped = /^[oO]\s*\((.*)\)$/s.exec(trimmed);
  const inner = (wrapped ? wrapped[1] : trimmed)?.trim() ?? '';
  if (inner === '') return { ok: false, message: 'O() needs something inside, e.g. O(n).' };

  const out: string[] = [];
  let depth = 0;
  /** Whether the last token was a term (so a following term multiplies it). */
  let afterTerm = false;
  const term = (text: string) => {
    if (afterTerm) out.push(' ');
    out.push(text);
    afterTerm = true;
  };
  for (let i = 0; i < inner.length; ) {
    const rest = inner.slice(i);
    const ch = inner[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const letters = /^[a-zA-Z]+/.exec(rest)?.[0];
    if (letters) {
      const words = splitLetters(letters);
      if (!words) return { ok: false, message: `"${letters}" is not a complexity term; use n, m, k, log n, …` };
      for (const word of words) {
        if (word in FUNCTIONS) {
          if (afterTerm) out.push(' ');
          out.push(FUNCTIONS[word] as string);
          // `log n`: the function is followed by a space before its argument.
          if (FUNCTIONS[word] === 'log') out.push(' ');
          afterTerm = false;
        } else term(word);
      }
      i += letters.length;
      continue;
    }
    const number = /^\d+(\.\d+)?/.exec(rest)?.[0];
    if (number) {
      term(number);
      i += number.length;
      continue;
    }
    if (ch === '^') {
      const power = /^\^\s*([0-9]+|[a-zA-Z])/.exec(rest);
      if (!power || !afterTerm) return { ok: false, message: 'Write a power like n^2 or 2^n.' };
      const exponent = power[1] as string;
      const sup = [...exponent].map((c) => SUPERSCRIPT[c]);
      out.push(sup.every(Boolean) ? sup.join('') : `^${exponent}`);
      i += power[0].length;
      continue;
    }
    if (ch in FROM_SUPERSCRIPT) {
      if (!afterTerm) return { ok: false, message: 'A power needs something to raise, e.g. n².' };
      out.push(ch);
      i++;
      continue;
    }
    if (ch in OPERATORS) {
      if (!afterTerm) return { ok: false, message: `"${ch}" needs something before it.` };
      out.push(OPERATORS[ch] as string);
      afterTerm = false;
      i++;
      continue;
    }
    if (ch === '√') {
      if (afterTerm) out.push(' ');
      out.push('√');
      afterTerm = false;
      i++;
      continue;
    }
    if (ch === '(') {
      // `log(n)` reads `log (n)`… written `log(n)`.
      if (out.at(-1) === ' ' && out.at(-2) === 'log') out.pop();
      else if (afterTerm) out.push(' ');
      out.push('(');
      depth++;
      afterTerm = false;
      i++;
      continue;
    }
    if (ch === ')') {
      if (depth === 0 || !afterTerm) return { ok: false, message: 'The parentheses do not match.' };
      out.push(')');
      depth--;
      i++;
      continue;
    }
    if (ch === '!') {
      if (!afterTerm) return { ok: false, message: '"!" needs something before it, e.g. n!.' };
      out.push('!');
      i++;
      continue;
    }
    return { ok: false, message: `"${ch}" has no place in a complexity.` };
  }
  if (depth !== 0) return { ok: false, message: 'The parentheses do not match.' };
  if (!afterTerm) return { ok: false, message: 'The complexity ends too soon.' };
  const canonical = out
    .join('')
    .replace(/\s+/g, ' ')
    // `log(n)` is `log n`, `√(n)` is `√n`.
    .replace(/(log ?|√)\((\w+)\)/g, (_, fn: string, arg: string) => `${fn.trim() === 'log' ? 'log ' : fn}${arg}`)
    .trim();
  return { ok: true, text: `O(${canonical})`, class: CLASS_OF.get(canonical) ?? null };
}

/**
 * Splits a run of letters into function names and variables of at most two letters:
 * `nlogn` → `n log n`, `nm` → `nm`, `banana` → null.
 */
function splitLetters(letters: string): string[] | null {
  const words: string[] = [];
  let plain = '';
  const flush = () => {
    if (plain.length > 2) return false;
    if (plain) words.push(plain);
    plain = '';
    return true;
  };
  for (let i = 0; i < letters.length; ) {
    const fn = Object.keys(FUNCTIONS).find((f) => letters.startsWith(f, i));
    if (fn) {
      if (!flush()) return null;
      words.push(fn);
      i += fn.length;
    } else {
      plain += letters[i];
      i++;
    }
  }
  return flush() ? words : null;
}

/**
 * Whether a claim agrees with a measured class: true or false when the claim names one of
 * the measured classes, null when it cannot be compared (e.g. `O(n + m)`).
 */
export function claimAgrees(claim: string, measured: ComplexityClass): boolean | null {
  const parsed = parseComplexity(claim);
  if (!parsed.ok || parsed.class === null) return null;
  return parsed.class === measured;
}
