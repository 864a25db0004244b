/**
 * The people a retention review has expunged, as `Cases` alone shows them: person code names whose
 * every row's Documents cell says `Expunged`. Members without Identity Key Access see no
 * tombstones, so this is how a new report about such a person starts afresh for them too.
 */
import { CaseRecord } from '../caseRecord';
import { personCodeNameKey } from '../codeNames';
import { expungedOn } from './expungedCell';

/** Person code name keys (personCodeNameKey) whose every `Cases` row is expunged. */
export function expungedPersonKeys(records: readonly CaseRecord[]): Set<string> {
  const live = new Set<string>();
  const expunged = new Set<string>();
  for (const record of records) {
    const key = personCodeNameKey(record.personCodeName);
    if (key === '') continue;
    if (expungedOn(record.documents) === null) live.add(key);
    else expunged.add(key);
  }
  for (const key of live) expunged.delete(key);
  return expunged;
}

export const EXPUNGED_PERSON_MESSAGE =
  "This person's records were expunged by a retention review, so a new report about them starts afresh: enter their name instead, or ask a member with Identity Key Access to log it.";
