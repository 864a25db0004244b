/**
 * The case folder's files that belong to no case, for the run that finishes an action done a batch
 * of cases per run (src/core/caseBatches.ts): that run has opened only its own batch's documents;
 * and the case documents outside the folder that no row links any more.
 */
import { caseCodeNameKey, isCaseCodeName } from '../../core/codeNames';
import { FileTitle, listAllDocuments } from '../../gas/caseFolderTitles';
import { CaseEntry, FoundDocument, linksOf } from './findCaseDocuments';

/**
 * A test, for each file of one listing of the folder, of whether it is a case's document: one a
 * row links (in any batch), one found in this run, or the first file titled with a case of an
 * earlier batch that links none, as findCaseDocuments would have found it there.
 */
export function caseFileTest(
  cases: ReadonlyMap<string, CaseEntry>,
  batch: ReadonlyMap<string, CaseEntry>,
  found: ReadonlyMap<string, FoundDocument>,
): (id: string, title: string) => boolean {
  const known = new Set([...cases.values()].flatMap((entry) => linksOf(entry).map((link) => link.id)));
  for (const document of found.values()) known.add(document.file.getId());
  const claimed = new Set<string>();
  return (id, title) => {
    if (known.has(id)) return true;
    const key = caseCodeNameKey(title);
    const entry = cases.get(key);
    if (!entry || linksOf(entry).length > 0 || batch.has(key) || claimed.has(key)) return false;
    claimed.add(key);
    return true;
  };
}

/**
 * By Drive id, the Google Docs titled with a case of the batch that no file in the case folder is
 * titled with: a document a member made in their own Drive (they may not add to the folder) stays
 * the case's when a typed-over Documents cell no longer links it, and leaving or an audit must
 * still reach it. One listing of the user's Docs, made only when some case of the batch has no
 * document titled with it in the folder; a Case Code Name cell that is no code name is never looked up.
 */
export function documentsTitledOutsideFolder(batch: ReadonlyMap<string, CaseEntry>, folderFiles: readonly FileTitle[]): Map<string, CaseEntry> {
  const inFolder = new Set(folderFiles.map((file) => caseCodeNameKey(file.title)));
  const wanted = new Map([...batch].filter(([key, entry]) => !inFolder.has(key) && isCaseCodeName(entry.caseCodeName.trim())));
  const found = new Map<string, CaseEntry>();
  if (wanted.size === 0) return found;
  for (const document of listAllDocuments()) {
    const entry = wanted.get(caseCodeNameKey(document.title));
    if (entry) found.set(document.id, entry);
  }
  return found;
}
