/**
 * The add-on's own records in document properties, where no cell edit reaches them (spec section
 * 9): every value is JSON under a fixed key. A value that does not parse reads as missing, so the
 * caller decides what missing means.
 */
export function readDocumentJson(key: string): unknown {
  const text = PropertiesService.getDocumentProperties().getProperty(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function writeDocumentJson(key: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
}

/**
 * A long text kept in numbered properties (`KEY.0`, `KEY.1`, ...) with their count under `KEY`,
 * since one property value holds at most 9 kB. Read with one call; null when never written.
 */
export function readChunkedText(key: string): string | null {
  const all = PropertiesService.getDocumentProperties().getProperties();
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
  const properties = PropertiesService.getDocumentProperties();
  const previousCount = Number(properties.getProperty(key)) || 0;
  const values: Record<string, string> = { [key]: String(chunks.length) };
  chunks.forEach((chunk, index) => (values[`${key}.${index}`] = chunk));
  properties.setProperties(values);
  for (let index = chunks.length; index < previousCount; index++) properties.deleteProperty(`${key}.${index}`);
}
