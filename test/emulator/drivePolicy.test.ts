/**
 * Where Drive refuses or hides things beyond plain owner / editor / viewer access, each rule
 * copied from Google's reference page it cites: hidden email addresses, setSharing's arguments,
 * the domain's sharing policy, owners who stop editors from sharing, who may take over a file, and
 * trashed files in listings.
 */
import { CASE_DOC_ID, CASE_FOLDER_ID, MEMBER, OUTSIDER, driveFor, emailsOf, storedItem, workspaceWithCaseDocument } from './driveFixtures';
import {
  DOMAIN_SHARING_UNAVAILABLE,
  LINK_SHARING_REFUSED,
  OUTSIDE_SHARING_REFUSED,
  PERMISSION_NONE_NEEDS_ANYONE,
} from '../../emulator/services/drive/sharing';
import { OWNERSHIP_FROM_PERSONAL_ACCOUNT, OWNERSHIP_OUTSIDE_ORGANISATION } from '../../emulator/services/drive/policy';
import { CHAIR_EMAIL } from '../../emulator/workspace';
import type { WorkspaceState } from '../../emulator/workspace/state';

const HIDDEN_MEMBER = 'hidden.member@example.org';
const PERSONAL_ACCOUNT = 'fictional.person@gmail.com';
const COLLEAGUE = 'fictional.colleague@example.org';

function withHiddenEmail(workspace: WorkspaceState, email: string): WorkspaceState {
  workspace.users = { ...workspace.users, [email]: { emailVisible: false } };
  return workspace;
}

function withoutOutsideSharing(workspace: WorkspaceState): WorkspaceState {
  workspace.drivePolicy = { externalSharing: false };
  return workspace;
}

describe('Drive User.getEmail for a hidden address', () => {
  // https://developers.google.com/apps-script/reference/drive/user#getEmail(): "The user's email address is only available if
  // the user has chosen to share the address ... or if the user is in the same domain as the user running the script and the
  // domain administrator has allowed all users within the domain to see other users' email addresses." Return: String|null,
  // "blank string if the email address is not available".
  it('gives a blank string for an editor whose address is hidden', () => {
    const { drive } = driveFor(withHiddenEmail(workspaceWithCaseDocument({ editors: [HIDDEN_MEMBER, MEMBER] }), HIDDEN_MEMBER));
    expect(emailsOf(drive.getFileById(CASE_DOC_ID).getEditors())).toEqual(['', MEMBER]);
  });

  it('shows the address to its own user', () => {
    const { drive } = driveFor(withHiddenEmail(workspaceWithCaseDocument({ editors: [HIDDEN_MEMBER] }), HIDDEN_MEMBER), HIDDEN_MEMBER);
    expect(emailsOf(drive.getFileById(CASE_DOC_ID).getEditors())).toEqual([HIDDEN_MEMBER]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#removeEditor(User): a User taken from getEditors() can be
  // passed back, whether or not its address shows.
  it('still removes the hidden editor when their User is passed back', () => {
    const workspace = withHiddenEmail(workspaceWithCaseDocument({ editors: [HIDDEN_MEMBER] }), HIDDEN_MEMBER);
    const file = driveFor(workspace).drive.getFileById(CASE_DOC_ID);
    file.removeEditor(file.getEditors()[0]);
    expect(workspace.files[CASE_DOC_ID].editors).toEqual([]);
  });
});

describe('File.getAccess for a hidden address', () => {
  // https://developers.google.com/apps-script/reference/drive/file#getAccess(String): "Gets the permission granted to the given
  // user", asked by email, so it answers whether or not Drive shows that address.
  it('tells the owner, an editor whose address is hidden, a viewer and someone without access apart', () => {
    const workspace = withHiddenEmail(workspaceWithCaseDocument({ editors: [HIDDEN_MEMBER], viewers: [MEMBER] }), HIDDEN_MEMBER);
    const file = driveFor(workspace).drive.getFileById(CASE_DOC_ID);
    expect([CHAIR_EMAIL, HIDDEN_MEMBER, MEMBER, OUTSIDER].map((email) => String(file.getAccess(email)))).toEqual(['OWNER', 'EDIT', 'VIEW', 'NONE']);
  });
});

describe('File.setSharing arguments', () => {
  // https://developers.google.com/apps-script/reference/drive/permission#NONE: "This value can be returned, but passing it to
  // File.setSharing(accessType, permissionType) throws an exception unless it's set in combination with Access.ANYONE."
  it.each(['PRIVATE', 'DOMAIN', 'ANYONE_WITH_LINK'])('refuses Permission.NONE with Access.%s, changing nothing', (access) => {
    const workspace = workspaceWithCaseDocument({ access: 'DOMAIN', permission: 'VIEW' });
    const { drive } = driveFor(workspace);
    expect(() => drive.getFileById(CASE_DOC_ID).setSharing(drive.Access[access as 'PRIVATE'], drive.Permission.NONE)).toThrow(PERMISSION_NONE_NEEDS_ANYONE);
    expect([workspace.files[CASE_DOC_ID].access, workspace.files[CASE_DOC_ID].permission]).toEqual(['DOMAIN', 'VIEW']);
  });

  it('accepts Permission.NONE with Access.ANYONE, which gives anyone nothing', () => {
    const workspace = workspaceWithCaseDocument();
    const { drive } = driveFor(workspace);
    drive.getFileById(CASE_DOC_ID).setSharing(drive.Access.ANYONE, drive.Permission.NONE);
    expect(() => driveFor(workspace, OUTSIDER).drive.getFileById(CASE_DOC_ID)).toThrow('No item with the given ID could be found');
  });

  // https://developers.google.com/apps-script/reference/drive/access#PRIVATE: only people explicitly given access; the
  // permission passed with it is then unused and reads back as NONE.
  it('makes a file private with Access.PRIVATE and Permission.VIEW', () => {
    const workspace = workspaceWithCaseDocument({ access: 'ANYONE_WITH_LINK', permission: 'EDIT' });
    const { drive } = driveFor(workspace);
    const file = drive.getFileById(CASE_DOC_ID).setSharing(drive.Access.PRIVATE, drive.Permission.VIEW);
    expect([file.getSharingAccess(), file.getSharingPermission()]).toEqual([drive.Access.PRIVATE, drive.Permission.NONE]);
  });

  // https://developers.google.com/apps-script/reference/drive/access#DOMAIN: "This setting is available only for users of a
  // Google Workspace domain. For other types of Google accounts, passing this value ... throws an exception."
  it('refuses domain sharing on a file a personal account owns', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ owner: PERSONAL_ACCOUNT }), PERSONAL_ACCOUNT);
    expect(() => drive.getFileById(CASE_DOC_ID).setSharing(drive.Access.DOMAIN, drive.Permission.VIEW)).toThrow(DOMAIN_SHARING_UNAVAILABLE);
  });
});

