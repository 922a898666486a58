type Curried = (...args: unknown[]) => unknown;

// biome-ignore lint/suspicious/noExplicitAny: fn may take parameters of any types
function curry(fn: (...args: any[]) => unknown, arity: number = fn.length): Curried {
  // Your code here
}
