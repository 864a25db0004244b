import { CASE_DOC_ID, CASE_FOLDER_ID, MEMBER, OTHER_MEMBER, OUTSIDER, driveFor, emailsOf, storedItem, workspaceWithCaseDocument } from './driveFixtures';
import { DRIVE_ITEM_NOT_FOUND, ITERATOR_EXHAUSTED, OWNER_NOT_REMOVABLE, FOLDER_CYCLE } from '../../emulator/services/drive/sharing';
import { createSession } from '../../emulator/services/session/session';
import { createEmptyWorkspace, CHAIR_EMAIL, STATUS_SPREADSHEET_ID } from '../../emulator/workspace';

describe('DriveApp.getFileById', () => {
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String): gets the file with the given ID.
  it('returns the item with its name to its owner', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(drive.getFileById(CASE_DOC_ID).getName()).toBe('home shelf');
  });

  // A user listed as a viewer may open the file.
  it('opens a private file for a user listed as a viewer', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ viewers: [MEMBER] }), MEMBER);
    expect(drive.getFileById(CASE_DOC_ID).getId()).toBe(CASE_DOC_ID);
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String): an unknown id throws
  // "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it."
  it('throws Drive\'s "No item with the given ID" error for an id that does not exist', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(() => drive.getFileById('doc-that-never-was')).toThrow(DRIVE_ITEM_NOT_FOUND);
  });

  // The same error for a file the user is neither owner, editor nor viewer of.
  it('throws the same error to a user the private file is not shared with', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ editors: [OTHER_MEMBER] }), MEMBER);
    expect(() => drive.getFileById(CASE_DOC_ID)).toThrow(DRIVE_ITEM_NOT_FOUND);
  });

  // https://developers.google.com/apps-script/reference/drive/access: ANYONE_WITH_LINK lets anyone who has the link open it.
  it('opens a file shared with anyone with the link for any user', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ access: 'ANYONE_WITH_LINK', permission: 'VIEW' }), OUTSIDER);
    expect(drive.getFileById(CASE_DOC_ID).getName()).toBe('home shelf');
  });

  // https://developers.google.com/apps-script/reference/drive/access: DOMAIN sharing reaches only people in the domain.
  it('opens a domain-shared file for a user in the domain but not for one outside it', () => {
    const workspace = workspaceWithCaseDocument({ access: 'DOMAIN', permission: 'VIEW' });
    expect(driveFor(workspace, MEMBER).drive.getFileById(CASE_DOC_ID).getId()).toBe(CASE_DOC_ID);
    expect(() => driveFor(workspace, OUTSIDER).drive.getFileById(CASE_DOC_ID)).toThrow(DRIVE_ITEM_NOT_FOUND);
  });

  // https://support.google.com/drive/answer/2494822: people with access to a folder get access to the files in it.
  it('opens a file for a user who was given the folder that holds it', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ parents: [CASE_FOLDER_ID] }, { editors: [MEMBER] }), MEMBER);
    expect(drive.getFileById(CASE_DOC_ID).getId()).toBe(CASE_DOC_ID);
  });

  // https://developers.google.com/apps-script/reference/drive/file#isTrashed(): DriveApp still hands out a trashed file by
  // id; isTrashed() is how a script tells.
  it('opens a trashed file, which says it is trashed', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ trashed: true }));
    expect(drive.getFileById(CASE_DOC_ID).isTrashed()).toBe(true);
  });

  it('counts each call under its service and method name', () => {
    const { run, drive } = driveFor(workspaceWithCaseDocument());
    drive.getFileById(CASE_DOC_ID).getName();
    expect(run.calls).toEqual({ 'DriveApp.getFileById': 1, 'File.getName': 1 });
  });
});

