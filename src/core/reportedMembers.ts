/**
 * A member who is a reported party (spec section 6): an active member whose email or display name
 * is a reported person's Real Name or one of their Aliases, compared as section 3 compares names.
 * Such a member gets a conflict on the case before anything is shared, and no reason is written.
 */
import { IdentityEntry, isTombstone, normaliseName } from './identityKey';
import { Member, memberDisplayName } from './members';
import { caseCodeNameKey, personCodeNameKey } from './codeNames';
import { CaseRecord } from './caseRecord';
import { Conflict, hasConflict } from './conflicts';

/** The emails of the active members any of `names` names, each once, in the members' order. */
export function membersNamed(members: readonly Member[], names: readonly string[]): string[] {
  const wanted = new Set(names.map(normaliseName).filter((name) => name !== ''));
  if (wanted.size === 0) return [];
  return members
    .filter((member) => member.active)
    .filter((member) => wanted.has(normaliseName(member.email)) || wanted.has(normaliseName(memberDisplayName(member.email))))
    .map((member) => member.email)
    .filter((email, index, emails) => emails.indexOf(email) === index);
}

/** Every name of the living key entries with one of `personCodeNames`: their Real Names and Aliases. */
export function namesOfPeople(entries: readonly IdentityEntry[], personCodeNames: readonly string[]): string[] {
  const wanted = new Set(personCodeNames.map(personCodeNameKey));
  return entries
    .filter((entry) => !isTombstone(entry) && entry.personCodeName.trim() !== '' && wanted.has(personCodeNameKey(entry.personCodeName)))
    .flatMap((entry) => [entry.realName, ...entry.aliases]);
}

/** The code names of the living key entries whose Real Name or an Alias names the member. */
export function peopleNamingMember(entries: readonly IdentityEntry[], member: Member): string[] {
  return entries
    .filter((entry) => !isTombstone(entry) && entry.personCodeName.trim() !== '')
    .filter((entry) => membersNamed([{ ...member, active: true }], [entry.realName, ...entry.aliases]).length > 0)
    .map((entry) => entry.personCodeName);
}

/**
 * The active members with a conflict on every earlier case naming one of `personCodeNames`: used
 * when the identity key is not read (the member logging has no Identity Key Access), so that a
 * member who is that person, kept out of each of their cases so far, is kept out of this one too.
 * It may also keep out someone who declared every one of those conflicts for another reason, which
 * errs on the side of sharing less; the chair can remove a conflict.
 */
export function membersInConflictWithEveryCaseOf(
  records: readonly Pick<CaseRecord, 'caseCodeName' | 'personCodeName'>[],
  conflicts: readonly Conflict[],
  members: readonly Member[],
  personCodeNames: readonly string[],
): string[] {
  const emails: string[] = [];
  for (const personCodeName of personCodeNames) {
    const wanted = personCodeNameKey(personCodeName);
    const cases = [...new Set(records.filter((record) => record.personCodeName.trim() !== '' && personCodeNameKey(record.personCodeName) === wanted).map((record) => caseCodeNameKey(record.caseCodeName)))];
    if (cases.length === 0) continue;
    for (const member of members) {
      if (member.active && cases.every((caseKey) => hasConflict(conflicts, member.email, caseKey))) emails.push(member.email);
    }
  }
  return [...new Set(emails)];
}
