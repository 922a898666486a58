/**
 * A value as the judge sees it after copying it out of the sandbox: plain data only (no
 * functions, getters, prototypes or proxies). Test inputs and expected answers are written
 * in this shape too.
 */
export type PlainValue =
  | null
  | undefined
  | boolean
  | number
  | string
  | bigint
  | PlainValue[]
  | Map<PlainValue, PlainValue>
  | Set<PlainValue>
  | { [key: string]: PlainValue };
