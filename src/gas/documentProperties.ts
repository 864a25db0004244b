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
