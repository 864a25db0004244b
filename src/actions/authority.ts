/**
 * Spec section 9: `Members` and `Settings` are believed only while they are protected so that
 * only the chairs and the owner can edit them. Set up or repair protects them; every privileged
 * action checks the protection first.
 */
import { ActionContext } from '../gas/context';
import { readDocumentJson, writeDocumentJson } from '../gas/documentProperties';
import { ownerOfRunSpreadsheet, protectSheetFor, readSheetProtections } from '../gas/protection';
import { AUTHORITY_SHEETS, SheetProtection, activeChairs, authorityProblems, authorityUnprotectedError } from '../core/authority';
import { Member, normaliseEmail } from '../core/members';

/** The chairs at the last protection, so a repair of a tampered Members knows whom to believe. */
const RECORDED_CHAIRS_KEY = 'djangoCoc.chairs';

const PROTECTION_DESCRIPTION = 'Django CoC: only the chairs edit this sheet (spec section 9). Use Set up or repair to change who can.';

export interface AuthorityState {
  owner: string;
  protections: SheetProtection[];
  /** Empty when the sheets can be trusted. */
  problems: string[];
}

export function readAuthority(context: ActionContext, members: readonly Member[]): AuthorityState {
  const protections = readSheetProtections(context.spreadsheet, AUTHORITY_SHEETS);
  const owner = ownerOfRunSpreadsheet(context);
  return { owner, protections, problems: authorityProblems(protections, activeChairs(members), owner, context.userEmail) };
}

/** Refuses, saying what is wrong and who can fix it, unless Members and Settings can be trusted. */
export function requireTrustedAuthority(context: ActionContext, members: readonly Member[]): void {
  const { problems } = readAuthority(context, members);
  if (problems.length > 0) throw authorityUnprotectedError(problems);
}

/** The chairs recorded at the last protection, or null when the sheets were never protected by the add-on. */
export function recordedChairs(): string[] | null {
  const value = readDocumentJson(RECORDED_CHAIRS_KEY);
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.map(normaliseEmail) : null;
}

/**
 * Protects Members and Settings so that only `chairs` and the owner can edit them, and records the
 * chairs (first, so a fault part-way leaves something a retry sees as left to do). Returns what changed.
 */
export function protectAuthority(context: ActionContext, chairs: readonly string[], owner: string): string[] {
  const editors = [...new Set([...chairs, owner].map(normaliseEmail).filter((email) => email !== ''))];
  const changed: string[] = [];
  const recorded = recordedChairs();
  const sorted = [...new Set(chairs.map(normaliseEmail))].sort();
  if (!recorded || recorded.join(',') !== sorted.join(',')) {
    writeDocumentJson(RECORDED_CHAIRS_KEY, sorted);
    changed.push(`Recorded the chairs: ${sorted.join(', ')}`);
  }
  for (const name of AUTHORITY_SHEETS) {
    const sheet = context.spreadsheet.getSheetByName(name);
    if (sheet && protectSheetFor(sheet, editors, PROTECTION_DESCRIPTION)) changed.push(`Protected ${name} so that only the chairs${owner === '' ? '' : ' and the owner'} can edit it`);
  }
  return changed;
}
