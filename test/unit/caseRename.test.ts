import {
  conflictsOnBothNames,
  conflictsOnCase,
  conflictsOnNewName,
  finishQuestion,
  namesCase,
  parseRenameJournal,
  planRename,
  renameDone,
  renameInColumn,
  renameQuestion,
  serialiseRenameJournal,
} from '../../src/core/caseRename';
import { readCasesTable } from '../../src/core/caseRecord';
import { SheetRow, calendarDate } from '../../src/core/cells';
import { Conflict } from '../../src/core/conflicts';

const OLD = 'home shelf';
const NEW = 'amber kettle';
const DOC = 'https://docs.google.com/document/d/doc-one/edit';
const OTHER_DOC = 'https://docs.google.com/document/d/doc-two/edit';
const MEMBER = 'fictional.member@example.org';
const OTHER_MEMBER = 'fictional.other@example.org';
const HEADER = ['Date of Report', 'Case Code Name', 'Person Code Name', 'Status', 'Resolution Source', 'Resolution Date', 'Safety Risk', 'Ongoing Harassment', 'Consequences', 'Documents'];

function row(caseCodeName: string, person: string, documents: string): SheetRow {
  return [calendarDate('2025-03-01'), caseCodeName, person, 'Ongoing', '', '', 'No', 'No', '', documents];
}

function conflict(memberEmail: string, caseCodeName: string, declaredOn: string | null = '2025-03-02'): Conflict {
  return { rowIndex: 1, memberEmail, caseCodeName, declaredOn };
}

function plan(rows: SheetRow[], rowIndex: number, conflicts: Conflict[] = [], memberEmail = MEMBER) {
  return planRename({ records: readCasesTable([HEADER, ...rows]).records, rowIndex, documentsColumn: 9, conflicts, memberEmail });
}

describe('parseRenameJournal', () => {
  const journal = { from: OLD, to: NEW, documentId: 'doc-one', on: '2025-03-04' };

  it('reads back what serialiseRenameJournal wrote', () => {
    expect(parseRenameJournal(serialiseRenameJournal(journal))).toEqual(journal);
    expect(parseRenameJournal(serialiseRenameJournal({ ...journal, documentId: null }))).toEqual({ ...journal, documentId: null });
  });

  it('is null when no rename is under way', () => {
    expect(parseRenameJournal(null)).toBeNull();
  });

  it('calls anything else unreadable rather than no rename', () => {
    for (const text of ['', 'not json', '[]', '{}', JSON.stringify({ ...journal, from: 'Fictional Person One' }), JSON.stringify({ ...journal, documentId: '../x' }), JSON.stringify({ ...journal, on: '4 March' })]) {
      expect(parseRenameJournal(text)).toBe('unreadable');
    }
  });

  it('refuses to write a journal that could not be read back', () => {
    expect(() => serialiseRenameJournal({ ...journal, to: 'Fictional Person One' })).toThrow(/^serialiseRenameJournal: not a rename journal$/);
  });
});

describe('renameInColumn', () => {
  it('renames every row naming the case, in any older spelling, in one span that keeps the rows between', () => {
    const values: SheetRow[] = [['Case Code Name'], [OLD], ['other case'], ['Home-Shelf'], [7], ['  home   shelf ']];
    expect(renameInColumn(values, 0, OLD, NEW)).toEqual({ firstRowIndex: 1, cells: [NEW, "'other case", NEW, 7, NEW], renamed: 3 });
  });

  it('never matches the header, nor text that is not a code name', () => {
    expect(renameInColumn([[OLD], ['home shelf and more'], ['']], 0, OLD, NEW)).toBeNull();
  });
});

describe('namesCase', () => {
  it('matches by key and never a cell that only contains the name', () => {
    expect(namesCase('HOME SHELF', OLD)).toBe(true);
    expect(namesCase('home shelf ok', OLD)).toBe(false);
    expect(namesCase(undefined, OLD)).toBe(false);
  });
});

