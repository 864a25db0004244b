/**
 * The server's check of the "Log a new report" form (spec sections 7 and 12). The sidebar checks
 * too, but the server is the authority, so the input is treated as untrusted: any type, missing
 * or extra keys, oversized lists and strings.
 *
 * Field keys of the per-field messages: `dateOfReport`, `kind`, `safetyRisk`,
 * `ongoingHarassment`, `status`, `resolutionSource`, `resolutionDate`, `consequences`, `summary`,
 * `excludedMembers`;
 * `people` for the list as a whole; `people.N` (0-based) for an entry that is neither a real name
 * nor a code name; `people.N.realName` and `people.N.personCodeName` for a problem with that value.
 * No message ever repeats what was submitted: a real name typed into the wrong box stays out of it.
 */
import type { ReportFormInput, ReportKind, ReportPersonInput } from './apiTypes';
import { Vocabularies, VocabularyKey, RESOLVED_STATUS, canonicalValue, vocabularyKey } from './vocabularies';
import { UserError } from './errors';
import { normaliseName } from './identityKey';
import { compareIsoDays, isIsoDay } from './dates';

/** A form that passed {@link validateReportForm}: trimmed, lists in their canonical spelling, and
 * the resolution fields present exactly when the status is Resolved. */
export type ReportForm = ReportFormInput;

export interface ReportFormContext {
  vocabularies: Vocabularies;
  /** The ISO day today in the spreadsheet's time zone. */
  today: string;
  /** Whether the member has Identity Key Access, without which real names are refused. */
  canUseIdentityKey: boolean;
}

export const MAX_PEOPLE_PER_REPORT = 20;
export const MAX_NAME_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 50_000;

const REPORT_KINDS: readonly ReportKind[] = ['needs-decision', 'keep-on-file'];

const FIELD_LABELS: Record<VocabularyKey, string> = {
  status: 'a status',
  resolutionSource: 'a resolution source',
  safetyRisk: 'whether there is a safety risk',
  ongoingHarassment: 'whether the harassment is ongoing',
  consequences: 'the consequences',
};

type Problems = Record<string, string>;

/**
 * Checks and normalises the form, reporting every problem at once.
 *
 * @throws UserError('invalid-form', 'Please correct the highlighted fields.', fields) with one
 * sentence per field key (see the module comment).
 */
export function validateReportForm(input: unknown, context: ReportFormContext): ReportForm {
  const form = isRecord(input) ? input : {};
  const problems: Problems = {};

  const dateOfReport = readDay(form, 'dateOfReport', 'the date of the report', context.today, problems);
  const kind = readKind(form, problems);
  const people = readPeople(form, context.canUseIdentityKey, problems);
  const safetyRisk = readListValue(form, 'safetyRisk', context.vocabularies, problems);
  const ongoingHarassment = readListValue(form, 'ongoingHarassment', context.vocabularies, problems);
  const status = readListValue(form, 'status', context.vocabularies, problems);
  const summary = readSummary(form, problems);
  const excludedMembers = readExcludedMembers(form, problems);

  const resolved = status !== null && vocabularyKey(status) === vocabularyKey(RESOLVED_STATUS);
  const resolution: Partial<ReportForm> = {};
  if (resolved) {
    const source = readListValue(form, 'resolutionSource', context.vocabularies, problems);
    const consequences = readListValue(form, 'consequences', context.vocabularies, problems);
    const date = readDay(form, 'resolutionDate', 'the resolution date', context.today, problems);
    if (date !== null && dateOfReport !== null && compareIsoDays(date, dateOfReport) < 0) {
      problems.resolutionDate = 'The resolution date cannot be before the date of the report.';
    }
    if (source !== null) resolution.resolutionSource = source;
    if (date !== null) resolution.resolutionDate = date;
    if (consequences !== null) resolution.consequences = consequences;
  } else if (status !== null) {
    for (const key of ['resolutionSource', 'resolutionDate', 'consequences'] as const) {
      if (!isBlank(own(form, key))) problems[key] = `Leave this blank unless the status is ${RESOLVED_STATUS}.`;
    }
  }

  if (Object.keys(problems).length > 0) {
    throw new UserError('invalid-form', 'Please correct the highlighted fields.', problems);
  }
  return {
    dateOfReport: dateOfReport as string,
    kind: kind as ReportKind,
    people,
    safetyRisk: safetyRisk as string,
    ongoingHarassment: ongoingHarassment as string,
    status: status as string,
    ...resolution,
    summary: summary as string,
    ...(excludedMembers.length > 0 ? { excludedMembers } : {}),
  };
}

export const MAX_EXCLUDED_MEMBERS = 50;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The members the reporter asked to be kept out (spec section 7): emails, trimmed, lower-cased,
 * each once. Whether each is a member is the server's check against `Members`.
 */
