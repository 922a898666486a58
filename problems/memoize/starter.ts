// biome-ignore lint/suspicious/noExplicitAny: fn may take parameters of any types
type AnyFunction = (this: any, ...args: any[]) => unknown;

function memoize(fn: AnyFunction, resolver?: AnyFunction): AnyFunction {
  // Your code here
}