describe('conflicts of a renamed case', () => {
  const conflicts = [conflict(MEMBER, OLD), conflict(OTHER_MEMBER, 'other case'), conflict(OTHER_MEMBER, 'Home-Shelf', null)];

  it('holds each conflict on both names while the rename is under way', () => {
    expect(conflictsOnBothNames(conflicts, OLD, NEW).map((c) => [c.memberEmail, c.caseCodeName, c.declaredOn])).toEqual([
      [MEMBER, OLD, '2025-03-02'],
      [OTHER_MEMBER, 'other case', '2025-03-02'],
      [OTHER_MEMBER, 'Home-Shelf', null],
      [MEMBER, NEW, '2025-03-02'],
      [OTHER_MEMBER, NEW, null],
    ]);
  });

  it('adds nothing the second time, so a finished step can run again', () => {
    const both = conflictsOnBothNames(conflicts, OLD, NEW);
    expect(conflictsOnBothNames(both, OLD, NEW)).toEqual(both);
  });

  it('keeps only the new name once done, and counts the case’s conflicts', () => {
    const done = conflictsOnNewName(conflicts, OLD, NEW);
    expect(done.map((c) => [c.memberEmail, c.caseCodeName])).toEqual([[OTHER_MEMBER, 'other case'], [MEMBER, NEW], [OTHER_MEMBER, NEW]]);
    expect(conflictsOnCase(conflicts, OLD)).toBe(2);
    expect(conflictsOnCase(done, OLD)).toBe(0);
  });
});

describe('planRename', () => {
  const rows = [row(OLD, 'Blue Jay', DOC), row('other case', '', OTHER_DOC), row('Home-Shelf', 'Red Fox', DOC)];

  it('finds the whole case from any of its rows, with its one document', () => {
    expect(plan(rows, 3)).toEqual({ caseKey: OLD, rowIndexes: [1, 3], documentId: 'doc-one' });
  });

  it('renames a case without a document, or whose document was expunged', () => {
    expect(plan([row(OLD, '', ''), row(OLD, '', 'Expunged 2025-01-02')], 1)).toEqual({ caseKey: OLD, rowIndexes: [1, 2], documentId: null });
  });

  it('refuses a row with no case, or whose cell is not a code name, without repeating it', () => {
    expect(() => plan(rows, 7)).toThrow(/^Select a row of the case to rename in the Cases sheet/);
    const said = (() => {
      try {
        plan([row('Fictional Person One', '', '')], 1);
      } catch (error) {
        return (error as Error).message;
      }
      return 'nothing was thrown';
    })();
    expect(said).toMatch(/^This row's Case Code Name is not a case code name \(two lower-case words\), so there is no case to rename\. Nothing was changed\./);
    expect(said).not.toContain('Fictional Person One');
  });

  it('refuses a member with a conflict on the case, whatever spelling it was declared under', () => {
    expect(() => plan(rows, 1, [conflict(MEMBER, 'HOME-SHELF')])).toThrow(/^You have declared a conflict of interest on this case, so you cannot rename it\./);
    expect(plan(rows, 1, [conflict(OTHER_MEMBER, OLD)]).caseKey).toBe(OLD);
  });

  it('refuses a Documents cell that is not a Google Docs link, naming the cell', () => {
    expect(() => plan([row(OLD, '', 'https://drive.google.com/drive/folders/abc')], 1)).toThrow(/^The Documents cell Cases!J2 of this case is not a Google Docs link/);
  });

  it('refuses a case whose rows link two documents', () => {
    expect(() => plan([row(OLD, '', DOC), row(OLD, '', OTHER_DOC)], 1)).toThrow(/^The rows of this case link 2 different documents, and a case has one\./);
  });

  it('refuses a document another case links too', () => {
    expect(() => plan([row(OLD, '', DOC), row('other case', '', DOC)], 1)).toThrow(/^This case's document is also linked from Cases!J3, a row of another case/);
  });
});

describe('what Rename case says', () => {
  it('asks with both names and what will carry the new one', () => {
    expect(renameQuestion(OLD, NEW, { rows: 2, hasDocument: true, conflicts: 1, steps: 3 })).toBe(
      `Rename the case "${OLD}" to "${NEW}"? Its 2 rows in Cases, its case document's title, its 1 conflict of interest and its 3 case steps will carry the new name, and the Audit Log will name both.`,
    );
    expect(renameQuestion(OLD, NEW, { rows: 1, hasDocument: false, conflicts: 0, steps: 0 })).toBe(
      `Rename the case "${OLD}" to "${NEW}"? Its row in Cases will carry the new name, and the Audit Log will name both. The case has no case document.`,
    );
  });

  it('says what was done, and what an unfinished rename was', () => {
    expect(renameDone(OLD, NEW, { rows: 1, hasDocument: true, conflicts: 2, steps: 1 })).toBe(
      `The case "${OLD}" is now "${NEW}": its row in Cases, its case document's title, its 2 conflicts of interest and its 1 case step carry the new name.`,
    );
    expect(finishQuestion({ from: OLD, to: NEW })).toMatch(/^An earlier rename of the case "home shelf" to "amber kettle" stopped part-way\. Finish it now\?/);
  });
});
