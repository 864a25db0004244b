import type { RunContext } from './runContext';

/** Objects handed to the bundle as they are (service objects), rather than deep-copied. */
export const serviceObjects = new WeakSet<object>();

/**
 * Wraps an emulated service object so that every method call is counted under
 * `TypeName.method`, may be made to fail by the fault switch, returns values built in the bundle's
 * realm, and throws the bundle realm's Error. A method the emulator does not implement throws
 * `not implemented in the emulator` rather than silently doing nothing.
 */
export function instrument<T extends object>(target: T, typeName: string, run: RunContext, afterCall?: (method: string) => void): T {
  const proxy = new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol') return Reflect.get(object, property, receiver);
      if (property === 'then' || property === 'toJSON') return undefined;
      if (!(property in object)) return notImplemented(`${typeName}.${property}`, run);
      const value = Reflect.get(object, property, object);
      if (typeof value !== 'function') return run.realm ? run.realm.toRealm(value) : value;
      return (...args: unknown[]) => {
        try {
          run.countCall(`${typeName}.${property}`);
          const result = (value as (...a: unknown[]) => unknown).apply(object, args);
          afterCall?.(property);
          return run.realm.toRealm(result);
        } catch (error) {
          if (error && typeof error === 'object' && Object.getPrototypeOf(error) === run.realm.Error.prototype) throw error;
          throw run.realm.error(error instanceof Error ? error.message : String(error));
        }
      };
    },
  });
  serviceObjects.add(proxy);
  return proxy;
}

/**
 * What a script gets for a member the emulator lacks: calling it throws, and so does reading
 * anything from it, so an enum the emulator lacks (`SpreadsheetApp.WrapStrategy.WRAP`) fails
 * loudly instead of reading as undefined.
 */
function notImplemented(name: string, run: RunContext): () => never {
  const fail = (): never => {
    throw run.realm.error(`${name} is not implemented in the emulator`);
  };
  return new Proxy(fail, {
    get(target, property, receiver) {
      if (typeof property === 'symbol') return Reflect.get(target, property, receiver);
      return fail();
    },
  });
}
