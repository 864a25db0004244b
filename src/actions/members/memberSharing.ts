/**
 * The Drive part of onboarding, declaring a conflict and offboarding, done after the records are
 * written: a fault here leaves records that Audit sharing, or running the action again, brings
 * Drive back in line with. What Drive refuses (a domain that forbids sharing outside it, an owner
 * who stopped editors from sharing) is checked or caught here and reported, so one such file never
 * stops the others.
 */
import { DriveFile, DriveFolder, DriveSharing, addEditors, maySetSharing, ownerEmail, readSharing, removeAccess, roleOf } from '../../gas/drive';
import { sameOrganisation } from '../../core/organisation';
import { UserError, isUserError } from '../../core/errors';
import { canManageSharing } from '../../core/sharing';

const SHARING_STOPPED =
  'The records were updated, but changing who can open the documents stopped part-way. Run Django CoC › Members › Audit sharing to finish it.';

/** Runs the Drive part of an action; a fault there says what was done and how to finish. */
export function sharingStep<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (isUserError(error)) throw error;
    throw new UserError('sharing-incomplete', SHARING_STOPPED);
  }
}

/** What taking a person's access to one file away came to. */
export type Revocation = 'removed' | 'had-none' | 'owns-it' | 'owner-only';

/**
 * Takes the person off a file's editors and viewers. Owners are left ('owns-it'); a file whose
 * owner stopped editors from sharing is left for its owner ('owner-only'). When Drive hides some
 * addresses and the person is not among those it shows, their role is asked for by email (one
 * more call, only then).
 */
export function revoke(item: DriveFile | DriveFolder, email: string, userEmail: string, sharing: DriveSharing = readSharing(item)): Revocation {
  if (sharing.owner === email) return 'owns-it';
  let held: Pick<DriveSharing, 'editors' | 'viewers'> = sharing;
  if (!sharing.editors.includes(email) && !sharing.viewers.includes(email)) {
    if ((sharing.hiddenPeople ?? 0) === 0) return 'had-none';
    const role = roleOf(item, email);
    if (role === 'OWNER') return 'owns-it';
    if (role === 'NONE') return 'had-none';
    held = role === 'EDIT' ? { editors: [email], viewers: [] } : { editors: [], viewers: [email] };
  }
  if (!canManageSharing(sharing, userEmail)) return 'owner-only';
  removeAccess(item, email, held);
  return 'removed';
}

/** What giving a person edit access to one file came to. */
export type Grant = 'shared' | 'outside-organisation' | 'owner-only';

/**
 * Adds the person as an editor. When Drive refuses, the reason is found out afterwards (the owner
 * stopped editors from sharing; the person is outside an organisation that forbids sharing outside
 * it), which costs nothing in the usual case: one call per file, for onboardings of hundreds of
 * documents. Any other failure is thrown.
 */
export function grant(item: DriveFile | DriveFolder, email: string, userEmail: string): Grant {
  try {
    addEditors(item, [email]);
    return 'shared';
  } catch (error) {
    if (!maySetSharing(item, userEmail)) return 'owner-only';
    if (!sameOrganisation(userEmail, email)) return 'outside-organisation';
    throw error;
  }
}

/**
 * A sentence for the chair about a file whose owner alone may change its sharing, or null for any
 * other outcome (files refused for being outside the organisation are told of together, see
 * src/core/sharingRefusals.ts).
 */
export function ownerOnlyProblem(item: DriveFile | DriveFolder, label: string, email: string, outcome: Revocation | Grant, giving: boolean): string | null {
  if (outcome !== 'owner-only') return null;
  const owner = ownerEmail(item);
  const whose = owner === '' ? 'Its owner' : `Its owner, ${owner},`;
  const ask = giving ? `share it with ${email}` : `remove ${email}`;
  return `${label}: ${whose} has stopped editors from changing who can open it. Ask them to ${ask}.`;
}

/** Gives the person edit access to the case folder, or takes every access away, as they may or may not edit it. */
export function syncFolderAccess(folder: DriveFolder, email: string, mayEdit: boolean, userEmail: string): Revocation | Grant {
  return mayEdit ? grant(folder, email, userEmail) : revoke(folder, email, userEmail);
}
