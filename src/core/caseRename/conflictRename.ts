/**
 * The conflicts of interest of a renamed case (spec sections 4 and 9). While a rename is under
 * way each conflict is held on both names, so that whichever name a record carries at that moment,
 * the member stays kept out; once every record carries the new name, the old ones go.
 */
import { caseCodeNameKey } from '../codeNames';
import { Conflict } from '../conflicts';
import { normaliseEmail } from '../members';

function pairKey(email: string, caseCodeName: string): string {
  return `${normaliseEmail(email)}|${caseCodeNameKey(caseCodeName)}`;
}

/** Every conflict on the old name also on the new one (declared on the same day), the old kept. */
export function conflictsOnBothNames(conflicts: readonly Conflict[], fromKey: string, to: string): Conflict[] {
  const present = new Set(conflicts.map((conflict) => pairKey(conflict.memberEmail, conflict.caseCodeName)));
  const added: Conflict[] = [];
  for (const conflict of conflicts) {
    if (caseCodeNameKey(conflict.caseCodeName) !== fromKey) continue;
    const key = pairKey(conflict.memberEmail, to);
    if (present.has(key)) continue;
    present.add(key);
    added.push({ ...conflict, rowIndex: -1, caseCodeName: to });
  }
  return [...conflicts, ...added];
}

/** The conflicts once the rename is done: none left on the old name, each on the new one. */
export function conflictsOnNewName(conflicts: readonly Conflict[], fromKey: string, to: string): Conflict[] {
  return conflictsOnBothNames(conflicts, fromKey, to).filter((conflict) => caseCodeNameKey(conflict.caseCodeName) !== fromKey);
}

/** How many conflicts name the case. */
export function conflictsOnCase(conflicts: readonly Conflict[], caseKey: string): number {
  return conflicts.filter((conflict) => caseCodeNameKey(conflict.caseCodeName) === caseKey).length;
}
