/**
 * Reading `recordDecision`'s argument (spec section 12): `{consequences: {PERSON_CODE_NAME: VALUE},
 * resolutionSource, agreedBy: [EMAIL], caseCodeName?}`. The server is the authority, so every part
 * is checked again here; a refusal is one sentence that never repeats what was typed, since a
 * field may hold anything, a real name included.
 */
import { UserError } from '../errors';
import { personCodeNameKey } from '../codeNames';
import { canonicalValue } from '../vocabularies';
import { isEmailAddress } from '../members';
import { isRecord } from '../reportForm';

/** One person's consequence; `personCodeName` is '' for a case that names nobody identifiable. */
export interface PersonConsequence {
  personCodeName: string;
  consequence: string;
}

export interface DecisionRequest {
  consequences: PersonConsequence[];
  resolutionSource: string;
  agreedBy: string[];
}

export interface DecisionLists {
  /** The person code names on the case's rows, '' for a row that names nobody. */
  people: readonly string[];
  /** The Consequences list from Settings (the severity ladder). */
  consequences: readonly string[];
  resolutionSources: readonly string[];
}

/** More than any working group has members: a longer list is not a list of members. */
const MOST_AGREEING = 100;

const NOTHING_RECORDED = 'so nothing was recorded.';

function refuse(code: string, message: string): never {
  throw new UserError(code, message);
}

/** How a person is named in a sentence: their code name, or the row that names nobody. */
export function personLabel(personCodeName: string): string {
  return personCodeName === '' ? 'the row that names nobody' : personCodeName;
}

function readConsequences(given: unknown, lists: DecisionLists): PersonConsequence[] {
  if (!isRecord(given)) refuse('invalid-decision', `Choose a consequence for each person on the case, ${NOTHING_RECORDED}`);
  const byKey = new Map<string, unknown>();
  for (const [name, value] of Object.entries(given)) {
    const key = personCodeNameKey(name);
    if (!lists.people.some((person) => personCodeNameKey(person) === key)) {
      refuse('person-not-on-case', `A consequence was given for someone who is not on this case, ${NOTHING_RECORDED}`);
    }
    byKey.set(key, value);
  }
  const decided: PersonConsequence[] = [];
  const done = new Set<string>();
  for (const person of lists.people) {
    const key = personCodeNameKey(person);
    if (done.has(key)) continue;
    done.add(key);
    const value = byKey.get(key);
    if (typeof value !== 'string' || value.trim() === '') refuse('missing-consequence', `Choose a consequence for ${personLabel(person)}, ${NOTHING_RECORDED}`);
    const consequence = canonicalValue(value, lists.consequences);
    if (consequence === null) {
      refuse('unknown-consequence', `The consequence chosen for ${personLabel(person)} is not in the Consequences list in Settings, ${NOTHING_RECORDED}`);
    }
    decided.push({ personCodeName: person, consequence });
  }
  return decided;
}

function readAgreedBy(given: unknown): string[] {
  if (!Array.isArray(given) || given.length > MOST_AGREEING) refuse('invalid-decision', `Choose the members who agreed from the list, ${NOTHING_RECORDED}`);
  return given.map((email) => {
    if (typeof email !== 'string' || !isEmailAddress(email.trim())) {
      refuse('malformed-email', `Each member who agreed must be given by their email address, and one was not, ${NOTHING_RECORDED}`);
    }
    return email.trim();
  });
}

/**
 * Checks a decision against the case's people and the lists in Settings.
 *
 * @throws UserError 'invalid-decision', 'person-not-on-case', 'missing-consequence',
 * 'unknown-consequence', 'unknown-resolution-source' or 'malformed-email'.
 */
export function readDecisionRequest(input: unknown, lists: DecisionLists): DecisionRequest {
  if (!isRecord(input)) refuse('invalid-decision', `Choose the consequences, the resolution source and who agreed, ${NOTHING_RECORDED}`);
  const consequences = readConsequences(input.consequences, lists);
  const source = typeof input.resolutionSource === 'string' ? canonicalValue(input.resolutionSource, lists.resolutionSources) : null;
  if (source === null) refuse('unknown-resolution-source', `Choose a resolution source from the Resolution Source list in Settings, ${NOTHING_RECORDED}`);
  return { consequences, resolutionSource: source, agreedBy: readAgreedBy(input.agreedBy) };
}
