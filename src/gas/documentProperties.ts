/**
 * The status spreadsheet's document properties: state the add-on keeps where no cell edit reaches
 * it. One call per read or write; values are strings (Google caps each at 9 KB).
 */

import { UserError } from '../core/errors';

let storeOfThisExecution: GoogleAppsScript.Properties.Properties | null | undefined;

/**
 * Google returns null when the script is neither bound to the file nor run as an add-on
 * (https://developers.google.com/apps-script/reference/properties/properties-service).
 */
function store(): GoogleAppsScript.Properties.Properties {
  // One handle per execution (Apps Script loads the script afresh for each): reading the conflicts
  // record and chaining an audit line would otherwise ask for it three times in one action.
  storeOfThisExecution ??= PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
  const properties = storeOfThisExecution;
  if (properties === null) {
    throw new UserError(
      'no-document-properties',
      'Django CoC must run from the status spreadsheet (bound to it, or as an add-on) to keep its records consistent. Nothing was changed.',
    );
  }
  return properties;
}

/** The value of a document property, or null when it is not set. */
export function readDocumentProperty(key: string): string | null {
  return store().getProperty(key);
}

export function writeDocumentProperty(key: string, value: string): void {
  store().setProperty(key, value);
}

export function deleteDocumentProperty(key: string): void {
  store().deleteProperty(key);
}

/** The value as JSON, or undefined when it is not set or does not parse (the caller decides what that means). */
export function readDocumentJson(key: string): unknown {
  const text = readDocumentProperty(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function writeDocumentJson(key: string, value: unknown): void {
  writeDocumentProperty(key, JSON.stringify(value));
}

/** Every document property, with one call: for an action that needs several of them. */
export function readAllDocumentProperties(): Readonly<Record<string, string>> {
  return store().getProperties();
}

/**
 * A long text kept in numbered properties (`KEY.0`, `KEY.1`, ...) with their count under `KEY`,
 * since one property value holds at most 9 kB. Read with one call (none when `all` is given, from
 * {@link readAllDocumentProperties}); null when never written.
 */
export function readChunkedText(key: string, all: Readonly<Record<string, string>> = store().getProperties()): string | null {
  const count = Number(all[key]);
  if (!Number.isInteger(count) || count < 1) return null;
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const part = all[`${key}.${index}`];
    if (part === undefined) return null;
    parts.push(part);
  }
  return parts.join('');
}

/** Writes the chunks and their count in one call, then drops chunks left over from a longer text. */
export function writeChunkedText(key: string, chunks: readonly string[]): void {
  const properties = store();
  const previousCount = Number(properties.getProperty(key)) || 0;
  const values: Record<string, string> = { [key]: String(chunks.length) };
  chunks.forEach((chunk, index) => (values[`${key}.${index}`] = chunk));
  properties.setProperties(values);
  for (let index = chunks.length; index < previousCount; index++) properties.deleteProperty(`${key}.${index}`);
}
