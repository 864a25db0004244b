/**
 * The identity key (spec section 3): creating a new one, linking an existing one, and refreshing
 * the columns the add-on computes from `Cases`. The entry points check access and hold the
 * document lock; the key itself is a separate, private spreadsheet.
 */
import { ActionContext } from '../gas/context';
import { keyCustodyProblem } from '../core/keyCustody';
import { ownerOfRunSpreadsheet } from '../gas/protection';
import { openFile, readLinkSharing, readSharing, trashQuietly } from '../gas/drive';
import { createIdentityKeyFile, openIdentityKeyFile } from '../gas/identityKeyFile';
import { SheetSnapshot, writeBlock } from '../gas/spreadsheet';
import { UserError } from '../core/errors';
import { identityKeyHeaderRow } from '../core/identityKey';
import { Member, normaliseEmail } from '../core/members';
import { SETTINGS_SHEET } from '../core/schema';
import { planSettingUpdate } from '../core/settings';
import { describeLinkSharing, intendedKeyEditors, isPrivate } from '../core/sharing';
import { peopleOutsideSentences } from '../core/sharingRefusals';
import type { IdentityKeyResult, RefreshIdentityKeyResult } from '../core/apiTypes';
import { appendAuditLogAfter } from './audit';
import { notSetUp, readCasesSheet, readSettingsSheet } from './records';
import { writeIdentityColumns } from './identityKey/columns';
import { openIdentityKey, readIdentityKeySpreadsheet } from './identityKey/open';

export { openIdentityKey, tryOpenIdentityKey } from './identityKey/open';
export type { OpenedIdentityKey } from './identityKey/open';

/** The name a new identity key gets in Drive: it says what the file is, never whom it names. */
export const IDENTITY_KEY_FILE_NAME = 'CoC WG identity key';

/** Active members with Identity Key Access, besides `owner`: the key's editors. */
export function identityKeyEditors(members: readonly Member[], owner: string): string[] {
  const self = normaliseEmail(owner);
  return intendedKeyEditors(members).filter((email) => email !== self);
}

function settingsSnapshot(context: ActionContext): { snapshot: SheetSnapshot; keyId: string } {
  const { snapshot, settings } = readSettingsSheet(context);
  if (!snapshot) throw notSetUp(SETTINGS_SHEET);
  // Planned first: a Settings sheet with no row for the id fails before anything is made.
  planSettingUpdate(snapshot.values, 'identityKeySpreadsheetId', '');
  return { snapshot, keyId: settings.identityKeySpreadsheetId };
}

function writeKeyId(snapshot: SheetSnapshot, id: string): void {
  const cell = planSettingUpdate(snapshot.values, 'identityKeySpreadsheetId', id);
  writeBlock(snapshot.sheet, cell.rowIndex + 1, cell.columnIndex + 1, cell.values);
}

/**
 * Creates a new identity key: a private spreadsheet with the `Identity Key` sheet and its headers,
 * shared as editor only with the active members who have Identity Key Access, and records its id
 * in `Settings`. A fault part-way trashes the new file, so no unlinked copy is left behind.
 *
 * @throws UserError 'identity-key-exists' when `Settings` already names a key this user can open.
 */
export function createIdentityKey(context: ActionContext, members: readonly Member[]): IdentityKeyResult {
  const { snapshot, keyId } = settingsSnapshot(context);
  if (keyId !== '' && openIdentityKeyFile(keyId) !== null) {
    throw new UserError(
      'identity-key-exists',
      'This spreadsheet already has an identity key (its id is in Settings), so no new one was made. To use a different spreadsheet, choose Django CoC › Identity key › Link existing identity key.',
    );
  }
  if (keyId !== '') {
    // A key that does not open for this user may still hold the group's real names: making a new
    // one in its place would split the key and hide it (spec section 9, "Fail closed").
    throw new UserError(
      'identity-key-unopenable',
      'Settings already names an identity key, which does not open for you, so no new one was made: it may hold real names you cannot see. Ask its owner, or a member with Identity Key Access who can open it, to share it with you; or, if it is truly gone, ask the chair to clear the Identity Key Spreadsheet ID in Settings first.',
    );
  }
  let createdId: string | null = null;
  let linked = false;
  try {
    const file = createIdentityKeyFile(IDENTITY_KEY_FILE_NAME, identityKeyHeaderRow(), identityKeyEditors(members, context.userEmail), context.userEmail, (id) => {
      createdId = id;
    });
    writeKeyId(snapshot, file.id);
    linked = true;
    appendAuditLogAfter(context, 'Created identity key', [], 'The identity key was created and linked');
    return { spreadsheetId: file.id, url: file.url, notShared: peopleOutsideSentences('the identity key', file.refusedEditors) };
  } catch (error) {
    if (createdId !== null && !linked) trashQuietly(createdId);
    throw error;
  }
}

