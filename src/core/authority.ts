/**
 * Spec section 9's authority: `Members` and `Settings` decide who may do what, so they are only
 * believed while Google's sheet protection lets no one but the chairs (and the spreadsheet's owner,
 * whom Google always lets edit) change them. This file decides, from what the protection adapter
 * read, whether that still holds.
 */
import { UserError } from './errors';
import { Member, normaliseEmail } from './members';
import { MEMBERS_SHEET, SETTINGS_SHEET } from './schema';

/** The sheets whose cells decide access. */
export const AUTHORITY_SHEETS = [MEMBERS_SHEET, SETTINGS_SHEET] as const;

/** A sheet's protection as the user running the add-on can see it. */
export interface SheetProtection {
  sheet: string;
  /** False when the sheet has no sheet protection (or does not exist). */
  protected: boolean;
  warningOnly: boolean;
  /** Whether the user running may edit the protected sheet (Protection.canEdit). */
  userCanEdit: boolean;
  /**
   * Who may edit it, owner included, lower case; null when the user may not read the list (Google
   * shows it only to someone who can edit the protection).
   */
  editors: string[] | null;
  /** Everyone in the domain may edit; null when the user may not read it. */
  domainEdit: boolean | null;
  /** Cells of the sheet left unprotected; any is a hole a member could type into. */
  unprotectedRanges: number;
}

export const AUTHORITY_UNPROTECTED_CODE = 'authority-unprotected';

/** The active chairs' emails, lower case, sorted, each once. */
export function activeChairs(members: readonly Member[]): string[] {
  return [...new Set(members.filter((member) => member.active && member.role === 'Chair').map((member) => member.email))].sort();
}

/**
 * What is wrong with the protection of the authority sheets, one sentence each; empty when they
 * can be trusted. `chairs` are the active chairs in `Members`, `owner` the spreadsheet's owner.
 * A member who is not a chair can only see whether they themselves could edit; a chair sees the
 * editors and domain setting as well.
 */
export function authorityProblems(
  protections: readonly SheetProtection[],
  chairs: readonly string[],
  owner: string,
  user: string,
): string[] {
  const allowed = new Set([...chairs.map(normaliseEmail), normaliseEmail(owner)].filter((email) => email !== ''));
  const me = normaliseEmail(user);
  const problems: string[] = [];
  for (const protection of protections) {
    const { sheet } = protection;
    if (!protection.protected) {
      problems.push(`The ${sheet} sheet is not protected.`);
      continue;
    }
    if (protection.warningOnly) problems.push(`The ${sheet} sheet's protection only shows a warning, so anyone can still edit it.`);
    if (protection.unprotectedRanges > 0) problems.push(`The ${sheet} sheet's protection leaves some cells unprotected.`);
    if (protection.userCanEdit && !allowed.has(me)) problems.push(`You can edit the ${sheet} sheet although you are not a chair.`);
    // A Role cell is only as good as the protection around it: a chair Google does not let edit
    // Members was typed in by someone, not made by a repair or a hand-over.
    if (!protection.userCanEdit && chairs.includes(me)) {
      problems.push(`Members lists you as a chair, but Google does not let you edit the ${sheet} sheet, so that entry was not made by Set up or repair or a hand-over.`);
    }
    if (protection.domainEdit === true) problems.push(`Everyone in the domain can edit the ${sheet} sheet.`);
    const extra = (protection.editors ?? []).map(normaliseEmail).filter((email) => !allowed.has(email));
    if (extra.length > 0) problems.push(`${extra.join(', ')} can edit the ${sheet} sheet but ${extra.length === 1 ? 'is not a chair' : 'are not chairs'}.`);
  }
  return problems;
}

/** The refusal of a privileged action while the authority sheets cannot be trusted. */
export function authorityUnprotectedError(problems: readonly string[]): UserError {
  return new UserError(
    AUTHORITY_UNPROTECTED_CODE,
    `Django CoC cannot trust the Members and Settings sheets right now, because they must be protected so that only the chairs can edit them. ${problems.join(' ')} Ask the chair to run Django CoC › Set up or repair, then try again.`,
  );
}

/**
 * Whom a repair protects the sheets for. While they were protected, the chairs in Members (a
 * chair may have made another by typing). When they were not, Members may have been typed into by
 * anyone, so the chairs on record from the last protection, when there is a record.
 */
export function chairsToProtectFor(members: readonly Member[], trusted: boolean, recorded: readonly string[] | null): string[] {
  if (trusted || recorded === null) return activeChairs(members);
  return [...recorded].sort();
}
