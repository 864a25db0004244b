/**
 * Who owns a Drive file or folder and who can open it, for the custody checks that guard the
 * identity key and the case folder (spec section 9), read with one Drive API call
 * (`Drive.Files.get` with a field mask, the Drive advanced service v3) where DriveApp costs a dozen
 * (open, isTrashed, owner, editors, viewers, link sharing, each person's email).
 */
import type { FileSharing } from '../core/sharing';
import { normaliseEmail } from '../core/members';

/** A file's sharing as the custody checks read it (see src/core/keyCustody.ts). */
export type Custody = FileSharing & { hiddenPeople?: number };

const CUSTODY_FIELDS = 'mimeType,trashed,owners(emailAddress),permissions(type,role,emailAddress,allowFileDiscovery)';
const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
/** Drive's answer for an id that is missing or not shared with the user (it does not say which). */
const NOT_FOUND = /File not found/i;

const EDITOR_ROLES = ['writer', 'fileOrganizer', 'organizer'];
const PERMISSION_OF_ROLE: Record<string, string> = { reader: 'VIEW', commenter: 'COMMENT', writer: 'EDIT' };

/**
 * The item's custody; null when it is missing, trashed, not shared with the user, or not a folder
 * when a folder is wanted; 'unlisted' when Drive does not list its permissions to this user ("only
 * available if the requesting user can share the file", File.permissions), so the caller reads it
 * through DriveApp instead. A person whose address Drive hides counts in `hiddenPeople`.
 */
export function readCustody(id: string, kind: 'file' | 'folder'): Custody | null | 'unlisted' {
  if (id.trim() === '') return null;
  let file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    // appsscript.json enables the service; the types allow for a script that does not.
    file = (Drive as GoogleAppsScript.Drive).Files.get(id.trim(), { fields: CUSTODY_FIELDS });
  } catch (error) {
    if (typeof error === 'object' && error !== null && NOT_FOUND.test(String((error as { message?: unknown }).message))) return null;
    throw error;
  }
  if (file.trashed === true || (kind === 'folder' && file.mimeType !== FOLDER_MIME_TYPE)) return null;
  if (file.permissions === undefined) return 'unlisted';
  const owner = normaliseEmail(file.owners?.[0]?.emailAddress ?? '');
  const custody: Custody = { access: 'PRIVATE', permission: 'NONE', owner, editors: [], viewers: [], hiddenPeople: 0 };
  for (const permission of file.permissions) {
    const role = permission.role ?? '';
    if (permission.type === 'anyone' || permission.type === 'domain') {
      const where = permission.type === 'anyone' ? 'ANYONE' : 'DOMAIN';
      custody.access = permission.allowFileDiscovery === true ? where : `${where}_WITH_LINK`;
      custody.permission = PERMISSION_OF_ROLE[role] ?? 'VIEW';
      continue;
    }
    if (role === 'owner') continue;
    if (permission.emailAddress === undefined || permission.emailAddress === '') {
      custody.hiddenPeople = (custody.hiddenPeople ?? 0) + 1;
      continue;
    }
    const email = normaliseEmail(permission.emailAddress);
    if (email === owner) continue;
    (EDITOR_ROLES.includes(role) ? custody.editors : custody.viewers).push(email);
  }
  return custody;
}
