/**
 * Finding the documents of existing cases (spec section 6): a case's Documents links first, then
 * the case folder. Used by opening a case's document, onboarding, offboarding and the sharing audit.
 */
import { DriveFile, DriveFolder, openFile, openFolder, urlOf } from '../../gas/drive';
import { listFolderTitles } from '../../gas/caseFolderTitles';
import { CaseRecord } from '../../core/caseRecord';
import { caseCodeNameKey } from '../../core/codeNames';
import { Settings } from '../../core/settings';
import { caseDocumentIdOf, caseDocumentUrl } from '../../core/documentLink';
import { caseFindingLabel } from '../../core/sharing';

/** One case of `Cases`: its code name as first written, and its rows. */
export interface CaseEntry {
  caseCodeName: string;
  records: CaseRecord[];
}

/** The cases of `Cases` by key (hyphen and space alike, case-insensitive), in order of first row. */
export function casesOf(records: readonly CaseRecord[]): Map<string, CaseEntry> {
  const cases = new Map<string, CaseEntry>();
  for (const record of records) {
    if (record.caseCodeName === '') continue;
    const key = caseCodeNameKey(record.caseCodeName);
    const entry = cases.get(key);
    if (entry) entry.records.push(record);
    else cases.set(key, { caseCodeName: record.caseCodeName, records: [record] });
  }
  return cases;
}

export interface FoundDocument {
  caseCodeName: string;
  file: DriveFile;
  /** The file's Drive id, known from its link or the folder listing without asking the file. */
  id: string;
  /** The link as the Documents cell holds it, or the file's own URL when found in the folder. */
  url: string;
}

/**
 * The distinct Google Docs links in the case's Documents cells, in row order, each as the link
 * Django CoC gives out (rebuilt from the id). A link to anything else is never followed.
 */
export function linksOf(entry: CaseEntry): { id: string; url: string }[] {
  const links: { id: string; url: string }[] = [];
  for (const record of entry.records) {
    const id = caseDocumentIdOf(record.documents);
    if (id !== null && !links.some((link) => link.id === id)) links.push({ id, url: caseDocumentUrl(id) });
  }
  return links;
}

/** The other cases whose Documents cells link the same document: a document belongs to one case. */
export function otherCasesLinking(cases: ReadonlyMap<string, CaseEntry>, caseKey: string, documentId: string): string[] {
  return [...cases].filter(([key, entry]) => key !== caseKey && linksOf(entry).some((link) => link.id === documentId)).map(([, entry]) => entry.caseCodeName);
}

/** The first of the case's Documents links that opens for this user, or null. */
export function openLinkedDocument(entry: CaseEntry, opened: Map<string, DriveFile | null>): FoundDocument | null {
  for (const link of linksOf(entry)) {
    if (!opened.has(link.id)) opened.set(link.id, openFile(link.id));
    const file = opened.get(link.id);
    if (file) return { caseCodeName: entry.caseCodeName, file, id: link.id, url: link.url };
  }
  return null;
}

export interface CaseDocuments {
  /** By case key: the case's document, when this user can open one. */
  documents: Map<string, FoundDocument>;
  /** Case code names with a Documents link that did not open for this user. */
  unreachable: string[];
  /** The case folder, when Settings names one this user can open. */
  folder: DriveFolder | null;
}

/**
 * Every case's document that this user can open: the first Documents link of the case that opens,
 * else a file in the case folder titled with the case code name. Drive has no batch API for
 * sharing, so this costs a few calls per case (never per row).
 */
export function findCaseDocuments(cases: ReadonlyMap<string, CaseEntry>, settings: Settings): CaseDocuments {
  const documents = new Map<string, FoundDocument>();
  const unreachable: string[] = [];
  const opened = new Map<string, DriveFile | null>();
  for (const [key, entry] of cases) {
    const found = openLinkedDocument(entry, opened);
    if (found) documents.set(key, found);
    else if (linksOf(entry).length > 0) unreachable.push(entry.caseCodeName);
  }
  const folder = settings.caseDocumentsFolderId === '' ? null : openFolder(settings.caseDocumentsFolderId);
  // Only when some case still has no document: one listing of the folder, then a file opened per match.
  if (folder && documents.size + unreachable.length < cases.size) {
    for (const listed of listFolderTitles(settings.caseDocumentsFolderId) ?? []) {
      const key = caseCodeNameKey(listed.title);
      const entry = cases.get(key);
      if (!entry || documents.has(key) || unreachable.includes(entry.caseCodeName)) continue;
      const file = openFile(listed.id);
      if (file) documents.set(key, { caseCodeName: entry.caseCodeName, file, id: listed.id, url: urlOf(file) });
    }
  }
  return { documents, unreachable, folder };
}

/**
 * How a case is named in what a person is shown: its code name, or its first row of `Cases` when
 * the cell holds something else (a real name typed there by mistake), which is never repeated.
 */
export function caseLabel(cases: ReadonlyMap<string, CaseEntry>, caseCodeName: string): string {
  const entry = cases.get(caseCodeNameKey(caseCodeName));
  return caseFindingLabel(caseCodeName, (entry?.records[0]?.rowIndex ?? 0) + 1);
}
