/**
 * Every code name already in use, and new ones that clash with none of them (spec section 4).
 *
 * Case code names in use: every Case Code Name in `Cases` and in `Conflicts` (a declared conflict
 * must never attach to a new case that reuses a name), and the titles of the Drive files the user
 * can see, which include the case documents (in the case folder or, for members who cannot open
 * it, in their own Drive). Person code names in use: every Person Code Name in `Cases` and in the
 * identity key. Each sheet is read once whatever its size, and Drive is asked about each candidate
 * title rather than listing every document, so the cost never grows with the records.
 */
import { ActionContext } from '../gas/context';
import { titleInUse } from '../gas/caseFolderTitles';
import { nextUuid } from '../gas/session';
import { CasesTable } from '../core/caseRecord';
import { caseCodeNameKey, generateCaseCodeName, generatePersonCodeName, personCodeNameKey } from '../core/codeNames';
import { UserError, isUserError } from '../core/errors';
import { Member } from '../core/members';
import { CaseCodeNameSeparator, Settings } from '../core/settings';
import { readConflictsSheet } from './records';
import { openIdentityKey, OpenedIdentityKey } from './identityKey';

/** Why the identity key could not be read for this member, in words that finish a sentence. */
export type IdentityKeyUnavailable = { reason: 'no-access' | 'not-linked' | 'cannot-open' | 'invalid'; sentence: string };

const NO_ACCESS = 'you do not have Identity Key Access';
const NOT_LINKED = 'no identity key is linked in Settings (the chair can create or link one from Django CoC › Identity key)';
const CANNOT_OPEN = 'the identity key named in Settings could not be opened with your account';
const INVALID =
  'the identity key has no Identity Key sheet, or that sheet lacks one of its columns (Real Name, Aliases, Person Code Name, Report Count, Highest Consequence, Flagged)';

/** How many candidates may clash with a Drive title before giving up (each costs four calls). */
export const MAX_TITLE_CLASHES = 10;

/**
 * The identity key, when this member has Identity Key Access and it opens and reads cleanly;
 * otherwise why not. The key is never opened for a member without access, even if Drive would let
 * them.
 */
export function readIdentityKeyFor(context: ActionContext, member: Member, settings: Settings): OpenedIdentityKey | IdentityKeyUnavailable {
  if (!member.identityKeyAccess) return { reason: 'no-access', sentence: NO_ACCESS };
  try {
    return openIdentityKey(context, settings);
  } catch (error) {
    if (!isUserError(error)) throw error;
    if (error.code === 'identity-key-not-linked') return { reason: 'not-linked', sentence: NOT_LINKED };
    if (error.code === 'identity-key-unavailable') return { reason: 'cannot-open', sentence: CANNOT_OPEN };
    return { reason: 'invalid', sentence: INVALID };
  }
}

export function isUnavailable(key: OpenedIdentityKey | IdentityKeyUnavailable): key is IdentityKeyUnavailable {
  return 'reason' in key;
}

function keysOf(names: readonly string[], key: (name: string) => string): Set<string> {
  return new Set(names.map(key).filter((value) => value !== ''));
}

/** Keys ({@link caseCodeNameKey}) of the case code names in `Cases` and `Conflicts`. */
export function takenCaseCodeNames(context: ActionContext, cases: CasesTable): Set<string> {
  const names = cases.records.map((record) => record.caseCodeName);
  names.push(...readConflictsSheet(context).conflicts.map((conflict) => conflict.caseCodeName));
  return keysOf(names, caseCodeNameKey);
}

/**
 * Keys ({@link personCodeNameKey}) of the person code names in the identity key.
 *
 * @throws UserError 'identity-key-needed' when the key cannot be read for this member: a new
 * person code name belongs in the key, and without it uniqueness cannot be promised.
 */
export function personCodeNamesInKey(context: ActionContext, member: Member, settings: Settings): Set<string> {
  const key = readIdentityKeyFor(context, member, settings);
  if (isUnavailable(key)) {
    throw new UserError(
      'identity-key-needed',
      `A new person code name must be checked against the identity key and added to it, but ${key.sentence}. Choose an existing person code name instead, or ask a member with Identity Key Access.`,
    );
  }
  return keysOf(key.table.entries.map((entry) => entry.personCodeName), personCodeNameKey);
}

/**
 * A new case code name, in the separator `Settings` asks for, unique against `Cases`, `Conflicts`
 * and the title of every Drive file the user can see (in either spelling of the separator).
 *
 * @throws UserError 'code-names-exhausted' when the word lists run out, or when
 * {@link MAX_TITLE_CLASHES} candidates in a row are Drive titles.
 */
export function newCaseCodeName(context: ActionContext, settings: Settings, cases: CasesTable): string {
  return uniqueCaseCodeName(takenCaseCodeNames(context, cases), settings.caseCodeNameSeparator);
}

/**
 * A case code name whose key is not in `taken` and that no Drive file the user can see carries as
 * its title, in either spelling of the separator. Adds each rejected candidate to `taken`.
 */
export function uniqueCaseCodeName(taken: Set<string>, separator: CaseCodeNameSeparator): string {
  for (let attempt = 0; attempt < MAX_TITLE_CLASHES; attempt++) {
    const name = generateCaseCodeName({ taken, separator, nextUuid });
    const spellings = [name.replace(/-/g, ' '), name.replace(/ /g, '-')];
    if (!spellings.some(titleInUse)) return name;
    taken.add(caseCodeNameKey(name));
  }
  throw new UserError(
    'code-names-exhausted',
    'Django CoC could not find a case code name that no document already uses. Nothing was changed; please try again.',
  );
}

/**
 * A new person code name in the style `Settings` asks for, unique against `Cases` and the identity
 * key (`inKey`, from {@link personCodeNamesInKey}).
 *
 * @throws UserError 'code-names-exhausted'.
 */
export function newPersonCodeName(settings: Settings, cases: CasesTable, inKey: ReadonlySet<string>): string {
  const taken = new Set([...keysOf(cases.records.map((record) => record.personCodeName), personCodeNameKey), ...inKey]);
  return generatePersonCodeName({ taken, style: settings.personCodeNameStyle, nextUuid });
}
