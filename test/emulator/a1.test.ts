// A1 notation as Sheets reads it: https://developers.google.com/sheets/api/guides/concepts#cell
// ('Sheet1!A1:B2', 'Sheet1!A:A' whole column, 'Sheet1!1:2' whole rows, 'Sheet1!A5:A' column from
// row 5, names with spaces quoted as "'My Custom Sheet'!A:A").
import { columnToLetters, formatA1, formatReference, lettersToColumn, parseA1, qualifiedA1, resolveA1 } from '../../emulator/workspace/a1';

const MAX_ROWS = 1000;
const MAX_COLUMNS = 26;

function gridOf(notation: string) {
  const reference = parseA1(notation);
  if (!reference) throw new Error(`unparsed: ${notation}`);
  return resolveA1(reference, MAX_ROWS, MAX_COLUMNS);
}

describe('columnToLetters', () => {
  it('names columns past Z with two letters', () => {
    expect([1, 26, 27, 52, 703].map(columnToLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('is the inverse of lettersToColumn', () => {
    for (let column = 1; column <= 800; column++) expect(lettersToColumn(columnToLetters(column))).toBe(column);
  });
});

describe('parseA1', () => {
  it('reads a single cell away from A1', () => {
    expect(gridOf('B5')).toEqual({ row: 5, column: 2, numRows: 1, numColumns: 1 });
  });

  it('reads a rectangle', () => {
    expect(gridOf('A1:C10')).toEqual({ row: 1, column: 1, numRows: 10, numColumns: 3 });
  });

  it('reads a whole column down to the last row of the sheet', () => {
    expect(gridOf('D:D')).toEqual({ row: 1, column: 4, numRows: MAX_ROWS, numColumns: 1 });
  });

  it('reads whole rows across every column', () => {
    expect(gridOf('2:4')).toEqual({ row: 2, column: 1, numRows: 3, numColumns: MAX_COLUMNS });
  });

  it('reads a column span that starts below row 1', () => {
    expect(gridOf('A2:D')).toEqual({ row: 2, column: 1, numRows: MAX_ROWS - 1, numColumns: 4 });
  });

  it('accepts lower case and absolute references', () => {
    expect(gridOf('$b$2:c$3')).toEqual({ row: 2, column: 2, numRows: 2, numColumns: 2 });
  });

  it('orders reversed corners', () => {
    expect(gridOf('C3:A1')).toEqual({ row: 1, column: 1, numRows: 3, numColumns: 3 });
  });

  it('reads a quoted sheet name with spaces and an escaped apostrophe', () => {
    expect(parseA1("'Annual Stats'!A1:B3")?.sheetName).toBe('Annual Stats');
    expect(parseA1("'Fictional''s Sheet'!A1")?.sheetName).toBe("Fictional's Sheet");
  });

  it('reads an unquoted sheet name', () => {
    expect(parseA1('Cases!D12')).toEqual({ sheetName: 'Cases', startRow: 12, startColumn: 4, endRow: 12, endColumn: 4 });
  });

  it('refuses what is not a range', () => {
    for (const notation of ['', 'A', '5', 'A0', 'A1:B2:C3', '1A', 'A:5', "'Unclosed!A1"]) expect(parseA1(notation)).toBeNull();
  });
});

describe('formatA1', () => {
  it('writes one cell without a colon and a rectangle with one', () => {
    expect(formatA1({ row: 5, column: 2, numRows: 1, numColumns: 1 })).toBe('B5');
    expect(formatA1({ row: 1, column: 1, numRows: 10, numColumns: 3 })).toBe('A1:C10');
  });
});

describe('qualifiedA1', () => {
  it('quotes a sheet name that is not a plain word', () => {
    expect(qualifiedA1('Annual Stats', { row: 1, column: 1, numRows: 3, numColumns: 2 })).toBe("'Annual Stats'!A1:B3");
    expect(qualifiedA1('Cases', { row: 12, column: 4, numRows: 1, numColumns: 1 })).toBe('Cases!D12');
  });
});

describe('formatReference', () => {
  it('keeps open ends open', () => {
    expect(['D:D', '2:4', 'A2:D', 'B5', 'A1:C10'].map((n) => formatReference(parseA1(n)!))).toEqual(['D:D', '2:4', 'A2:D', 'B5', 'A1:C10']);
  });
});
