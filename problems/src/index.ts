export * from './authorModules.ts';
export * from './catalog.ts';
export * from './loadProblems.ts';
export * from './problem.ts';
export { formatProblemError, type ProblemError } from './problemError.ts';
export * from './random.ts';
export * from './root.ts';
export type {
  ClassSignature,
  CompareSpec,
  FunctionSignature,
  Guide,
  MethodSignature,
  Param,
  ProblemLimits,
  ProblemMeta,
  Signature,
} from './schema.ts';
export * from './testValues.ts';
