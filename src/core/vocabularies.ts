/**
 * The allowed values of the `Cases` columns that take a list (spec section 2.1). These are the
 * defaults written to `Settings` on first set-up; the working group may edit the lists there.
 */
export interface Vocabularies {
  status: string[];
  resolutionSource: string[];
  safetyRisk: string[];
  ongoingHarassment: string[];
  /** The severity ladder: least severe first. */
  consequences: string[];
}

export type VocabularyKey = keyof Vocabularies;

/** The `Settings` header of each list, which is also the `Cases` column it governs. */
export const VOCABULARY_HEADERS: Readonly<Record<VocabularyKey, string>> = {
  status: 'Status',
  resolutionSource: 'Resolution Source',
  safetyRisk: 'Safety Risk',
  ongoingHarassment: 'Ongoing Harassment',
  consequences: 'Consequences',
};

export const VOCABULARY_KEYS: readonly VocabularyKey[] = Object.keys(VOCABULARY_HEADERS) as VocabularyKey[];

/** The status that makes Resolution Source, Resolution Date and Consequences required. */
export const RESOLVED_STATUS = 'Resolved';

const DEFAULTS: Readonly<Record<VocabularyKey, readonly string[]>> = {
  status: ['Ongoing', RESOLVED_STATUS],
  resolutionSource: ['CoC WG', 'DSF Board', 'Local Event Reps', 'None'],
  safetyRisk: ['Yes', 'No'],
  ongoingHarassment: ['Yes', 'No', 'Maybe'],
  consequences: [
    'None',
    'Not a violation',
    'Out of scope',
    'Other',
    'Warning',
    'First Suspension',
    'Second Suspension',
    'Ban',
  ],
};

/** The default lists, a fresh copy each call so no caller can change another's defaults. */
export function defaultVocabularies(): Vocabularies {
  return {
    status: [...DEFAULTS.status],
    resolutionSource: [...DEFAULTS.resolutionSource],
    safetyRisk: [...DEFAULTS.safetyRisk],
    ongoingHarassment: [...DEFAULTS.ongoingHarassment],
    consequences: [...DEFAULTS.consequences],
  };
}

/**
 * How list values are compared: trimmed, inner white space collapsed, case-insensitive. A cell
 * that matches only this way is still reported, so the sheet ends up holding the exact spelling.
 */
export function vocabularyKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The list's own spelling of a value, or null when the list does not hold it. */
export function canonicalValue(value: string, list: readonly string[]): string | null {
  const wanted = vocabularyKey(value);
  if (wanted === '') return null;
  return list.find((entry) => vocabularyKey(entry) === wanted) ?? null;
}
