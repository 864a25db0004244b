import { instrument } from '../../instrument';
import { isDate } from '../../realm';
import type { RunContext } from '../../runContext';

/**
 * Links between an emulated object and the instrumented proxy the script holds. Symbol keys stay
 * out of the script's reach: the instrumentation passes symbol lookups through, and no script can
 * name these symbols.
 */
const TARGET = Symbol('emulated object');
const PROXY = Symbol('instrumented proxy');

/** Instruments `target` as `typeName` and remembers the proxy, for methods that return `this`. */
export function wrap<T extends object>(target: T, typeName: string, run: RunContext): T {
  const proxy = instrument(target, typeName, run);
  Object.defineProperty(target, TARGET, { value: target });
  Object.defineProperty(target, PROXY, { value: proxy });
  return proxy;
}

/** The proxy the script holds for `target` (what a chaining method returns). */
export function proxyOf<T extends object>(target: T): T {
  return (target as unknown as Record<symbol, T>)[PROXY];
}

/** The emulated object behind a proxy the script passed back, if it is of the expected class. */
export function unwrap<T>(value: unknown, kind: abstract new (...args: never[]) => T): T | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const target = (value as Record<symbol, unknown>)[TARGET];
  return target instanceof kind ? target : undefined;
}

/** Like unwrap, but throws Apps Script's signature error when the argument is of another type. */
export function requireArgument<T>(value: unknown, kind: abstract new (...args: never[]) => T, method: string): T {
  const target = unwrap(value, kind);
  if (target === undefined) throw signatureError(method, [value]);
  return target;
}

/**
 * Apps Script's error when arguments do not fit any overload, e.g. "The parameters (null,number)
 * don't match the method signature for SpreadsheetApp.Sheet.getRange."
 */
export function signatureError(method: string, args: unknown[]): Error {
  return new Error(`The parameters (${args.map(describeType).join(',')}) don't match the method signature for ${method}.`);
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return `${value.length > 0 ? describeType(value[0]) : 'Object'}[]`;
  if (isDate(value)) return 'Date';
  return 'Object';
}