const UNOPENABLE =
  'That spreadsheet could not be opened with your account. Check the id or link, and that the spreadsheet is shared with you. Nothing was changed.';

const SPREADSHEET_LINK = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/;
const BARE_ID = /^[A-Za-z0-9_-]+$/;

/**
 * The spreadsheet id in what a person pasted: a bare id, or a Google Sheets link
 * (`https://docs.google.com/spreadsheets/d/ID/edit#gid=0`).
 *
 * @throws UserError 'invalid-identity-key-id' otherwise; the message never repeats the text.
 */
export function spreadsheetIdFrom(idOrUrl: unknown): string {
  const text = typeof idOrUrl === 'string' ? idOrUrl.trim() : '';
  const id = SPREADSHEET_LINK.exec(text)?.[1] ?? (BARE_ID.test(text) ? text : null);
  if (id === null) {
    throw new UserError(
      'invalid-identity-key-id',
      "Enter the identity key's spreadsheet id, or its full Google Sheets link (https://docs.google.com/spreadsheets/d/…/edit). Nothing was changed.",
    );
  }
  return id;
}

/**
 * Refuses a key file that anyone besides the people it is shared with can open: it holds real
 * names (spec section 3), so the chair makes it private first.
 *
 * @throws UserError 'identity-key-not-private' when the file has link or domain sharing.
 */
function requirePrivate(id: string): void {
  const file = openFile(id);
  if (!file) throw new UserError('identity-key-unavailable', UNOPENABLE);
  const { access, permission } = readLinkSharing(file);
  if (isPrivate(access)) return;
  throw new UserError(
    'identity-key-not-private',
    `${describeLinkSharing(access, permission, 'that spreadsheet')} The identity key holds real names, so it must be private before it is linked: in Google Drive, open Share and set General access to Restricted, then link it again. Nothing was changed.`,
  );
}

/**
 * Links an existing spreadsheet as the identity key once it has checked that the user can open
 * it, that it has no link or domain sharing, and that its `Identity Key` sheet has every column
 * (by header text, in any order). Nothing is written until every check has passed.
 */
export function linkIdentityKey(context: ActionContext, idOrUrl: unknown, members: readonly Member[]): IdentityKeyResult {
  const id = spreadsheetIdFrom(idOrUrl);
  const { snapshot, keyId } = settingsSnapshot(context);
  if (id === context.spreadsheet.getId()) {
    throw new UserError(
      'identity-key-invalid',
      'The identity key must be a separate spreadsheet, so that real names never sit beside the case records. Nothing was changed.',
    );
  }
  const spreadsheet = openIdentityKeyFile(id);
  if (!spreadsheet) throw new UserError('identity-key-unavailable', UNOPENABLE);
  requirePrivate(id);
  // Real names go only into a key a chair or the owner owns and nobody else can open (spec section 9).
  const custody = keyCustodyProblem(readSharing(openFile(id)!), members, ownerOfRunSpreadsheet(context));
  if (custody === 'owner') {
    throw new UserError('identity-key-custody', 'That spreadsheet is not owned by a chair or by the owner of this spreadsheet, so it was not linked: real names go only into a key the chair controls. Nothing was changed.');
  }
  if (custody === 'shared') {
    throw new UserError('identity-key-custody', 'That spreadsheet is shared with someone who is not an active member with Identity Key Access, so it was not linked. Remove them in Google Drive (Share), then link it again. Nothing was changed.');
  }
  readIdentityKeySpreadsheet(spreadsheet, context.timeZone, 'That spreadsheet');
  if (keyId !== id) {
    writeKeyId(snapshot, id);
    appendAuditLogAfter(context, 'Linked identity key', [], 'The identity key was linked');
  }
  return { spreadsheetId: id, url: spreadsheet.getUrl() };
}

/**
 * Recomputes Report Count and Highest Consequence for every person in the key from `Cases`: one
 * read of each sheet, and one write (two when the columns are not side by side; none when nothing
 * changed). People no longer named keep their row with 0.
 */
export function refreshIdentityKey(context: ActionContext): RefreshIdentityKeyResult {
  const { settings } = readSettingsSheet(context);
  const key = openIdentityKey(context, settings);
  const { table } = readCasesSheet(context);
  const outcome = writeIdentityColumns(key.sheet, key.values, table.records, settings.vocabularies.consequences);
  if (outcome.changed) appendAuditLogAfter(context, 'Refreshed identity key', [], "The identity key's counts were refreshed");
  return { people: outcome.people, unknownConsequences: outcome.unknownConsequences };
}
