import { readCasesTable, CaseRecord } from '../../src/core/caseRecord';
import { IdentityEntry, readIdentityKey } from '../../src/core/identityKey';
import { defaultRetentionRow, readRetentionTable, retentionLabels, RETENTION_COLUMNS } from '../../src/core/retention/retentionTable';
import { CASES_HEADERS } from '../../src/core/schema';
import { parseAttendeeList } from '../../src/core/screening/attendeeList';
import { screenAttendeeLines, ScreeningMatch } from '../../src/core/screening/screenAttendees';
import { screeningReply, longDay } from '../../src/core/screening/screeningReply';
import { isBannedOn, suspensionEnds } from '../../src/core/screening/standingOnDate';
import { defaultVocabularies } from '../../src/core/vocabularies';

const LADDER = defaultVocabularies().consequences;
const TABLE = readRetentionTable(
  [Object.values(RETENTION_COLUMNS), ...retentionLabels(LADDER).map(defaultRetentionRow)],
  LADDER,
).table;

const KEY_HEADER = ['Real Name', 'Aliases', 'Person Code Name', 'Report Count', 'Highest Consequence', 'Flagged', 'Expunged On'];
/** Hand-made key: a flagged person with aliases, one banned, one suspended in 2025, one warned once, one tombstone. */
const ENTRIES: IdentityEntry[] = readIdentityKey([
  KEY_HEADER,
  ['Fictional Person One', 'fictional.one@example.org; @fictional_one', 'Blue Jay', 1, 'Warning', 'Yes', ''],
  ['Fictional Person Two', '', 'Red Fox', 1, 'Ban', 'No', ''],
  ['Fictional Person Three', 'F. Three', 'Green Owl', 1, 'First Suspension', 'No', ''],
  ['Fictional Person Four', '', 'Grey Seal', 1, 'Warning', 'No', ''],
  ['', '', 'Amber Newt', 1, 'Ban', 'Yes', '2025-01-01'],
  ['Fictional Person Five', '', 'Amber Newt', 1, 'Ban', 'Yes', '2025-01-01'],
]).entries;

function caseRow(personCodeName: string, consequences: string, resolutionDate: string): (string | { iso: string })[] {
  return [{ iso: '2024-01-01' }, 'home shelf', personCodeName, 'Resolved', 'CoC WG', { iso: resolutionDate }, 'No', 'No', consequences, ''];
}

const RECORDS: CaseRecord[] = readCasesTable([
  [...CASES_HEADERS],
  caseRow('Blue Jay', 'Warning', '2024-02-01'),
  caseRow('Red Fox', 'Ban', '2024-03-01'),
  // First Suspension is 3 months by default: 15 January to 15 April 2025.
  caseRow('Green Owl', 'First Suspension', '2025-01-15'),
  caseRow('Grey Seal', 'Warning', '2024-05-01'),
  caseRow('Amber Newt', 'Ban', '2023-05-01'),
]).records;

function screen(list: string, eventDate: string): ScreeningMatch[] {
  return screenAttendeeLines({ lines: parseAttendeeList(list), entries: ENTRIES, records: RECORDS, table: TABLE, eventDate });
}

describe('parseAttendeeList', () => {
  it('takes one entry per non-blank line, trimmed', () => {
    expect(parseAttendeeList('  Fictional Attendee \r\n\n\tSecond Attendee\n').map((entry) => entry.line)).toEqual(['Fictional Attendee', 'Second Attendee']);
  });

  it('reads the fields of a CSV row, quotes included, beside the whole line', () => {
    expect(parseAttendeeList('"Three, Fictional",three@example.org')[0].names).toEqual([
      '"Three, Fictional",three@example.org',
      'Three, Fictional',
      'three@example.org',
    ]);
    expect(parseAttendeeList('"Say ""Hi""",x')[0].names).toContain('Say "Hi"');
  });
});

