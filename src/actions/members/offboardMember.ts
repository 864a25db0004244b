/**
 * Spec section 6's "Offboard member".
 */
import { ActionContext } from '../../gas/context';
import { DriveFile, DriveFolder, openFile } from '../../gas/drive';
import { filesListedIn } from '../../gas/caseFolderTitles';
import { looksLikeCaseCodeName } from '../../core/codeNames';
import { SheetSnapshot } from '../../gas/spreadsheet';
import { UserError } from '../../core/errors';
import { nextCaseBatch, unfinishedSentence } from '../../core/caseBatches';
import { deleteDocumentProperty, readDocumentProperty, writeDocumentProperty } from '../../gas/documentProperties';
import { findMember, Member } from '../../core/members';
import { offboardingLeftoverSentences } from '../../core/offboardingLeftovers';
import { MEMBERS_COLUMNS, MEMBERS_SHEET } from '../../core/schema';
import type { OffboardMemberResult } from '../../core/apiTypes';
import { Access } from '../access';
import { appendAuditLog } from '../audit';
import { caseLabel, casesOf, findCaseDocuments, linksOf } from '../caseDocuments/findCaseDocuments';
import { readCasesSheet, readSettingsSheet } from '../records';
import { parseMemberEmail } from './memberInput';
import { requireColumns, writeRowCells } from './memberRecords';
import { revoke, sharingStep } from './memberSharing';
import { caseFileTest, documentsTitledOutsideFolder } from '../caseDocuments/caseFolderFiles';
import { IDENTITY_KEY_LABEL, STATUS_SPREADSHEET_LABEL } from '../../core/sharing';

export const CASE_FOLDER_LABEL = 'Case documents folder';

/** What the chair is told when Settings names the tracker as the identity key, so the real key is not known. */
const KEY_IS_TRACKER = (email: string) =>
  `The Identity Key Spreadsheet ID in Settings is this status spreadsheet, so ${email} could not be taken off the real identity key: link the real key again (Django CoC › Identity key › Link existing identity key), then run Offboard member for ${email} again.`;

/** The document property holding the last case an unfinished offboarding of `email` did. */
function progressKey(email: string): string {
  return `offboarding.continueAfter.${email}`;
}

/**
 * The member `rawEmail` names, checked before anything is asked or changed: a clear sentence when
 * it is not an email, not a member, or the chair themselves.
 */
export function memberToOffboard(access: Access, rawEmail: unknown): { email: string; member: Member } {
  const email = parseMemberEmail(rawEmail);
  if (email === access.member.email) {
    throw new UserError('offboard-self', 'You cannot offboard yourself. Make another member chair first and ask them to do it.');
  }
  const member = findMember(access.members, email);
  if (!member) throw new UserError('unknown-member', 'That email is not in the Members sheet, so there is nobody to offboard. Check the spelling.');
  return { email, member };
}

/**
 * Spec section 6's "Offboard member": marks them inactive, then removes their access to every
 * case document (those the rows link, and every file in the case folder), the case folder, the
 * identity key and the status spreadsheet. Drive lets only a file's owner hand it
 * over, so the files they own are listed in `leftForChair`, with the files whose owner stopped
 * editors from sharing and the cases whose document the chair cannot open, and `toDo` says what
 * the chair should ask for each.
 */
