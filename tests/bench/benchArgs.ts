import { type ParseArgsConfig, parseArgs } from 'node:util';

/** `parseArgs` for a bench script: `pnpm bench:x -- --json` passes the `--` through. */
export function benchArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  return parseArgs({ args, strict: true, options }).values;
}

/** A number option in [min, max] (whole unless `whole` is false), or `fallback` when absent. */
export function numberOption(
  raw: string | undefined,
  fallback: number,
  name: string,
  min: number,
  max: number,
  whole = true,
): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    throw new Error(`--${name} must be ${whole ? 'a whole number ' : ''}in [${min}, ${max}]`);
  }
  return value;
}
