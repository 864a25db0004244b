/** Small wording helpers the pages share. */

/** Technical prefixes Apps Script or JavaScript put before a thrown error's own sentence. */
const ERROR_PREFIX = /^(?:(?:Uncaught\s+)?(?:Exception|Error|UserError|TypeError|ScriptError)\s*:\s*)+/;

/**
 * The sentence to show for a failed server call: the error's message without a technical prefix
 * such as `Exception: `, or a general sentence when there is no message at all.
 */
export function failureMessage(error: unknown): string {
  const raw =
    typeof error === 'string'
      ? error
      : typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string'
        ? (error as { message: string }).message
        : '';
  const message = raw.replace(ERROR_PREFIX, '').trim();
  return message === '' ? 'Something went wrong. Please try again.' : message;
}

/** `1 problem`, `3 problems`, `1 person`, `2 people`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