describe('screenAttendeeLines', () => {
  it('matches a flagged person by an alias', () => {
    expect(screen('@fictional_one', '2025-06-01')).toEqual([{ line: '@fictional_one', status: 'flagged' }]);
  });

  it('matches a name typed in other case and spacing', () => {
    expect(screen('  fictional   PERSON one ', '2025-06-01')).toEqual([{ line: 'fictional   PERSON one', status: 'flagged' }]);
  });

  it('matches a name typed in fullwidth letters', () => {
    expect(screen('Ｆｉｃｔｉｏｎａｌ Ｐｅｒｓｏｎ Ｔｗｏ', '2025-06-01')).toEqual([{ line: 'Ｆｉｃｔｉｏｎａｌ Ｐｅｒｓｏｎ Ｔｗｏ', status: 'banned' }]);
  });

  it('matches an email in a column of a CSV row', () => {
    expect(screen('Someone Else,fictional.one@example.org', '2025-06-01')).toEqual([{ line: 'Someone Else,fictional.one@example.org', status: 'flagged' }]);
  });

  it('does not match a tombstoned person, even flagged and banned', () => {
    expect(screen('Fictional Person Five', '2025-06-01')).toEqual([]);
  });

  it('does not match a person warned once and not flagged', () => {
    expect(screen('Fictional Person Four', '2025-06-01')).toEqual([]);
  });

  it('returns only the matching lines, in the order pasted', () => {
    const list = ['Nobody Known', 'Fictional Person Two', 'Fictional Person Four', 'fictional.one@example.org'].join('\n');
    expect(screen(list, '2025-06-01')).toEqual([
      { line: 'Fictional Person Two', status: 'banned' },
      { line: 'fictional.one@example.org', status: 'flagged' },
    ]);
  });

  it('marks a suspension running on the event date banned, and one that ended before it not', () => {
    expect(screen('F. Three', '2025-04-14')).toEqual([{ line: 'F. Three', status: 'banned' }]);
    expect(screen('F. Three', '2025-04-15')).toEqual([]);
    expect(screen('F. Three', '2025-01-14')).toEqual([]);
  });
});

describe('isBannedOn', () => {
  it('counts a Ban from its Resolution Date on', () => {
    const ban = [{ consequences: 'Ban', resolutionDate: '2024-03-01' }];
    expect(isBannedOn(ban, TABLE, '2024-03-01')).toBe(true);
    expect(isBannedOn(ban, TABLE, '2030-01-01')).toBe(true);
    expect(isBannedOn(ban, TABLE, '2024-02-29')).toBe(false);
  });

  it('takes a suspension length from the retention table', () => {
    // Second Suspension is 12 months by default.
    expect(suspensionEnds({ consequences: 'Second Suspension', resolutionDate: '2024-01-31' }, TABLE)).toBe('2025-01-31');
    expect(suspensionEnds({ consequences: 'Warning', resolutionDate: '2024-01-31' }, TABLE)).toBeNull();
    const longer = readRetentionTable([Object.values(RETENTION_COLUMNS), ['Second Suspension', 26, 24]], LADDER).table;
    expect(isBannedOn([{ consequences: 'Second Suspension', resolutionDate: '2024-01-31' }], longer, '2025-06-01')).toBe(true);
  });
});

describe('screeningReply', () => {
  it('informs without directing: facts about each line, the decision left with the organisers', () => {
    const reply = screeningReply('2026-06-12', [
      { line: 'Fictional Attendee', status: 'flagged' },
      { line: 'Other Attendee', status: 'banned' },
    ]);
    expect(reply).toContain('your event on 12 June 2026');
    expect(reply).toContain('- Fictional Attendee: has been the subject of reports to the working group.');
    expect(reply).toContain('- Other Attendee: has been the subject of reports to the working group, and is banned or suspended from events on that date.');
    expect(reply).toContain('the decision rests with you as the organisers');
    expect(reply).not.toMatch(/\b(must|should not|do not admit)\b/i);
  });

  it('says plainly when no one matched', () => {
    expect(screeningReply('2026-01-02', [])).toContain('No one on the list is flagged or banned in our records.');
    expect(longDay('2026-01-02')).toBe('2 January 2026');
  });
});