function readExcludedMembers(form: Record<string, unknown>, problems: Problems): string[] {
  const value = own(form, 'excludedMembers');
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MAX_EXCLUDED_MEMBERS || !value.every((email) => typeof email === 'string' && EMAIL_SHAPE.test(email.trim()))) {
    problems.excludedMembers = 'The members to keep out could not be read. Reload the sidebar and choose them again.';
    return [];
  }
  return [...new Set((value as string[]).map((email) => email.trim().toLowerCase()))];
}

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only, so nothing inherited (or planted on a prototype) is ever read. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Nothing, or text of nothing but white space and invisible characters (a pasted zero-width space). */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && normaliseName(value) === '');
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function readDay(form: Record<string, unknown>, key: string, label: string, today: string, problems: Problems): string | null {
  const value = own(form, key);
  if (isBlank(value)) {
    problems[key] = `Enter ${label}.`;
    return null;
  }
  const day = typeof value === 'string' ? value.trim() : '';
  if (!isIsoDay(day)) {
    problems[key] = `Enter ${label} as a date (YYYY-MM-DD).`;
    return null;
  }
  if (compareIsoDays(day, today) > 0) {
    problems[key] = `${label.charAt(0).toUpperCase()}${label.slice(1)} cannot be in the future.`;
    return null;
  }
  return day;
}

function readKind(form: Record<string, unknown>, problems: Problems): ReportKind | null {
  const value = own(form, 'kind');
  const kind = REPORT_KINDS.find((candidate) => candidate === value);
  if (kind === undefined) {
    problems.kind = 'Choose whether this report needs a decision or was already handled and is kept on file.';
    return null;
  }
  return kind;
}

function readListValue(form: Record<string, unknown>, key: VocabularyKey, vocabularies: Vocabularies, problems: Problems): string | null {
  const list = vocabularies[key] ?? [];
  if (list.length === 0) {
    problems[key] = 'The Settings sheet has no values for this list. Ask the chair to run Set up or repair.';
    return null;
  }
  const value = own(form, key);
  const canonical = typeof value === 'string' ? canonicalValue(value, list) : null;
  if (canonical === null) problems[key] = `Choose ${FIELD_LABELS[key]}: ${joinWithOr(list)}.`;
  return canonical;
}

function joinWithOr(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function readSummary(form: Record<string, unknown>, problems: Problems): string | null {
  const value = own(form, 'summary');
  if (isBlank(value)) {
    problems.summary = 'Enter a summary of the report.';
    return null;
  }
  if (typeof value !== 'string') {
    problems.summary = 'Enter the summary as text.';
    return null;
  }
  const summary = value.trim();
  if (summary.length > MAX_SUMMARY_LENGTH) {
    problems.summary = `The summary can be at most ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters. Add the rest to the case document afterwards.`;
    return null;
  }
  return summary;
}

function readPeople(form: Record<string, unknown>, canUseIdentityKey: boolean, problems: Problems): ReportPersonInput[] {
  const value = own(form, 'people');
  // No list at all means no identifiable person, which the spec allows.
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.people = 'The list of reported people could not be read. Reload the sidebar and try again.';
    return [];
  }
  if (value.length > MAX_PEOPLE_PER_REPORT) {
    problems.people = `List at most ${MAX_PEOPLE_PER_REPORT} people in one report.`;
    return [];
  }
  const people: ReportPersonInput[] = [];
  const seenNames = new Set<string>();
  const seenCodeNames = new Set<string>();
  value.forEach((entry: unknown, index) => {
    const field = `people.${index}`;
    const item = isRecord(entry) ? entry : {};
    const realName = own(item, 'realName');
    const codeName = own(item, 'personCodeName');
    if (isBlank(realName) === isBlank(codeName)) {
      problems[field] = isBlank(realName)
        ? 'Enter a real name or a person code name, or remove this person.'
        : 'Enter either a real name or a person code name, not both.';
      return;
    }
    if (!isBlank(realName)) {
      const name = readName(realName, `${field}.realName`, 'Names', problems);
      if (name === null) return;
      if (!canUseIdentityKey) {
        problems[`${field}.realName`] =
          "You don't have Identity Key Access, so you can't enter a real name. Choose an existing person code name instead, or ask a member with access to log this report.";
        return;
      }
      if (!remember(seenNames, normaliseName(name), `${field}.realName`, problems)) return;
      people.push({ realName: name });
    } else {
      const name = readName(codeName, `${field}.personCodeName`, 'Person code names', problems);
      if (name === null) return;
      if (!remember(seenCodeNames, name.toLowerCase(), `${field}.personCodeName`, problems)) return;
      people.push({ personCodeName: name });
    }
  });
  return people;
}

function readName(value: unknown, field: string, what: string, problems: Problems): string | null {
  if (typeof value !== 'string') {
    problems[field] = 'Enter this as text.';
    return null;
  }
  const name = collapse(value);
  if (name.length > MAX_NAME_LENGTH) {
    problems[field] = `${what} can be at most ${MAX_NAME_LENGTH} characters.`;
    return null;
  }
  return name;
}

function remember(seen: Set<string>, key: string, field: string, problems: Problems): boolean {
  if (seen.has(key)) {
    problems[field] = 'This person is already listed above. Remove the repeat.';
    return false;
  }
  seen.add(key);
  return true;
}
