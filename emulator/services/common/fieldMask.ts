/**
 * The `fields` parameter of Google's REST APIs, a partial-response field mask
 * (https://developers.google.com/workspace/sheets/api/guides/field-masks,
 * https://developers.google.com/drive/api/guides/fields-parameter): a comma-separated list of
 * fields, `a/b` for a sub-field, `a(b,c)` for several sub-fields of `a` (of each item when `a` is a
 * list). The advanced services take it as one of their optional arguments.
 */

/** A parsed mask: each field asked for, with the sub-fields asked of it (empty: the whole field). */
export type FieldMask = Map<string, FieldMask>;

/** A malformed mask; the caller words it as its API's error. */
export class FieldMaskSyntaxError extends Error {}

/** Parses a mask; throws {@link FieldMaskSyntaxError} when it is not one. */
export function parseFieldMask(text: string): FieldMask {
  let position = 0;
  const fail = (): never => {
    throw new FieldMaskSyntaxError(`Invalid field selection ${text}`);
  };
  function parseList(into: FieldMask, closing: string | null): void {
    for (;;) {
      parsePath(into);
      const char = text[position];
      if (char === ',') {
        position++;
        continue;
      }
      if (closing === null ? char === undefined : char === closing) return;
      fail();
    }
  }
  function parsePath(into: FieldMask): void {
    while (text[position] === ' ') position++;
    const name = /^[A-Za-z_][A-Za-z0-9_]*|^\*/.exec(text.slice(position))?.[0] ?? fail();
    position += name.length;
    const children = into.get(name) ?? new Map();
    into.set(name, children);
    while (text[position] === ' ') position++;
    if (text[position] === '/') {
      position++;
      parsePath(children);
    } else if (text[position] === '(') {
      position++;
      parseList(children, ')');
      position++;
    }
    while (text[position] === ' ') position++;
  }
  const mask: FieldMask = new Map();
  if (text.trim() === '') fail();
  parseList(mask, null);
  return mask;
}

/**
 * Checks every field of the mask against `schema`, the fields the emulator models (a nested
 * object; `true` marks a field returned whole). Returns the first path that is not modelled.
 */
export function unmodelledPath(mask: FieldMask, schema: FieldSchema, prefix = ''): string | null {
  for (const [name, children] of mask) {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    const sub = schema[name];
    if (sub === undefined) return path;
    if (children.size > 0) {
      if (sub === true) return `${path}/${[...children.keys()][0]}`;
      const inner = unmodelledPath(children, sub, path);
      if (inner !== null) return inner;
    }
  }
  return null;
}

export interface FieldSchema {
  [field: string]: true | FieldSchema;
}

/** The parts of `resource` the mask asks for; lists are masked item by item, absent fields stay absent. */
export function applyFieldMask(resource: unknown, mask: FieldMask): unknown {
  if (mask.size === 0) return resource;
  if (Array.isArray(resource)) return resource.map((item) => applyFieldMask(item, mask));
  if (typeof resource !== 'object' || resource === null) return resource;
  const source = resource as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [name, children] of mask) {
    if (source[name] !== undefined) result[name] = applyFieldMask(source[name], children);
  }
  return result;
}
