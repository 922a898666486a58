/** Parsing an author's JSON file, with the line and column of a syntax error. */

export type JsonParse = { value: unknown } | { error: string };

export function parseJson(text: string): JsonParse {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error))
      // V8 quotes the whole text in some messages; the location says more.
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '');
    const { line, column } = lineAndColumn(text, syntaxErrorOffset(text));
    return { error: `invalid JSON at line ${line}, column ${column}: ${reason}` };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Where JSON text first goes wrong (its length if it ends too soon). Node 20's `JSON.parse`
 * does not always say, so this small scanner walks the grammar and stops at the first
 * character that does not fit.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (char: string) => {
    space();
    if (text.charAt(i) !== char) fail();
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length) {
      const char = text.charAt(i);
      if (char === '"') {
        i++;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        if (text.charAt(i) === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) fail();
      }
      i++;
    }
    fail();
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text.charAt(i) === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text.charAt(i) === close) {
        i++;
        return;
      }
      expect(',');
    }
  };
  const value = (): void => {
    space();
    const char = text.charAt(i);
    if (char === '{') {
      list('}', () => {
        string();
        expect(':');
        value();
      });
    } else if (char === '[') {
      list(']', value);
    } else if (char === '"') {
      string();
    } else {
      LITERAL.lastIndex = i;
      if (!LITERAL.test(text)) fail();
      i = LITERAL.lastIndex;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    throw error;
  }
}

class JsonSyntaxAt {
  constructor(readonly offset: number) {}
}
