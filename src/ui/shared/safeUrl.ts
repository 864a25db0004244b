/**
 * The `href` to give a link from the server, or null when it may not become one: only `https:`
 * addresses, plus the local emulator's `http://127.0.0.1`. Anything else (`javascript:`, `data:`,
 * plain http to another host, text that is not an address) is refused, so a bad value can never
 * run script on click. The address comes back normalised by the URL parser.
 */
export function safeDocumentHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '') return null;
  const allowed =
    (parsed.protocol === 'https:' && parsed.hostname !== '') ||
    (parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1');
  return allowed ? parsed.href : null;
}