describe('a domain that does not allow sharing outside it', () => {
  // https://developers.google.com/apps-script/reference/drive/access#ANYONE_WITH_LINK: "Domain administrators can prohibit this
  // setting for users of a Google Workspace domain. If the setting is disabled, passing this value to
  // File.setSharing(accessType, permissionType) throws an exception." (ANYONE alike.)
  it.each(['ANYONE', 'ANYONE_WITH_LINK'])('refuses Access.%s, changing nothing', (access) => {
    const workspace = withoutOutsideSharing(workspaceWithCaseDocument());
    const { drive } = driveFor(workspace);
    expect(() => drive.getFileById(CASE_DOC_ID).setSharing(drive.Access[access as 'ANYONE'], drive.Permission.VIEW)).toThrow(LINK_SHARING_REFUSED);
    expect(workspace.files[CASE_DOC_ID].access).toBe('PRIVATE');
  });

  // https://support.google.com/a/answer/60781: administrators can stop users sharing files with people outside the organisation.
  it('refuses an editor or viewer outside the organisation, changing nothing', () => {
    const workspace = withoutOutsideSharing(workspaceWithCaseDocument());
    const file = driveFor(workspace).drive.getFileById(CASE_DOC_ID);
    expect(() => file.addEditor(OUTSIDER)).toThrow(OUTSIDE_SHARING_REFUSED);
    expect(() => file.addViewer(PERSONAL_ACCOUNT)).toThrow(OUTSIDE_SHARING_REFUSED);
    expect([workspace.files[CASE_DOC_ID].editors, workspace.files[CASE_DOC_ID].viewers]).toEqual([[], []]);
  });

  it('still shares with people in the organisation', () => {
    const workspace = withoutOutsideSharing(workspaceWithCaseDocument());
    driveFor(workspace).drive.getFileById(CASE_DOC_ID).addEditors([MEMBER, COLLEAGUE]);
    expect(workspace.files[CASE_DOC_ID].editors).toEqual([MEMBER, COLLEAGUE]);
  });

  it('shares outside when the policy allows it (the default)', () => {
    const workspace = workspaceWithCaseDocument();
    driveFor(workspace).drive.getFileById(CASE_DOC_ID).addEditor(OUTSIDER);
    expect(workspace.files[CASE_DOC_ID].editors).toEqual([OUTSIDER]);
  });
});

