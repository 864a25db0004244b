import fc from 'fast-check';
import { neutraliseText } from '../../src/core/neutralise';

/** What Sheets stores from a written string: one leading apostrophe forces text and is dropped. */
function storedBySheets(written: string): string {
  return written.startsWith("'") ? written.slice(1) : written;
}

/** The starts spec section 10 names as dangerous: each can make Sheets read text as a formula. */
const DANGEROUS_STARTS = ['=', '+', '-', '@', '\t', '\r', '\n'];

function startsDangerously(text: string): boolean {
  return DANGEROUS_STARTS.some((start) => text.startsWith(start));
}

describe('neutraliseText', () => {
  it.each(DANGEROUS_STARTS.map((start) => [JSON.stringify(start), `${start}SUM(A1)`]))('prefixes text starting with %s', (_label, text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
  });

  it('prefixes a formula with an apostrophe', () => {
    expect(neutraliseText('=IMPORTXML("http://example.org")')).toBe(`'=IMPORTXML("http://example.org")`);
  });

  it('prefixes text Sheets would otherwise read as a number, date or boolean', () => {
    expect(['007', '3/4/2024', 'TRUE'].map(neutraliseText)).toEqual(["'007", "'3/4/2024", "'TRUE"]);
  });

  it('keeps a leading apostrophe of the text itself', () => {
    expect(storedBySheets(neutraliseText("'quoted"))).toBe("'quoted");
  });

  it('leaves empty text empty', () => {
    expect(neutraliseText('')).toBe('');
  });

  it('stores any string exactly as typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        expect(storedBySheets(neutraliseText(text))).toBe(text);
      }),
    );
  });

  it('never writes a string that starts with a dangerous character', () => {
    const risky = fc.tuple(fc.constantFrom(...DANGEROUS_STARTS, "'", ''), fc.string()).map(([start, rest]) => start + rest);
    fc.assert(
      fc.property(risky, (text) => {
        expect(startsDangerously(neutraliseText(text))).toBe(false);
      }),
    );
  });
});
