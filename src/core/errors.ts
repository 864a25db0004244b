/**
 * An error a person can meet: a fixed, readable sentence, plus a code the UI can react to.
 * Adapters show `message` as it is; it never contains a real name, alias or summary.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Per-field messages for forms (field name -> sentence). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'UserError';
}