describe('File editors and viewers', () => {
  // https://developers.google.com/apps-script/reference/drive/file#getEditors(): the list of editors; the owner is not among them.
  it('lists an added editor and not the owner', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const file = drive.getFileById(CASE_DOC_ID).addEditor(MEMBER);
    expect(emailsOf(file.getEditors())).toEqual([MEMBER]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#addEditor(String): methods that change the file return it for chaining.
  it('returns the same File from addEditor so calls chain', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const file = drive.getFileById(CASE_DOC_ID);
    expect(file.addEditor(MEMBER)).toBe(file);
  });

  // https://developers.google.com/apps-script/reference/drive/file#addEditor(String): "If the user was already on the list of
  // viewers, this method promotes the user out of the list of viewers."
  it('promotes a viewer out of the viewers when added as an editor', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ viewers: [MEMBER] }));
    const file = drive.getFileById(CASE_DOC_ID).addEditor(MEMBER);
    expect([emailsOf(file.getEditors()), emailsOf(file.getViewers())]).toEqual([[MEMBER], []]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#addViewer(String): "If the user was already on the list of
  // editors, this method has no effect."
  it('leaves an editor an editor when added as a viewer', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ editors: [MEMBER] }));
    const file = drive.getFileById(CASE_DOC_ID).addViewer(MEMBER);
    expect([emailsOf(file.getEditors()), emailsOf(file.getViewers())]).toEqual([[MEMBER], []]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#addEditors(String): adds each user in the array.
  it('adds every user of addEditors and addViewers', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const file = drive.getFileById(CASE_DOC_ID).addEditors([MEMBER, OTHER_MEMBER]).addViewers([OUTSIDER]);
    expect([emailsOf(file.getEditors()), emailsOf(file.getViewers())]).toEqual([[MEMBER, OTHER_MEMBER], [OUTSIDER]]);
  });

  // Google accounts' addresses are case-insensitive: Drive matches them whatever the case typed.
  it('matches emails case-insensitively when removing an editor', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const file = drive.getFileById(CASE_DOC_ID).addEditor('Fictional.Member@Example.org').removeEditor(MEMBER);
    expect(file.getEditors()).toHaveLength(0);
  });

  // https://developers.google.com/apps-script/reference/drive/file#addEditor(User): a User is accepted in place of an email.
  it('accepts a User object where an email is expected', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const file = drive.getFileById(CASE_DOC_ID).addViewer(MEMBER);
    file.addEditor(file.getViewers()[0]);
    expect(emailsOf(file.getEditors())).toEqual([MEMBER]);
  });

  it('accepts the User that Session gives', () => {
    const workspace = workspaceWithCaseDocument({ editors: [MEMBER] });
    const { run, drive } = driveFor(workspace, MEMBER);
    const me = (createSession(run) as unknown as GoogleAppsScript.Base.Session).getActiveUser();
    drive.getFileById(CASE_DOC_ID).removeEditor(me);
    expect(workspace.files[CASE_DOC_ID].editors).toEqual([]);
  });

  // Apps Script rejects an argument that is neither an email nor a User with its signature error.
  it('rejects an object that is not a User', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(() => drive.getFileById(CASE_DOC_ID).addEditor({ email: MEMBER } as unknown as string)).toThrow(
      "The parameters (Object) don't match the method signature for DriveApp.File.addEditor.",
    );
  });

  // https://developers.google.com/apps-script/reference/drive/file#removeEditor(String): "For Drive files, this also removes the
  // user from the list of viewers."
  it('removes the user from the viewers too when removing an editor', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ viewers: [MEMBER] }));
    const file = drive.getFileById(CASE_DOC_ID).removeEditor(MEMBER);
    expect(file.getViewers()).toHaveLength(0);
  });

  // https://developers.google.com/apps-script/reference/drive/file#removeViewer(String): "This method has no effect if the user
  // is an editor, not a viewer or commenter."
  it('leaves an editor in place when removing them as a viewer', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ editors: [MEMBER] }));
    const file = drive.getFileById(CASE_DOC_ID).removeViewer(MEMBER);
    expect(emailsOf(file.getEditors())).toEqual([MEMBER]);
  });

  // Drive keeps the owner on every file: removing them is refused.
  it('refuses to remove the owner as an editor', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(() => drive.getFileById(CASE_DOC_ID).removeEditor(CHAIR_EMAIL)).toThrow(OWNER_NOT_REMOVABLE);
  });

  // Only people who can edit a file can change who it is shared with; Apps Script throws "Access denied: DriveApp."
  it('throws "Access denied: DriveApp." when a viewer adds an editor', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ viewers: [MEMBER] }), MEMBER);
    expect(() => drive.getFileById(CASE_DOC_ID).addEditor(OTHER_MEMBER)).toThrow('Access denied: DriveApp.');
  });

  // https://developers.google.com/apps-script/reference/drive/file#getEditors(): "If the user who executes the script does not
  // have edit access to the File, this method returns an empty array."
  it('returns no editors or viewers to a user who cannot edit the file', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ editors: [OTHER_MEMBER], viewers: [MEMBER] }), MEMBER);
    const file = drive.getFileById(CASE_DOC_ID);
    expect([file.getEditors(), file.getViewers()]).toEqual([[], []]);
  });

  // Apps Script rejects an address that is not an email: "Invalid email: ...".
  it('rejects a string that is not an email address', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(() => drive.getFileById(CASE_DOC_ID).addEditor('Fictional Member')).toThrow('Invalid email: Fictional Member');
  });

  // https://developers.google.com/apps-script/reference/drive/file#getOwner(): the owner as a User.
  it('gives the owner as a User', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(drive.getFileById(CASE_DOC_ID).getOwner().getEmail()).toBe(CHAIR_EMAIL);
  });
});

