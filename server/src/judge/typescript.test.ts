import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { runProgram } from './sandbox.ts';

const limits = { ...DEFAULT_LIMITS, timeoutMs: 60_000 };
const host = new QuickJSHost(limits);
afterAll(() => host.recycle());

const runTypeScript = (source: string) => runProgram(host, source, { limits, language: 'typescript' });

/**
 * TypeScript a candidate writes, and what `tsc` (target ES2022) makes of it when run: the
 * transpiler was chosen by this table (sucrase dropped namespaces silently and refused
 * `accessor`; esbuild compiles all of it as tsc does).
 */
const TABLE: [feature: string, source: string, printed: string][] = [
  [
    'a namespace with exports',
    'namespace Geo { export const r = 2; export function area(): number { return r * r; } }\nconsole.log(Geo.area(), Geo.r);',
    '4 2',
  ],
  [
    'namespaces that merge, nested',
    'namespace A.B { export const x = 1; }\nnamespace A.B { export const y = x + 1; }\nconsole.log(A.B.x, A.B.y);',
    '1 2',
  ],
  ['a numeric enum, with reverse mapping', 'enum Dir { Up = 1, Down }\nconsole.log(Dir.Down, Dir[1]);', '2 Up'],
  ['a string enum', "enum Color { Red = 'RED', Green = 'GREEN' }\nconsole.log(Color.Green);", 'GREEN'],
  ['a const enum', 'const enum Bit { On = 1 << 3 }\nconsole.log(Bit.On);', '8'],
  [
    'an accessor field',
    'class Box { accessor size = 3; static accessor count = 0; }\nconst b = new Box(); b.size++; Box.count = 5;\nconsole.log(b.size, Box.count, Object.keys(b).length);',
    '4 5 0',
  ],
  [
    'parameter properties',
    'class P { constructor(private a: number, public readonly b = 2, protected c?: number) {} sum() { return this.a + this.b; } }\nconsole.log(new P(1).sum(), Object.keys(new P(1)).join());',
    '3 a,b,c',
  ],
  [
    'class fields defined before the constructor body',
    'class C { x!: number; declare y: number; z = 1; constructor() { console.log("x" in this, "y" in this, this.z); } }\nnew C();',
    'true false 1',
  ],
  [
    'abstract classes and overloads',
    'abstract class A { abstract m(): number; n() { return this.m() + 1; } }\nclass B extends A { m() { return 1; } }\nfunction g(x: string): string;\nfunction g(x: number): number;\nfunction g(x: any) { return x; }\nconsole.log(new B().n(), g(7));',
    '2 7',
  ],
  [
    'generics, satisfies, assertions and non-null',
    'const id = <T,>(x: T): T => x;\nconst o = { a: 1 } satisfies Record<string, number>;\nconsole.log(id<number>(4), o.a!, <number>(5 as unknown));',
    '4 1 5',
  ],
  [
    'types, interfaces and declarations leave nothing behind',
    'type T = { a: number };\ninterface I { b: T }\ndeclare const z: number;\ndeclare function f(): void;\nlet v: I = { b: { a: 1 } };\nconsole.log(v.b.a, typeof z === "undefined");',
    '1 true',
  ],
];

describe('TypeScript runs as tsc compiles it', () => {
  it.each(TABLE)('%s', async (_feature, source, printed) => {
    const result = await runTypeScript(source);
    expect(result.error, source).toBeNull();
    expect(result.stdout).toBe(printed);
  });

  it('reports a syntax error at its line and column, and a runtime error on its own line', async () => {
    const syntax = await runTypeScript('let a: number = 1;\nlet x: number = ;\n');
    expect(syntax).toMatchObject({ verdict: 'compile_error', error: { name: 'SyntaxError', line: 2, column: 17 } });
    const runtime = await runTypeScript(
      'namespace N { export const o: any = null; }\nenum E { A }\nconsole.log(N.o.x);',
    );
    expect(runtime).toMatchObject({ verdict: 'runtime_error', error: { name: 'TypeError', line: 3 } });
  });
});
