/**
 * Screening an event's attendee list (spec section 15): which pasted lines name a person the
 * identity key marks Flagged, or who is banned on the event's date. Names match as section 3
 * says (see normaliseName); a tombstone's names were expunged and match nothing.
 *
 * Only the line and `flagged` or `banned` come back: no count, case or code name.
 */
import { CaseRecord } from '../caseRecord';
import { personCodeNameKey } from '../codeNames';
import { IdentityEntry, isTombstone, normaliseName } from '../identityKey';
import { RetentionTable } from '../retention/retentionTable';
import { AttendeeLine } from './attendeeList';
import { isBannedOn } from './standingOnDate';

export type ScreeningStatus = 'flagged' | 'banned';

export interface ScreeningMatch {
  line: string;
  status: ScreeningStatus;
}

export interface ScreeningInput {
  lines: readonly AttendeeLine[];
  entries: readonly IdentityEntry[];
  records: readonly CaseRecord[];
  /** The retention table of `Settings`, for the suspensions' lengths. */
  table: RetentionTable;
  /** The event's ISO day. */
  eventDate: string;
}

/** Each living entry under every name it is known by (normalised), for one lookup per pasted name. */
function entriesByName(entries: readonly IdentityEntry[]): Map<string, IdentityEntry[]> {
  const byName = new Map<string, IdentityEntry[]>();
  for (const entry of entries) {
    if (isTombstone(entry)) continue;
    for (const name of new Set([entry.realName, ...entry.aliases].map(normaliseName))) {
      if (name !== '') byName.set(name, [...(byName.get(name) ?? []), entry]);
    }
  }
  return byName;
}

/**
 * The matching lines, in the order pasted, each with the gravest status of the people it names
 * (`banned` before `flagged`). A person neither Flagged nor banned on the day is not reported.
 */
export function screenAttendeeLines(input: ScreeningInput): ScreeningMatch[] {
  const byName = entriesByName(input.entries);
  const rowsByPerson = new Map<string, CaseRecord[]>();
  for (const record of input.records) {
    const key = personCodeNameKey(record.personCodeName);
    if (key !== '') rowsByPerson.set(key, [...(rowsByPerson.get(key) ?? []), record]);
  }
  const statusOf = (entry: IdentityEntry): ScreeningStatus | null => {
    const key = personCodeNameKey(entry.personCodeName);
    if (key !== '' && isBannedOn(rowsByPerson.get(key) ?? [], input.table, input.eventDate)) return 'banned';
    return entry.flagged ? 'flagged' : null;
  };
  const matches: ScreeningMatch[] = [];
  for (const { line, names } of input.lines) {
    const people = names.flatMap((name) => byName.get(normaliseName(name)) ?? []);
    const statuses = people.map(statusOf);
    if (statuses.includes('banned')) matches.push({ line, status: 'banned' });
    else if (statuses.includes('flagged')) matches.push({ line, status: 'flagged' });
  }
  return matches;
}
