import type { CodeError, Language } from '@dryrun/shared';
import { originalPositionFor, type SourceMapInput, TraceMap } from '@jridgewell/trace-mapping';
import {
  type DoWhileStatement,
  type ForInStatement,
  type ForOfStatement,
  type ForStatement,
  type Function as FunctionNode,
  type Identifier,
  type Node,
  Parser,
  type PrivateIdentifier,
  type Program,
  type SpreadElement,
  type Statement,
  type WhileStatement,
} from 'acorn';
import { type SimpleVisitors, simple } from 'acorn-walk';
import MagicString from 'magic-string';
import { type Message, transformSync } from 'esbuild';

/**
 * Names the instrumented program uses; the candidate's own code may not (see `RESERVED`).
 * They are global lexical bindings made by `COST_MODEL_SOURCE` before the program runs.
 */
export const STEP_COUNTER = '__dryrun$steps';
export const STEP_STOP = '__dryrun$stop';
export const SPREAD_COST = '__dryrun$spread';
export const SPREAD_PROPS_COST = '__dryrun$spreadProps';
const RESERVED = '__dryrun$';

/** A candidate's program, ready to run: JavaScript with step counting, and a way back to their source. */
export interface PreparedProgram {
  code: string;
  /** Maps a 1-based line and column of `code` to the candidate's own source. */
  locate(line: number, column: number): { line: number; column: number | null };
  /** Set once QuickJS has parsed `code` without error (it parses the same way every time). */
  parsed?: boolean;
}

export type Preparation = { program: PreparedProgram; error?: undefined } | { program?: undefined; error: CodeError };

/**
 * Turns a candidate's JavaScript or TypeScript into the program the sandbox runs:
 * TypeScript is compiled to JavaScript (esbuild, as tsc would), then every function entry and every loop
 * iteration is made to count one step against a budget, and spreads are made to count
 * the elements they copy. Built-ins count their own work in the sandbox (see
 * `costModel.ts`). Errors come back located in the candidate's source, through the
 * source maps of both steps.
 *
 * Code made at run time with `eval` or `Function` is not instrumented; its loops are not
 * counted (the wall-clock deadline still stops it).
 */
export function prepareProgram(source: string, language: Language, stepBudget: number): Preparation {
  let javascript = source;
  let typesMap: TraceMap | null = null;
  if (language === 'typescript') {
    try {
      // As tsc compiles it: namespaces, enums, parameter properties and `accessor` fields
      // become JavaScript; ES2022 is what QuickJS runs natively.
      const out = transformSync(source, {
        loader: 'ts',
        target: 'es2022',
        sourcefile: 'main.ts',
        sourcemap: 'external',
        logLevel: 'silent',
      });
      javascript = out.code;
      if (out.map) typesMap = new TraceMap(out.map as SourceMapInput);
    } catch (error) {
      return { error: typeScriptError(error) };
    }
  }
  const toSource = (line: number, column: number) => {
    if (!typesMap) return { line, column: column as number | null };
    const found = originalPositionFor(typesMap, { line, column: column - 1 });
    return found.line === null ? { line, column: null } : { line: found.line, column: found.column + 1 };
  };

  let ast: Program;
  try {
    ast = Parser.parse(javascript, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      locations: true,
      allowHashBang: true,
    });
  } catch (error) {
    const { message, loc } = error as { message?: string; loc?: { line: number; column: number } };
    const at = loc ? toSource(loc.line, loc.column + 1) : null;
    return {
      error: {
        name: 'SyntaxError',
        message: (message ?? 'could not parse').replace(/\s*\(\d+:\d+\)$/, ''),
        line: at?.line ?? null,
        column: at?.column ?? null,
      },
    };
  }

  const reserved = findReserved(ast);
  if (reserved) {
    const at = toSource(reserved.line, reserved.column + 1);
    return {
      error: {
        name: 'SyntaxError',
        message: `Names starting with ${RESERVED} are reserved by DryRun`,
        line: at.line,
        column: at.column,
      },
    };
  }

  const code = new MagicString(javascript);
  instrument(ast, code, stepBudget);
  const output = code.toString();
  let stepsMap: TraceMap | null = null;
  return {
    program: {
      code: output,
      locate(line, column) {
        stepsMap ??= new TraceMap(code.generateDecodedMap({ hires: true }) as SourceMapInput);
        const found = originalPositionFor(stepsMap, { line, column: Math.max(0, column - 1) });
        if (found.line === null) return { line: toSource(line, 1).line, column: null };
        return toSource(found.line, found.column + 1);
      },
    },
  };
}

