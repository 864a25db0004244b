import type { DriveFileState, WorkspaceState } from '../../workspace/state';

/**
 * Who may see and do what in Drive beyond plain owner / editor / viewer access: hidden email
 * addresses, the domain's sharing policy, owners who stop editors from sharing, and who may take
 * over a file. Plain rules over the stored workspace, so the Drive objects above them stay thin.
 */

/** Domains whose accounts are personal (consumer) Google Accounts rather than Google Workspace ones. */
export const CONSUMER_DOMAINS: readonly string[] = ['gmail.com', 'googlemail.com'];

export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

function accountOf(workspace: WorkspaceState, email: string) {
  return workspace.users?.[email.toLowerCase()];
}

/** A personal Google Account: marked so in `users`, or at a consumer domain such as gmail.com. */
export function isConsumerAccount(workspace: WorkspaceState, email: string): boolean {
  return accountOf(workspace, email)?.consumer ?? CONSUMER_DOMAINS.includes(domainOf(email));
}

/** An account of the emulated organisation (the workspace's domain). */
export function isInOrganisation(workspace: WorkspaceState, email: string): boolean {
  return domainOf(email) === workspace.domain.toLowerCase() && !isConsumerAccount(workspace, email);
}

/**
 * Whether `viewer` may read `email` from a Drive User. Google shows it only when the user chose to
 * share it or is in the viewer's domain with addresses visible
 * (https://developers.google.com/apps-script/reference/drive/user#getEmail()); the emulator hides
 * it from everyone but the user themself when the workspace marks the user `emailVisible: false`.
 */
export function emailVisibleTo(workspace: WorkspaceState, email: string, viewer: string): boolean {
  return sameEmail(email, viewer) || accountOf(workspace, email)?.emailVisible !== false;
}

/**
 * True when the domain's administrators have turned sharing outside the organisation off and the
 * file belongs to the organisation: then neither outside people nor anyone-with-the-link may be
 * given access (https://developers.google.com/apps-script/reference/drive/access).
 */
export function externalSharingBlocked(workspace: WorkspaceState, file: DriveFileState): boolean {
  return workspace.drivePolicy?.externalSharing === false && isInOrganisation(workspace, file.owner);
}

/** Editors may change sharing unless the owner turned that off (File.setShareableByEditors(false)). */
export function editorsMayShare(file: DriveFileState): boolean {
  return file.shareableByEditors !== false;
}

export const OWNERSHIP_OUTSIDE_ORGANISATION = 'Ownership can only be transferred to someone in the same organization.';
export const OWNERSHIP_FROM_PERSONAL_ACCOUNT =
  'Ownership of a file in a personal Google Account can only be transferred once the new owner accepts, which a script cannot do.';

/**
 * Why Drive refuses to make `newOwner` the owner, or null when it may. A Google Workspace account
 * may hand a file only to someone in its own organisation; a personal account's transfer waits
 * for the new owner's consent (https://developers.google.com/workspace/drive/api/guides/transfer-file),
 * which `setOwner` cannot give, so it fails. Emulator wording for both messages.
 */
export function ownershipTransferRefusal(workspace: WorkspaceState, file: DriveFileState, newOwner: string): string | null {
  if (isConsumerAccount(workspace, file.owner)) return OWNERSHIP_FROM_PERSONAL_ACCOUNT;
  if (isConsumerAccount(workspace, newOwner) || domainOf(newOwner) !== domainOf(file.owner)) return OWNERSHIP_OUTSIDE_ORGANISATION;
  return null;
}
