import vm from 'node:vm';

/**
 * The bundle runs in its own `vm` context, whose built-ins differ from Node's: a host `Date` is
 * not `instanceof Date` inside the bundle, and a host `Error` is not `instanceof Error`. Apps
 * Script hands scripts values made with the script's own constructors, so every value an emulated
 * service returns is rebuilt here with the context's constructors.
 */
export class Realm {
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  private readonly passThrough: WeakSet<object>;

  constructor(context: vm.Context, passThrough: WeakSet<object>) {
    this.Date = vm.runInContext('Date', context);
    this.Error = vm.runInContext('Error', context);
    this.Array = vm.runInContext('Array', context);
    this.Object = vm.runInContext('Object', context);
    this.passThrough = passThrough;
  }

  /** Deep-copies plain data into the context's realm; emulated service objects pass as they are. */
  toRealm(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    // Arrays first, filled by index: getValues hands over hundreds of thousands of cells this way.
    if (Array.isArray(value)) {
      const copy = new this.Array(value.length);
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        copy[i] = item === null || typeof item !== 'object' ? item : this.toRealm(item);
      }
      return copy;
    }
    if (this.passThrough.has(value)) return value;
    if (isDate(value)) return new this.Date((value as Date).getTime());
    const copy = new this.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) copy[key] = this.toRealm(item);
    return copy;
  }

  error(message: string, name?: string): Error {
    const error = new this.Error(message);
    if (name) error.name = name;
    return error;
  }
}

/** `instanceof Date` fails across realms; the internal tag does not. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Plain object test that works across realms (Object.getPrototypeOf differs per realm). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || isDate(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