export function offboardMember(context: ActionContext, access: Access, rawEmail: unknown): OffboardMemberResult {
  const { email, member } = memberToOffboard(access, rawEmail);
  const columns = requireColumns(access.snapshot, MEMBERS_SHEET, MEMBERS_COLUMNS);
  const { table } = readCasesSheet(context);
  const { settings } = readSettingsSheet(context);

  // An offboarding too long for one run goes on from where the last run stopped (caseBatches.ts).
  const resumeAfter = member.active ? null : readDocumentProperty(progressKey(email));
  writeRowCells(access.snapshot as SheetSnapshot, member.rowIndex, new Map([[columns.active, 'No']]));
  if (resumeAfter === null) appendAuditLog(context, 'Offboarded member');

  return sharingStep(() => {
    const cases = casesOf(table.records);
    const { batch, continueAfter, remaining } = nextCaseBatch(cases, resumeAfter);
    const found = findCaseDocuments(batch, settings);
    const removedFrom: string[] = [];
    const owned: string[] = [];
    const ownerOnly: string[] = [];
    const handle = (item: DriveFile | DriveFolder, label: string): void => {
      const outcome = revoke(item, email, access.member.email);
      const list = outcome === 'removed' ? removedFrom : outcome === 'owns-it' ? owned : outcome === 'owner-only' ? ownerOnly : null;
      if (list && !list.includes(label)) list.push(label);
    };
    for (const document of found.documents.values()) handle(document.file, caseLabel(cases, document.caseCodeName));
    // A case whose rows link more than one document (another case's name typed over a row) keeps
    // every one of them from the member who leaves, not only the first that opens.
    const handled = new Set([...found.documents.values()].map((document) => document.id));
    for (const entry of batch.values()) {
      for (const link of linksOf(entry)) {
        if (handled.has(link.id)) continue;
        handled.add(link.id);
        const file = openFile(link.id);
        if (file) handle(file, caseLabel(cases, entry.caseCodeName));
        else found.unreachable.push(entry.caseCodeName);
      }
    }
    // One listing of the folder: its titles tell which cases' documents live elsewhere.
    const folderFiles = found.folder ? filesListedIn(settings.caseDocumentsFolderId) : [];
    // A case document outside the folder (a member made it in their own Drive) that a typed-over
    // Documents cell no longer links is still the case's: leaving means leaving it too.
    for (const [id, entry] of documentsTitledOutsideFolder(batch, folderFiles)) {
      if (handled.has(id)) continue;
      handled.add(id);
      const file = openFile(id);
      if (file) handle(file, caseLabel(cases, entry.caseCodeName));
    }
    // A chair who cannot open the folder or the key cannot take anyone off them: said, for one who can.
    const notOpened: string[] = [];
    if (found.folder) {
      // A document in the folder that no row links any more (its rows deleted by hand) is still a
      // case record: leaving means leaving it too. Swept once, by the run that finishes.
      if (continueAfter === null) {
        const isCaseFile = caseFileTest(cases, batch, found.documents);
        for (const listed of folderFiles) {
          const title = listed.title.trim();
          if (handled.has(listed.id) || isCaseFile(listed.id, title)) continue;
          const file = openFile(listed.id);
          if (file) handle(file, looksLikeCaseCodeName(title) ? title : `A document in the case folder (${listed.id})`);
        }
      }
      // The folder, the key and the tracker on every run, so none waits for the last batch.
      handle(found.folder, CASE_FOLDER_LABEL);
    } else if (settings.caseDocumentsFolderId !== '') {
      notOpened.push(CASE_FOLDER_LABEL);
    }
    const trackerId = context.spreadsheet.getId();
    const keyId = settings.identityKeySpreadsheetId.trim();
    // Settings naming this tracker as the key (a typing slip) hides where the real key is: taking the
    // member off the tracker is no taking them off the key, so it is not reported as that.
    const keyIsTracker = keyId !== '' && keyId === trackerId;
    const key = keyId === '' || keyIsTracker ? null : openFile(keyId);
    if (key) handle(key, IDENTITY_KEY_LABEL);
    else if (keyId !== '' && !keyIsTracker) notOpened.push(IDENTITY_KEY_LABEL);
    // Leaving means leaving (spec section 9): an editor of the tracker could still type into it.
    const tracker = openFile(trackerId);
    if (tracker) handle(tracker, STATUS_SPREADSHEET_LABEL);
    if (continueAfter !== null) writeDocumentProperty(progressKey(email), continueAfter);
    else if (resumeAfter !== null) deleteDocumentProperty(progressKey(email));
    const unreachable = found.unreachable.map((name) => caseLabel(cases, name));
    return {
      email,
      removedFrom,
      leftForChair: [...owned, ...ownerOnly, ...unreachable, ...notOpened, ...(keyIsTracker ? [IDENTITY_KEY_LABEL] : [])],
      toDo: [
        ...offboardingLeftoverSentences({ email, chairEmail: access.member.email, owned, ownerOnly, unreachable }),
        ...notOpened.map((label) => `The ${label.toLowerCase()} does not open for you, so ${email}'s access to it could not be removed: ask a chair who can open it to run Audit sharing.`),
        ...(keyIsTracker ? [KEY_IS_TRACKER(email)] : []),
      ],
      ...(continueAfter !== null ? { unfinished: unfinishedSentence(batch.size, remaining, `Offboard member for ${email}`) } : {}),
    };
  });
}
