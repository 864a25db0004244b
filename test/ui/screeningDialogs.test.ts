import { draftPieces, resultHeading as draftHeading } from '../../src/ui/DraftCheckDialog/draftCheckText';
import { resultHeading, screeningFieldErrors } from '../../src/ui/ScreeningDialog/screeningText';

describe('the screening dialog wording', () => {
  it('says how many lines were screened and how many matched, never who', () => {
    expect(resultHeading({ screened: 12, matches: [{ line: 'x', status: 'flagged' }] })).toBe('Screened 12 lines: 1 match');
    expect(resultHeading({ screened: 1, matches: [] })).toBe('Screened 1 line: no one is flagged or banned');
  });

  it('asks for the list and the date before calling the server', () => {
    expect(screeningFieldErrors(' \n ', '')).toEqual({ list: expect.stringMatching(/^Paste/), eventDate: "Enter the event's date." });
    expect(screeningFieldErrors('Fictional Attendee', '2026-06-12')).toEqual({ list: '', eventDate: '' });
  });
});

describe('draftPieces', () => {
  it('cuts the draft at the findings, keeping every character once', () => {
    const text = 'At 14:32 she wrote.';
    const findings = [
      { start: 9, end: 12, reason: 'gendered' },
      { start: 3, end: 8, reason: 'time' },
    ];
    const pieces = draftPieces(text, findings);
    expect(pieces.map((piece) => [piece.text, piece.finding?.reason ?? null])).toEqual([
      ['At ', null],
      ['14:32', 'time'],
      [' ', null],
      ['she', 'gendered'],
      [' wrote.', null],
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('leaves out a finding outside the text or overlapping an earlier one', () => {
    const pieces = draftPieces('abc', [
      { start: 0, end: 2, reason: 'a' },
      { start: 1, end: 3, reason: 'b' },
      { start: 2, end: 9, reason: 'c' },
    ]);
    expect(pieces.map((piece) => piece.text)).toEqual(['ab', 'c']);
    expect(draftHeading([])).toBe('Nothing found to look at');
    expect(draftHeading([{ start: 0, end: 1, reason: 'a' }, { start: 1, end: 2, reason: 'b' }])).toBe('2 details to look at');
  });
});
