/**
 * The Drive part of onboarding, declaring a conflict and offboarding, done after the records are
 * written: a fault here leaves records that Audit sharing, or running the action again, brings
 * Drive back in line with.
 */
import { DriveFile, DriveFolder, DriveSharing, addEditors, readSharing, removeAccess } from '../../gas/drive';
import { UserError, isUserError } from '../../core/errors';

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

/** Takes the person off a file's editors and viewers; true when they had access. Owners are left. */
export function revoke(item: DriveFile | DriveFolder, email: string, sharing: DriveSharing = readSharing(item)): boolean {
  if (sharing.owner === email) return false;
  if (!sharing.editors.includes(email) && !sharing.viewers.includes(email)) return false;
  removeAccess(item, email, sharing);
  return true;
}

/** Gives the person edit access to the case folder, or takes every access away, as they may or may not edit it. */
export function syncFolderAccess(folder: DriveFolder | null, email: string, mayEdit: boolean): void {
  if (!folder) return;
  if (mayEdit) addEditors(folder, [email]);
  else revoke(folder, email);
}
