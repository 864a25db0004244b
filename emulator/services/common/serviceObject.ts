import { instrument } from '../../run/instrument';
import type { RunContext } from '../../run/runContext';
import { parameterMismatch } from './serviceHelpers';

/**
 * Links between an emulated object and the instrumented proxy the script holds. Symbol keys stay
 * out of the script's reach: the instrumentation passes symbol lookups through, and no script can
 * name these symbols.
 */
const TARGET = Symbol('emulated object');
const PROXY = Symbol('instrumented proxy');

/** Instruments `target` as `typeName` and remembers the proxy, for methods that return `this`. */
export function wrap<T extends object>(target: T, typeName: string, run: RunContext, afterCall?: (method: string) => void): T {
  const proxy = instrument(target, typeName, run, afterCall);
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
  if (target === undefined) throw parameterMismatch(method, [value]);
  return target;
}