describe('File.setShareableByEditors', () => {
  // https://developers.google.com/apps-script/reference/drive/file#isShareableByEditors(): true by default.
  it('lets editors share until the owner says otherwise', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ editors: [MEMBER] }), MEMBER);
    expect(drive.getFileById(CASE_DOC_ID).isShareableByEditors()).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/drive/file#setShareableByEditors(Boolean): "Sets whether users with edit
  // permissions to the File are allowed to share with other users or change the permissions."
  it('stops an editor from adding, removing or opening up access, changing nothing', () => {
    const workspace = workspaceWithCaseDocument({ editors: [MEMBER, COLLEAGUE] });
    driveFor(workspace).drive.getFileById(CASE_DOC_ID).setShareableByEditors(false);
    const before = structuredClone(workspace.files[CASE_DOC_ID]);
    const { drive } = driveFor(workspace, MEMBER);
    const file = drive.getFileById(CASE_DOC_ID);
    expect(() => file.addEditor(OUTSIDER)).toThrow('Access denied: DriveApp.');
    expect(() => file.removeEditor(COLLEAGUE)).toThrow('Access denied: DriveApp.');
    expect(() => file.setSharing(drive.Access.ANYONE_WITH_LINK, drive.Permission.VIEW)).toThrow('Access denied: DriveApp.');
    expect(workspace.files[CASE_DOC_ID]).toEqual(before);
  });

  it('still lets the owner change the sharing', () => {
    const workspace = workspaceWithCaseDocument({ editors: [MEMBER], shareableByEditors: false });
    driveFor(workspace).drive.getFileById(CASE_DOC_ID).removeEditor(MEMBER);
    expect(workspace.files[CASE_DOC_ID].editors).toEqual([]);
  });

  it('lets only the owner decide it', () => {
    const workspace = workspaceWithCaseDocument({ editors: [MEMBER] });
    expect(() => driveFor(workspace, MEMBER).drive.getFileById(CASE_DOC_ID).setShareableByEditors(false)).toThrow('Access denied: DriveApp.');
    expect(workspace.files[CASE_DOC_ID].shareableByEditors).toBeUndefined();
  });
});

describe('File.setOwner transfer rules', () => {
  // https://developers.google.com/workspace/drive/api/guides/transfer-file: "Ownership of files existing in My Drive can be
  // transferred from one Google Workspace account to another account in the same organization."
  it('hands a file to someone in the owner\'s organisation', () => {
    const workspace = workspaceWithCaseDocument();
    driveFor(workspace).drive.getFileById(CASE_DOC_ID).setOwner(COLLEAGUE);
    expect(workspace.files[CASE_DOC_ID].owner).toBe(COLLEAGUE);
  });

  // https://support.google.com/drive/answer/2494892: with a work or school account "you can only transfer ownership of files
  // and folders to someone in your organization".
  it.each([OUTSIDER, PERSONAL_ACCOUNT])('refuses to hand a file to %s outside the organisation, changing nothing', (newOwner) => {
    const workspace = workspaceWithCaseDocument();
    expect(() => driveFor(workspace).drive.getFileById(CASE_DOC_ID).setOwner(newOwner)).toThrow(OWNERSHIP_OUTSIDE_ORGANISATION);
    expect(workspace.files[CASE_DOC_ID].owner).toBe(CHAIR_EMAIL);
  });

  // The same guide: between consumer accounts the transfer waits until "the prospective owner explicitly consents", which a
  // script run by the current owner cannot do.
  it('refuses a transfer from a personal account, changing nothing', () => {
    const workspace = workspaceWithCaseDocument({ owner: PERSONAL_ACCOUNT });
    const { drive } = driveFor(workspace, PERSONAL_ACCOUNT);
    expect(() => drive.getFileById(CASE_DOC_ID).setOwner(CHAIR_EMAIL)).toThrow(OWNERSHIP_FROM_PERSONAL_ACCOUNT);
    expect(workspace.files[CASE_DOC_ID].owner).toBe(PERSONAL_ACCOUNT);
  });
});

describe('trashed files in listings', () => {
  /** The case document and a trashed copy with the same title, both in the case folder. */
  function folderWithTrashedCopy(): WorkspaceState {
    const workspace = workspaceWithCaseDocument({ parents: [CASE_FOLDER_ID] });
    workspace.files['doc-trashed'] = storedItem('doc-trashed', { name: 'home shelf', parents: [CASE_FOLDER_ID], trashed: true });
    workspace.documents['doc-trashed'] = { body: [{ text: '', heading: 'NORMAL' }] };
    return workspace;
  }

  function listed(iterator: GoogleAppsScript.Drive.FileIterator): [string, boolean][] {
    const found: [string, boolean][] = [];
    while (iterator.hasNext()) {
      const file = iterator.next();
      found.push([file.getId(), file.isTrashed()]);
    }
    return found;
  }

  // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list: "This method returns all files by default,
  // including trashed files. If you don't want trashed files to appear in the list, use the trashed=false query parameter."
  // DriveApp's iterators are built on it (https://developers.google.com/apps-script/reference/drive/folder#getFiles()).
  it('lists a trashed file among a folder\'s files', () => {
    const { drive } = driveFor(folderWithTrashedCopy());
    expect(listed(drive.getFolderById(CASE_FOLDER_ID).getFiles())).toEqual([
      [CASE_DOC_ID, false],
      ['doc-trashed', true],
    ]);
  });

  it('finds a trashed file by name in a folder and across Drive', () => {
    const { drive } = driveFor(folderWithTrashedCopy());
    expect([listed(drive.getFolderById(CASE_FOLDER_ID).getFilesByName('home shelf')), listed(drive.getFilesByName('home shelf'))]).toEqual([
      [
        [CASE_DOC_ID, false],
        ['doc-trashed', true],
      ],
      [
        [CASE_DOC_ID, false],
        ['doc-trashed', true],
      ],
    ]);
  });

  it('does not list a trashed file for someone it was never shared with', () => {
    const { drive } = driveFor(folderWithTrashedCopy(), OUTSIDER);
    expect(listed(drive.getFilesByName('home shelf'))).toEqual([]);
  });
});
