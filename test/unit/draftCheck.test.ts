import { readIdentityKey } from '../../src/core/identityKey';
import { checkDraftText, DraftFinding } from '../../src/core/draftCheck/checkDraftText';
import { findFoldedName, foldName, foldWithOffsets } from '../../src/core/draftCheck/foldedText';
import { REASONS } from '../../src/core/draftCheck/identifyingPatterns';

const ENTRIES = readIdentityKey([
  ['Real Name', 'Aliases', 'Person Code Name', 'Report Count', 'Highest Consequence', 'Flagged', 'Expunged On'],
  ['Fictional Person One', 'Fict One; fictional.one@example.org', 'Blue Jay', 1, 'Warning', 'No', ''],
  ['Fictional Person Two', '', 'Red Fox', 1, 'Warning', 'No', ''],
  ['Fictional Person Gone', '', 'Amber Newt', 1, 'Warning', 'No', '2025-01-01'],
]).entries;

/** Each finding as the text it covers and its reason, for reading the cases at a glance. */
function spans(text: string, findings: readonly DraftFinding[]): [string, string][] {
  return findings.map((finding) => [text.slice(finding.start, finding.end), finding.reason]);
}

function check(text: string, withKey = true): [string, string][] {
  return spans(text, checkDraftText(text, withKey ? ENTRIES : null).findings);
}

describe('checkDraftText', () => {
  it('finds an email address', () => {
    expect(check('Write to someone@example.net today.')).toEqual([['someone@example.net', REASONS.email]]);
  });

  it('finds an @username, not the @ inside an email', () => {
    expect(check('Posted by @fictional_handle on the forum.')).toEqual([['@fictional_handle', REASONS.username]]);
  });

  it('finds a URL', () => {
    expect(check('See https://forum.example.org/t/123?x=1. Thanks')).toEqual([['https://forum.example.org/t/123?x=1', REASONS.link]]);
  });

  it('finds a time of day such as 14:32', () => {
    expect(check('It happened at 14:32 in the hall.')).toEqual([['14:32', REASONS.time]]);
  });

  it('finds a date precise to the day such as 3 May 2025, but not a month', () => {
    expect(check('On 3 May 2025 there was a talk.')).toEqual([['3 May 2025', REASONS.date]]);
    expect(check('In May 2025 there was a talk.')).toEqual([]);
    expect(check('Reported 2025-05-03, and again May 4th.')).toEqual([
      ['2025-05-03', REASONS.date],
      ['May 4th', REASONS.date],
    ]);
  });

  it('finds a key alias inside a sentence, in any case', () => {
    expect(check('We spoke with fict one after the session.')).toEqual([['fict one', REASONS.keyName]]);
  });

  it('does not flag a person code name', () => {
    expect(check('Blue Jay and Red Fox were both there.')).toEqual([]);
  });

  it('does not flag part of a longer word as a name', () => {
    expect(check('The Fict Oneness conference.')).toEqual([]);
  });

  it('finds gendered words about a person', () => {
    expect(check('She said he left.')).toEqual([
      ['She', REASONS.gendered],
      ['he', REASONS.gendered],
    ]);
  });

  it('skips the key names when given no key, and still finds the rest', () => {
    expect(check('Fictional Person One wrote at 9am.', false)).toEqual([['9am', REASONS.time]]);
  });

  it('never matches a tombstone', () => {
    expect(check('Fictional Person Gone was there.')).toEqual([]);
  });

  it('gives offsets in the pasted text when a name is typed in fullwidth letters and odd spacing', () => {
    const text = 'Hi ＦＩＣＴＩＯＮＡＬ  person\u00A0one!';
    const { findings, redacted } = checkDraftText(text, ENTRIES);
    expect(spans(text, findings)).toEqual([['ＦＩＣＴＩＯＮＡＬ  person\u00A0one', REASONS.keyName]]);
    expect(redacted).toBe('Hi Blue Jay!');
  });

  it('redacts names with their person code name and the rest with [redacted]', () => {
    const text = 'Fictional Person Two (fictional.one@example.org) posted https://example.org at 14:32 on 3 May 2025; she was upset.';
    expect(checkDraftText(text, ENTRIES).redacted).toBe('Red Fox (Blue Jay) posted [redacted] at [redacted] on [redacted]; [redacted] was upset.');
  });

  it('returns sorted spans that never overlap', () => {
    const { findings } = checkDraftText('Mail fictional.one@example.org or @fict at www.example.org/x on 1/2/2025 at 10:15.', ENTRIES);
    for (let index = 1; index < findings.length; index++) expect(findings[index].start).toBeGreaterThanOrEqual(findings[index - 1].end);
    expect(findings.length).toBe(5);
  });
});

describe('foldWithOffsets', () => {
  it('folds case, compatibility forms and white space, keeping each character\'s origin', () => {
    const folded = foldWithOffsets('Ａ b \t C');
    expect(folded.text).toBe('a b c');
    expect(findFoldedName(folded, foldName('B c'))).toEqual([{ start: 2, end: 7 }]);
    expect(findFoldedName(foldWithOffsets('ab c'), foldName('b c'))).toEqual([]);
  });
});
