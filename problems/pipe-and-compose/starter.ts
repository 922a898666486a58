// biome-ignore lint/suspicious/noExplicitAny: the functions may take parameters of any types
type AnyFunction = (...args: any[]) => unknown;

/** Runs fns left to right: the first gets every argument, each later one the previous result. */
function pipe(...fns: AnyFunction[]): AnyFunction {
  // Your code here
}

/** Runs fns right to left: the last gets every argument, each earlier one the next result. */
function compose(...fns: AnyFunction[]): AnyFunction {
  // Your code here
}
