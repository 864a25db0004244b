/**
 * The sidebar's form values, turned into `logReport`'s input and checked with the server's own
 * validator (src/core/reportForm.ts), so the client's messages are the server's. The server checks
 * again and stays the authority.
 */
import type { LogReportOptions, ReportFormInput } from '../../core/apiTypes';
import { validateReportForm } from '../../core/reportForm';
import { isUserError } from '../../core/errors';
import { RESOLVED_STATUS, vocabularyKey } from '../../core/vocabularies';

export type PersonFieldKind = 'realName' | 'personCodeName';

export interface PersonFieldValue {
  kind: PersonFieldKind;
  value: string;
}

/** The form's fields as read from the page: every value is the control's text. */
export interface ReportFieldValues {
  dateOfReport: string;
  /** '' when neither kind is chosen. */
  kind: string;
  people: PersonFieldValue[];
  safetyRisk: string;
  ongoingHarassment: string;
  status: string;
  resolutionSource: string;
  resolutionDate: string;
  consequences: string;
  summary: string;
  /** The emails of the members ticked to keep out. */
  excludedMembers: string[];
}

/** Per-field messages keyed as src/core/reportForm.ts keys them (`dateOfReport`, `people.1`, ...). */
export type FieldErrors = Record<string, string>;

export type ReportCheck = { ok: true; form: ReportFormInput } | { ok: false; errors: FieldErrors };

/** True when `status` is the list's Resolved, however it is spelt. */
export function isResolvedStatus(status: string): boolean {
  return vocabularyKey(status) === vocabularyKey(RESOLVED_STATUS);
}

/**
 * The object to send: resolution fields only when the status is Resolved (they are hidden
 * otherwise, and the server refuses them), each person as the kind of entry it was added as.
 */
export function reportInputFromFields(values: ReportFieldValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    dateOfReport: values.dateOfReport,
    kind: values.kind,
    people: values.people.map((person) =>
      person.kind === 'realName' ? { realName: person.value } : { personCodeName: person.value },
    ),
    safetyRisk: values.safetyRisk,
    ongoingHarassment: values.ongoingHarassment,
    status: values.status,
    summary: values.summary,
  };
  if (values.excludedMembers.length > 0) input.excludedMembers = values.excludedMembers;
  if (isResolvedStatus(values.status)) {
    input.resolutionSource = values.resolutionSource;
    input.resolutionDate = values.resolutionDate;
    input.consequences = values.consequences;
  }
  return input;
}

/** What to say for an entry left empty: the server's sentence names both kinds, the sidebar knows which. */
const EMPTY_ENTRY: Record<PersonFieldKind, string> = {
  realName: 'Enter the real name, or remove this person.',
  personCodeName: 'Enter a person code name from the list, or remove this person.',
};

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Checks the form as the server will, plus one thing only the sidebar can say early: a person code
 * name must be one of those offered (and is sent in the list's spelling). Returns the normalised
 * form to send, or every problem.
 */
export function checkReport(values: ReportFieldValues, options: LogReportOptions): ReportCheck {
  const errors: FieldErrors = {};
  let form: ReportFormInput | null = null;
  try {
    form = validateReportForm(reportInputFromFields(values), {
      vocabularies: options.vocabularies,
      today: options.today,
      canUseIdentityKey: options.canUseIdentityKey,
    });
  } catch (error) {
    if (!isUserError(error)) throw error;
    Object.assign(errors, error.fields);
  }
  const known = new Map(options.personCodeNames.map((name) => [nameKey(name), name] as const));
  values.people.forEach((person, index) => {
    const entryKey = `people.${index}`;
    const codeNameKey = `${entryKey}.personCodeName`;
    if (errors[entryKey] !== undefined && person.value.trim() === '') errors[entryKey] = EMPTY_ENTRY[person.kind];
    const name = nameKey(person.value);
    if (person.kind !== 'personCodeName' || name === '' || errors[entryKey] !== undefined || errors[codeNameKey] !== undefined) return;
    if (!known.has(name)) errors[codeNameKey] = 'Choose a person code name from the list.';
  });
  if (Object.keys(errors).length > 0 || form === null) return { ok: false, errors };
  const people = form.people.map((person) =>
    'personCodeName' in person ? { personCodeName: known.get(nameKey(person.personCodeName)) ?? person.personCodeName } : person,
  );
  return { ok: true, form: { ...form, people } };
}
