// biome-ignore lint/suspicious/noExplicitAny: fn may take parameters of any types
type AnyFunction = (this: any, ...args: any[]) => unknown;

function once(fn: AnyFunction): AnyFunction {
  // Your code here
}