function instrument(ast: Program, code: MagicString, budget: number): void {
  const step = `if (++${STEP_COUNTER} > ${budget}) ${STEP_STOP}();`;
  const stepExpression = `++${STEP_COUNTER} > ${budget} && ${STEP_STOP}()`;

  /** A statement that is not a block becomes `{ step; statement }`; a block gets the step first. */
  const countBody = (body: Statement) => {
    if (body.type === 'BlockStatement') {
      code.prependRight(body.start + 1, ` ${step} `);
    } else {
      code.prependRight(body.start, `{ ${step} `);
      code.appendLeft(body.end, ' }');
    }
  };

  const countFunction = (fn: FunctionNode) => {
    const { body } = fn;
    if (body.type !== 'BlockStatement') {
      // `x => expr` becomes `x => (step, (expr))`: the parentheses keep `({...})` and sequences whole.
      code.prependRight(body.start, `(${stepExpression}, (`);
      code.appendLeft(body.end, '))');
      return;
    }
    // After the directive prologue, so `'use strict'` stays a directive.
    let at = body.start + 1;
    for (const statement of body.body) {
      if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
      at = statement.end;
    }
    code.prependRight(at, ` ${step} `);
  };

  const countSpreads = (items: ReadonlyArray<Node | null>, cost: string) => {
    for (const item of items) {
      if (item?.type !== 'SpreadElement') continue;
      const { argument } = item as SpreadElement;
      code.prependRight(argument.start, `${cost}((`);
      code.appendLeft(argument.end, '))');
    }
  };

  const loop = (node: ForStatement | ForInStatement | ForOfStatement | WhileStatement | DoWhileStatement) =>
    countBody(node.body);
  simple(ast, {
    Function: countFunction,
    ForStatement: loop,
    ForInStatement: loop,
    ForOfStatement: loop,
    WhileStatement: loop,
    DoWhileStatement: loop,
    ArrayExpression: (node) => countSpreads(node.elements, SPREAD_COST),
    CallExpression: (node) => countSpreads(node.arguments, SPREAD_COST),
    NewExpression: (node) => countSpreads(node.arguments, SPREAD_COST),
    ObjectExpression: (node) => countSpreads(node.properties, SPREAD_PROPS_COST),
  });
}

/** The first identifier (or private name) the program may not use, with its 0-based column. */
function findReserved(ast: Program): { line: number; column: number } | null {
  let found: { line: number; column: number } | null = null;
  const check = (node: Identifier | PrivateIdentifier) => {
    if (!found && node.loc && node.name.startsWith(RESERVED)) {
      found = { line: node.loc.start.line, column: node.loc.start.column };
    }
  };
  // Binding names (`let x`, parameters) are visited as patterns, not as identifiers.
  const visitors: SimpleVisitors<unknown> & { VariablePattern?: (node: Identifier) => void } = {
    Identifier: check,
    PrivateIdentifier: check,
    VariablePattern: check,
  };
  simple(ast, visitors);
  return found;
}

function typeScriptError(error: unknown): CodeError {
  const first: Message | undefined = (error as { errors?: Message[] }).errors?.[0];
  return {
    name: 'SyntaxError',
    message: first?.text ?? 'could not compile',
    line: first?.location?.line ?? null,
    // esbuild counts columns from 0.
    column: first?.location ? first.location.column + 1 : null,
  };
}