describe('File sharing settings', () => {
  // https://developers.google.com/apps-script/reference/drive/file#setSharing(Access,Permission): sets which class of users can
  // access the file and with what permission; getSharingAccess/getSharingPermission read them back.
  it('reads back the access and permission set', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const file = drive.getFileById(CASE_DOC_ID).setSharing(drive.Access.ANYONE_WITH_LINK, drive.Permission.VIEW);
    expect([file.getSharingAccess(), file.getSharingPermission()].map(String)).toEqual(['ANYONE_WITH_LINK', 'VIEW']);
  });

  // https://developers.google.com/apps-script/reference/drive/file#getSharingPermission(): the permission of the users who can
  // access the file besides those given access; a private file has none.
  it('reads the permission as NONE once the file is made private', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ access: 'DOMAIN', permission: 'EDIT' }));
    const file = drive.getFileById(CASE_DOC_ID).setSharing(drive.Access.PRIVATE, drive.Permission.EDIT);
    expect([file.getSharingAccess(), file.getSharingPermission()]).toEqual([drive.Access.PRIVATE, drive.Permission.NONE]);
  });

  it('throws "Access denied: DriveApp." when a viewer changes the sharing', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ viewers: [MEMBER] }), MEMBER);
    expect(() => drive.getFileById(CASE_DOC_ID).setSharing(drive.Access.ANYONE, drive.Permission.VIEW)).toThrow('Access denied: DriveApp.');
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#properties: Access and Permission are enums of names.
  it('offers the Access and Permission enums', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect([drive.Access.DOMAIN_WITH_LINK, drive.Permission.COMMENT, drive.Permission.NONE].map(String)).toEqual(['DOMAIN_WITH_LINK', 'COMMENT', 'NONE']);
  });
});

describe('File.setOwner', () => {
  // https://developers.google.com/apps-script/reference/drive/file#setOwner(String): "Changes the owner of the File. This method
  // also gives the previous owner explicit edit access to the File."
  it('makes the new owner the owner and the previous owner an editor', () => {
    const workspace = workspaceWithCaseDocument({ editors: [MEMBER] });
    const { drive } = driveFor(workspace);
    drive.getFileById(CASE_DOC_ID).setOwner(MEMBER);
    expect([workspace.files[CASE_DOC_ID].owner, workspace.files[CASE_DOC_ID].editors]).toEqual([MEMBER, [CHAIR_EMAIL]]);
  });

  // Only the owner can transfer ownership of a file in My Drive.
  it('throws "Access denied: DriveApp." when an editor tries to take ownership', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ editors: [MEMBER] }), MEMBER);
    expect(() => drive.getFileById(CASE_DOC_ID).setOwner(MEMBER)).toThrow('Access denied: DriveApp.');
  });
});

