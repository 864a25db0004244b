/**
 * The `Members` sheet (spec section 2.2) and the access rule every entry point applies first
 * (spec section 9). Unclear cells read as the lesser privilege, so a typo never grants access.
 */
import { MEMBERS_COLUMNS, findColumns } from './schema';
import { SheetCell, SheetRow, cellText } from './cells';
import { UserError } from './errors';

export type MemberRole = 'Chair' | 'Member';

export interface Member {
  /** 0-based index of the row in the sheet (the header is index 0). */
  rowIndex: number;
  /** Trimmed and lower-cased. */
  email: string;
  role: MemberRole;
  identityKeyAccess: boolean;
  active: boolean;
}

export interface MembersTable {
  members: Member[];
  /** 0-based rows whose Email is not an email address: skipped, so they give nobody anything and block nobody. */
  malformedRows: number[];
  /** Header texts of the required columns that were not found. */
  missing: string[];
}

export type Requirement = 'member' | 'chair' | 'identity-key';

/** What a Members Email must look like to count: one @, a dot in the domain, no spaces. */
const MEMBER_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether text is shaped as a Members email: the one test every email the add-on reads must pass. */
export function isEmailAddress(text: string): boolean {
  return MEMBER_EMAIL.test(text);
}

/** Emails compare trimmed and case-insensitively everywhere. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Only an explicit yes counts; blank, 'No' and anything unexpected mean no. */
export function isYes(value: SheetCell | undefined): boolean {
  if (value === true) return true;
  const text = cellText(value).toLowerCase();
  return text === 'yes' || text === 'true';
}

/** Reads `Members` by header. Rows without an email are skipped. */
export function readMembers(values: readonly SheetRow[]): MembersTable {
  const [header = [], ...body] = values;
  const { found, missing } = findColumns(header, MEMBERS_COLUMNS);
  const cell = (row: SheetRow, index: number | undefined): SheetCell | undefined =>
    index === undefined ? undefined : row[index];
  const members: Member[] = [];
  const malformedRows: number[] = [];
  body.forEach((row, offset) => {
    const email = normaliseEmail(cellText(cell(row, found.email)));
    if (email === '') return;
    if (!MEMBER_EMAIL.test(email)) {
      malformedRows.push(offset + 1);
      return;
    }
    members.push({
      rowIndex: offset + 1,
      email,
      role: cellText(cell(row, found.role)).toLowerCase() === 'chair' ? 'Chair' : 'Member',
      identityKeyAccess: isYes(cell(row, found.identityKeyAccess)),
      active: isYes(cell(row, found.active)),
    });
  });
  return { members, malformedRows, missing };
}

/** The member row for an email; the first row wins if the sheet lists an email twice. */
export function findMember(members: readonly Member[], email: string): Member | null {
  const wanted = normaliseEmail(email);
  if (wanted === '') return null;
  return members.find((member) => member.email === wanted) ?? null;
}

/**
 * Checks that `user` may do something, before anything else is read or written.
 *
 * @param action what the refusal names, completing "Only the chair can ..." (e.g. 'export statistics').
 * @returns the user's member row.
 * @throws UserError with code 'not-a-member', 'inactive', 'chair-only' or 'no-identity-key-access'.
 */
export function checkAccess(user: string, members: readonly Member[], requirement: Requirement, action?: string): Member {
  if (normaliseEmail(user) === '') {
    throw new UserError(
      'not-a-member',
      "Django CoC can't see which account you are signed in with, so it can't check that you are a member. Sign in with your working group account and try again.",
    );
  }
  const member = findMember(members, user);
  if (member === null) {
    throw new UserError('not-a-member', 'Only active members of the working group can use Django CoC. Ask the chair to add you.');
  }
  if (!member.active) {
    throw new UserError(
      'inactive',
      'Your membership of the working group is no longer active, so you cannot use Django CoC. Ask the chair if this is a mistake.',
    );
  }
  if (requirement === 'chair' && member.role !== 'Chair') {
    throw new UserError('chair-only', `Only the chair can ${action ?? 'do this'}.`);
  }
  if (requirement === 'identity-key' && !member.identityKeyAccess) {
    throw new UserError(
      'no-identity-key-access',
      `Only members with Identity Key Access can ${action ?? 'use the identity key'}. Ask the chair if you need it.`,
    );
  }
  return member;
}

/**
 * A member's name for signing the acknowledgement, from their email: the part before '@', dots
 * and underscores as spaces, each word capitalised ('fictional.member@example.org' gives
 * 'Fictional Member'). A '+tag' is dropped.
 */
export function memberDisplayName(email: string): string {
  const local = normaliseEmail(email).split('@')[0].split('+')[0];
  return local
    .split(/[._\s]+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(/(^|-)(\p{L})/gu, (_match, start: string, letter: string) => start + letter.toUpperCase()))
    .join(' ');
}
