import { serviceObjects } from '../../run/instrument';

/**
 * Apps Script enums as Google hands them out: each member an object of its own, not a string, so
 * `e.authMode === 'NONE'` is false here as it is there, while `String(member)` and `member.name()`
 * give its name (https://developers.google.com/apps-script/reference/script/auth-mode). Reading a
 * member the emulator lacks throws, rather than reading as undefined.
 */
export class EnumMember {
  readonly #type: string;
  readonly #name: string;
  readonly #ordinal: number;

  constructor(type: string, name: string, ordinal: number) {
    this.#type = type;
    this.#name = name;
    this.#ordinal = ordinal;
    serviceObjects.add(this);
  }

  name(): string {
    return this.#name;
  }

  ordinal(): number {
    return this.#ordinal;
  }

  toString(): string {
    return this.#name;
  }

  toJSON(): string {
    return this.#name;
  }

  /** The enum this member belongs to, e.g. `ScriptApp.AuthMode`. */
  static typeOf(member: EnumMember): string {
    return member.#type;
  }
}

export type Enum<T extends string> = { readonly [K in T]: EnumMember };

/** The enum `type` (e.g. 'ScriptApp.AuthMode') with these members, in Google's order. */
export function enumOf<const T extends string>(type: string, names: readonly T[]): Enum<T> {
  const members = Object.freeze(Object.fromEntries(names.map((name, ordinal) => [name, new EnumMember(type, name, ordinal)])));
  const enumeration = new Proxy(members, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property in target) return Reflect.get(target, property, receiver);
      if (property === 'then' || property === 'toJSON') return undefined;
      throw new Error(`${type}.${property} is not implemented in the emulator`);
    },
  }) as Enum<T>;
  serviceObjects.add(enumeration);
  return enumeration;
}

/** The name of `value` when it is a member of `enumeration`; undefined for anything else, strings included. */
export function enumName<T extends string>(enumeration: Enum<T>, value: unknown): T | undefined {
  if (!(value instanceof EnumMember)) return undefined;
  const name = value.name() as T;
  return Object.prototype.hasOwnProperty.call(enumeration, name) && enumeration[name] === value ? name : undefined;
}