describe('File metadata', () => {
  // https://developers.google.com/apps-script/reference/drive/file#getUrl(): the URL that opens the item in its Google app.
  it('gives Docs, Sheets and Drive folder URLs by type', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect([drive.getFileById(CASE_DOC_ID).getUrl(), drive.getFileById(STATUS_SPREADSHEET_ID).getUrl(), drive.getFolderById(CASE_FOLDER_ID).getUrl()]).toEqual([
      `https://docs.google.com/document/d/${CASE_DOC_ID}/edit`,
      `https://docs.google.com/spreadsheets/d/${STATUS_SPREADSHEET_ID}/edit`,
      `https://drive.google.com/drive/folders/${CASE_FOLDER_ID}`,
    ]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#getMimeType(): the MIME type of the item.
  it('gives the Google Docs MIME type of a document', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(drive.getFileById(CASE_DOC_ID).getMimeType()).toBe('application/vnd.google-apps.document');
  });

  // https://developers.google.com/apps-script/reference/drive/file#setName(String): renames the file.
  it('renames the file in the stored workspace', () => {
    const workspace = workspaceWithCaseDocument();
    driveFor(workspace).drive.getFileById(CASE_DOC_ID).setName('quiet harbour');
    expect(workspace.files[CASE_DOC_ID].name).toBe('quiet harbour');
  });

  // https://developers.google.com/apps-script/reference/drive/file#getDateCreated(): a Date, built in the script's own realm.
  it('gives the creation date as a Date of the script\'s realm', () => {
    const { run, drive } = driveFor(workspaceWithCaseDocument());
    const created = drive.getFileById(CASE_DOC_ID).getDateCreated();
    expect([created instanceof run.realm.Date, created.getTime()]).toEqual([true, Date.parse('2020-02-03T04:05:06.000Z')]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean): "Only the owner may trash the File."
  it('lets only the owner trash a file', () => {
    const workspace = workspaceWithCaseDocument({ editors: [MEMBER] });
    expect(() => driveFor(workspace, MEMBER).drive.getFileById(CASE_DOC_ID).setTrashed(true)).toThrow('Access denied: DriveApp.');
    driveFor(workspace).drive.getFileById(CASE_DOC_ID).setTrashed(true);
    expect(workspace.files[CASE_DOC_ID].trashed).toBe(true);
  });
});

describe('Folders', () => {
  // https://developers.google.com/apps-script/reference/drive/drive-app#createFolder(String): creates a folder in the root of
  // the user's Drive.
  it('creates a private folder owned by the user at the top of My Drive', () => {
    const { drive } = driveFor(createEmptyWorkspace(), MEMBER);
    const folder = drive.createFolder('Case documents');
    expect([folder.getOwner().getEmail(), String(folder.getSharingAccess()), folder.getParents().next().getId()]).toEqual([
      MEMBER,
      'PRIVATE',
      drive.getRootFolder().getId(),
    ]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder): moves the item to the destination folder.
  it('moves a file into a folder, which then lists it', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const folder = drive.getFolderById(CASE_FOLDER_ID);
    drive.getFileById(CASE_DOC_ID).moveTo(folder);
    const files = folder.getFiles();
    expect([files.next().getId(), files.hasNext(), drive.getFileById(CASE_DOC_ID).getParents().next().getId()]).toEqual([
      CASE_DOC_ID,
      false,
      CASE_FOLDER_ID,
    ]);
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#getRootFolder(): the root of the user's own Drive.
  it('lists in My Drive the user\'s own top-level files and not files others shared with them', () => {
    const workspace = workspaceWithCaseDocument({ editors: [MEMBER] });
    workspace.files['doc-own'] = storedItem('doc-own', { owner: MEMBER });
    const files = driveFor(workspace, MEMBER).drive.getRootFolder().getFiles();
    expect([files.next().getId(), files.hasNext()]).toEqual(['doc-own', false]);
  });

  // https://developers.google.com/apps-script/reference/drive/file-iterator#next(): throws when no items remain.
  it('throws from next() once the iterator is exhausted', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(() => drive.getFolderById(CASE_FOLDER_ID).getFiles().next()).toThrow(ITERATOR_EXHAUSTED);
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#getFolderById(String): an id that is not a folder's is not found.
  it('does not open a document as a folder', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    expect(() => drive.getFolderById(CASE_DOC_ID)).toThrow(DRIVE_ITEM_NOT_FOUND);
  });

  // https://developers.google.com/apps-script/reference/drive/folder#createFolder(String): creates a folder inside this one.
  it('creates a subfolder inside the folder', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const parent = drive.getFolderById(CASE_FOLDER_ID);
    const child = parent.createFolder('Archive');
    expect([child.getParents().next().getId(), parent.getFolders().next().getName()]).toEqual([CASE_FOLDER_ID, 'Archive']);
  });

  // Drive never makes a folder its own ancestor.
  it('refuses to move a folder into its own subfolder', () => {
    const { drive } = driveFor(workspaceWithCaseDocument());
    const parent = drive.getFolderById(CASE_FOLDER_ID);
    const child = parent.createFolder('Archive');
    expect(() => parent.moveTo(child)).toThrow(FOLDER_CYCLE);
  });

  // https://developers.google.com/apps-script/reference/drive/folder#addEditor(String): folders share like files.
  it('shares a folder with an editor like a file', () => {
    const workspace = workspaceWithCaseDocument();
    driveFor(workspace).drive.getFolderById(CASE_FOLDER_ID).addEditor(MEMBER);
    expect(workspace.files[CASE_FOLDER_ID].editors).toEqual([MEMBER]);
  });
});

describe('DriveApp.getFilesByName', () => {
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFilesByName(String): files in the user's Drive with that name.
  it('finds the files with that name that the user can see', () => {
    const workspace = workspaceWithCaseDocument();
    workspace.files['doc-same-name'] = storedItem('doc-same-name', { name: 'home shelf', owner: OTHER_MEMBER });
    const files = driveFor(workspace).drive.getFilesByName('home shelf');
    expect([files.next().getId(), files.hasNext()]).toEqual([CASE_DOC_ID, false]);
  });
});

describe('User', () => {
  // https://developers.google.com/apps-script/reference/drive/user: getEmail, getName and getDomain.
  it('gives the email, the name before the @ and the domain', () => {
    const { drive } = driveFor(workspaceWithCaseDocument({ editors: [MEMBER] }));
    const user = drive.getFileById(CASE_DOC_ID).getEditors()[0];
    expect([user.getEmail(), user.getName(), user.getDomain()]).toEqual([MEMBER, 'fictional.member', 'example.org']);
  });
});
