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
    /**
     * The sentence for the chair, where `message` sends the reader to the chair ("Ask the chair
     * to…"): the chair is told what to do instead.
     */
    readonly forChair?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'UserError';
}

const FIELD_LABELS: Record<string, string> = {
  dateOfReport: 'Date of Report',
  kind: 'Kind of report',
  people: 'Reported people',
  safetyRisk: 'Safety Risk',
  ongoingHarassment: 'Ongoing Harassment',
  status: 'Status',
  resolutionSource: 'Resolution Source',
  resolutionDate: 'Resolution Date',
  consequences: 'Consequences',
  summary: 'Summary',
};

function fieldLabel(field: string): string {
  const person = /^people\.(\d+)/.exec(field);
  if (person) return `Reported person ${Number(person[1]) + 1}`;
  return FIELD_LABELS[field] ?? field;
}

/** Who reads a message: the chair is never told to ask the chair. */
export type Reader = 'chair' | 'member';

/**
 * The sentence a person sees for an error. google.script.run carries only an error's message, so
 * per-field messages are folded into it. Anything that is not a UserError is a fault of ours or of
 * a Google service, and its own message is never passed on: such messages can quote the values
 * they failed on (`Cannot create property 'x' on string '…'`, `Invalid email: …`), and a value
 * may be a real name. Only the error's type name is kept, as a hint for whoever maintains the
 * add-on.
 */
export function personFacingMessage(error: unknown, reader: Reader = 'member'): string {
  if (isUserError(error)) {
    const fields = Object.entries(error.fields);
    if (fields.length === 0) return reader === 'chair' && error.forChair ? error.forChair : error.message;
    return `Please correct: ${fields.map(([field, message]) => `${fieldLabel(field)}: ${message}`).join('; ')}`;
  }
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const kind = typeof name === 'string' && /^[A-Za-z]{1,40}$/.test(name) ? ` (${name})` : '';
  return `Django CoC could not finish because of an unexpected error${kind}. Please try again; if it keeps happening, run Django CoC › Validate records.`;
}
