/**
 * Where each of the validator's messages goes on the page, and the sentence that sums them up.
 * Keys are those of src/core/reportForm.ts: a field name, `people`, or `people.N[.realName|.personCodeName]`.
 */

/** The fields in the order the form shows them, with the names a person sees. */
export const FIELD_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['dateOfReport', 'Date of Report'],
  ['kind', 'Kind of report'],
  ['people', 'Reported people'],
  ['safetyRisk', 'Safety Risk'],
  ['ongoingHarassment', 'Ongoing Harassment'],
  ['status', 'Status'],
  ['resolutionSource', 'Resolution Source'],
  ['resolutionDate', 'Resolution Date'],
  ['consequences', 'Consequences'],
  ['summary', 'Summary'],
  ['excludedMembers', 'Members to keep out'],
];

export type ErrorTarget = { field: string } | { person: number };

const PERSON_KEY = /^people\.(\d+)(?:\.(?:realName|personCodeName))?$/;

/** The field, or the 0-based person entry, that a message key belongs to. */
export function errorTarget(key: string): ErrorTarget {
  const match = PERSON_KEY.exec(key);
  return match ? { person: Number(match[1]) } : { field: key };
}

function position(key: string): number {
  const target = errorTarget(key);
  const fieldIndex = FIELD_LABELS.findIndex(([field]) => field === ('person' in target ? 'people' : target.field));
  const base = fieldIndex === -1 ? FIELD_LABELS.length : fieldIndex;
  // People entries sort inside the people group, after its own message, in list order.
  return base * 1000 + ('person' in target ? target.person + 1 : 0);
}

/** The message keys in the order their fields appear on the form. */
export function orderedErrorKeys(errors: Record<string, string>): string[] {
  return Object.keys(errors).sort((a, b) => position(a) - position(b));
}

function labelOf(key: string): string {
  const target = errorTarget(key);
  if ('person' in target) return `Person ${target.person + 1}`;
  return FIELD_LABELS.find(([field]) => field === target.field)?.[1] ?? target.field;
}

/**
 * One sentence naming every field to fix, in form order, each once.
 *
 * @example errorSummary({ status: '...', 'people.1.realName': '...' }) // 'Please correct: Person 2, Status.'
 */
export function errorSummary(errors: Record<string, string>): string {
  const labels = [...new Set(orderedErrorKeys(errors).map(labelOf))];
  return labels.length === 0 ? '' : `Please correct: ${labels.join(', ')}.`;
}
