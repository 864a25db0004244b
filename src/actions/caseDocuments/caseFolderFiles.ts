/**
 * The case folder's files that belong to no case, for the run that finishes an action done a batch
 * of cases per run (src/core/caseBatches.ts): that run has opened only its own batch's documents.
 */
import { caseCodeNameKey } from '../../core/codeNames';
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
