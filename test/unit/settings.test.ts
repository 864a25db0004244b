import { SheetRow } from '../../src/core/cells';
import {
  defaultSettings,
  defaultSettingsSheet,
  locateSetting,
  planSettingUpdate,
  planSettingsRepair,
  readSettings,
} from '../../src/core/settings';
import { defaultVocabularies } from '../../src/core/vocabularies';
import { applySmallCountThreshold } from '../../src/core/statistics';
import { readRetentionTable } from '../../src/core/retention';
import { DEFAULT_CASE_STEPS } from '../../src/core/caseSteps';
import { applyBlocks, presentCells } from './support/applyBlocks';

const SETTINGS_WITH_EDITS: SheetRow[] = [
  ['Consequences', 'Status', 'Notes', 'Setting', 'Value'],
  ['Nothing', 'Open', 'our own column', 'Case Code Name Separator', 'hyphen'],
  ['Caution', 'Closed', '', 'Person Code Name Style', 'LETTER'],
  ['', 'Resolved', '', 'Small-Count Threshold', 5],
  ['Expulsion', '', '', 'Identity Key Spreadsheet ID', ' key-id-123 '],
];

describe('readSettings', () => {
  it('reads the default sheet back as the default settings with no problems', () => {
    expect(readSettings(defaultSettingsSheet())).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('reads a list by its header wherever its column is', () => {
    expect(readSettings(SETTINGS_WITH_EDITS).settings.vocabularies.status).toEqual(['Open', 'Closed', 'Resolved']);
  });

  it('keeps list order and skips blank cells', () => {
    expect(readSettings(SETTINGS_WITH_EDITS).settings.vocabularies.consequences).toEqual(['Nothing', 'Caution', 'Expulsion']);
  });

  it('uses the default list when its column is missing', () => {
    expect(readSettings(SETTINGS_WITH_EDITS).settings.vocabularies.safetyRisk).toEqual(['Yes', 'No']);
  });

  it('reports missing list columns and suggests Set up or repair', () => {
    expect(readSettings(SETTINGS_WITH_EDITS).problems).toContain(
      'Settings has no Resolution Source, Safety Risk, Ongoing Harassment list, so the default is used. Run Django CoC > Set up or repair to add it.',
    );
  });

  it('uses the default list when its column is empty and says so', () => {
    const result = readSettings([['Status'], [''], ['  ']]);
    expect([result.settings.vocabularies.status, result.problems]).toEqual([
      ['Ongoing', 'Resolved'],
      expect.arrayContaining(['The Status list in Settings is empty, so the default is used.']),
    ]);
  });

  it('ignores a repeated list value, naming its cell', () => {
    const result = readSettings([['Safety Risk'], ['Yes'], ['No'], [' yes ']]);
    expect([result.settings.vocabularies.safetyRisk, result.problems]).toEqual([
      ['Yes', 'No'],
      expect.arrayContaining(['Settings!A4 repeats a value already in the Safety Risk list; the repeat is ignored.']),
    ]);
  });

  it('reports a Status list without Resolved', () => {
    expect(readSettings(SETTINGS_WITH_EDITS.map((row) => row.map((cell) => (cell === 'Resolved' ? '' : cell)))).problems).toContain(
      'The Status list in Settings has no Resolved, so no case can be recorded as resolved.',
    );
  });

  it("reads the separator 'hyphen' as '-'", () => {
    expect(readSettings(SETTINGS_WITH_EDITS).settings.caseCodeNameSeparator).toBe('-');
  });

  it('reads the person code name style case-insensitively', () => {
    expect(readSettings(SETTINGS_WITH_EDITS).settings.personCodeNameStyle).toBe('letter');
  });

  it('reads the small-count threshold as a number', () => {
    expect(readSettings(SETTINGS_WITH_EDITS).settings.smallCountThreshold).toBe(5);
  });

  it('reads a threshold typed as text digits', () => {
    expect(readSettings([['Setting', 'Value'], ['Small-Count Threshold', '10']]).settings.smallCountThreshold).toBe(10);
  });

  it('trims an id', () => {
    expect(readSettings(SETTINGS_WITH_EDITS).settings.identityKeySpreadsheetId).toBe('key-id-123');
  });

  it('reports setting rows that are missing', () => {
    expect(readSettings(SETTINGS_WITH_EDITS).problems).toContain(
      'Settings has no row for Case Documents Folder ID, Public Statistics Spreadsheet ID, Acknowledge Within Days, Update Reporter Every Days, Review Action Alone Within Days, Publish Median Days to First Response, so the default is used. Run Django CoC > Set up or repair to add it.',
    );
  });

  it('uses defaults and reports it when the Setting and Value columns are missing', () => {
    const result = readSettings([['Status'], ['Ongoing'], ['Resolved']]);
    expect([result.settings.personCodeNameStyle, result.problems]).toEqual([
      'animal',
      expect.arrayContaining([
        'Settings has no Setting and Value column, so default settings are used. Run Django CoC > Set up or repair to add it.',
      ]),
    ]);
  });

  it('treats blank setting values as their defaults without a problem', () => {
    const values: SheetRow[] = [
      ['Setting', 'Value'],
      ['Case Code Name Separator', ''],
      ['Person Code Name Style', ''],
      ['Small-Count Threshold', ''],
    ];
    const { settings, problems } = readSettings(values);
    expect([settings.caseCodeNameSeparator, settings.personCodeNameStyle, settings.smallCountThreshold, problems]).toEqual([
      ' ',
      'animal',
      0,
      expect.not.arrayContaining([expect.stringContaining('must be')]),
    ]);
  });

  describe('with unreadable values', () => {
    const SECRET = 'Fictional Person One';
    const UNREADABLE: SheetRow[] = [
      ['Setting', 'Value'],
      ['Case Code Name Separator', SECRET],
      ['Person Code Name Style', 'emoji'],
      ['Small-Count Threshold', -2],
      ['Small-Count Threshold', 3],
    ];

    it('defaults a separator it cannot read and names its cell', () => {
      const { settings, problems } = readSettings(UNREADABLE);
      expect([settings.caseCodeNameSeparator, problems]).toEqual([
        ' ',
        expect.arrayContaining(['Settings!B2: Case Code Name Separator must be space or hyphen; space is used.']),
      ]);
    });

    it('defaults a style it cannot read and names its cell', () => {
      expect(readSettings(UNREADABLE).problems).toContain('Settings!B3: Person Code Name Style must be animal or letter; animal is used.');
    });

    it('names the cell of a negative threshold and says statistics wait for it', () => {
      expect(readSettings(UNREADABLE).problems).toContain(
        'Settings!B4: Small-Count Threshold must be a whole number, 0 or more (0 = off); statistics cannot be exported until it is.',
      );
    });

    it.each([[-2], [2.5], ['five'], ['5 people']])(
      'does not fall back to no threshold when the threshold reads %p, so small counts are never published unprotected',
      (typed) => {
        const { smallCountThreshold } = readSettings([['Setting', 'Value'], ['Small-Count Threshold', typed]]).settings;
        const exact = { columns: ['Period', 'Reports'], rows: [['2024', 2]] };
        expect(() => applySmallCountThreshold(exact, smallCountThreshold)).toThrow(
          expect.objectContaining({ code: 'invalid-small-count-threshold' }),
        );
      },
    );

    it('ignores a repeated setting row, naming its cell', () => {
      expect(readSettings(UNREADABLE).problems).toContain('Settings!A5 repeats a setting listed above it; the repeat is ignored.');
    });

    it('never quotes what was typed in a problem', () => {
      expect(readSettings(UNREADABLE).problems.join('\n')).not.toContain(SECRET);
    });
  });

  it('reads an empty sheet as the defaults', () => {
    expect(readSettings([]).settings).toEqual(defaultSettings());
  });
});

describe('defaultSettingsSheet', () => {
  it('has the list headers, then Setting and Value, then the retention table', () => {
    expect(defaultSettingsSheet()[0]).toEqual([
      'Status',
      'Resolution Source',
      'Safety Risk',
      'Ongoing Harassment',
      'Consequences',
      'Steps',
      'Setting',
      'Value',
      'Retention For',
      'Months Kept',
      'Suspension Months',
    ]);
  });

  it('lists the whole consequences ladder under its header', () => {
    expect(defaultSettingsSheet().slice(1).map((row) => row[4]).filter((cell) => cell !== '')).toEqual(defaultVocabularies().consequences);
  });

  it('writes spec 14\'s default retention terms: a row per Consequences value, Nobody identifiable and Flagged', () => {
    expect(defaultSettingsSheet().slice(1).map((row) => row.slice(8)).filter((row) => row[0] !== '')).toEqual([
      ['None', 14, ''],
      ['Not a violation', 0, ''],
      ['Out of scope', 0, ''],
      ['Other', 14, ''],
      ['Warning', 14, ''],
      ['First Suspension', 26, 3],
      ['Second Suspension', 26, 12],
      ['Ban', '', ''],
      ['Nobody identifiable', 6, ''],
      ['Flagged', 26, ''],
    ]);
  });

  it('writes every setting with its default as a person would type it', () => {
    expect(defaultSettingsSheet().slice(1, 11).map((row) => row.slice(6, 8))).toEqual([
      ['Identity Key Spreadsheet ID', ''],
      ['Case Documents Folder ID', ''],
      ['Public Statistics Spreadsheet ID', ''],
      ['Case Code Name Separator', 'space'],
      ['Person Code Name Style', 'animal'],
      ['Small-Count Threshold', 0],
      ['Acknowledge Within Days', 1],
      ['Update Reporter Every Days', 14],
      ['Review Action Alone Within Days', 1],
      ['Publish Median Days to First Response', 'No'],
    ]);
  });

  it('lists the default case steps under Steps', () => {
    expect(defaultSettingsSheet().slice(1).map((row) => row[5]).filter((cell) => cell !== '')).toEqual([...DEFAULT_CASE_STEPS]);
  });

  it('gives every row the same width', () => {
    expect(new Set(defaultSettingsSheet().map((row) => row.length))).toEqual(new Set([11]));
  });
});

describe('planSettingsRepair', () => {
  it('plans nothing for the default sheet', () => {
    expect(planSettingsRepair(defaultSettingsSheet())).toEqual({ blocks: [], changes: [] });
  });

  it('writes the whole default sheet into an empty one', () => {
    expect(applyBlocks([], planSettingsRepair([]).blocks)).toEqual(defaultSettingsSheet());
  });

  it('appends missing lists as new columns after the last used column', () => {
    const repaired = applyBlocks(SETTINGS_WITH_EDITS, planSettingsRepair(SETTINGS_WITH_EDITS).blocks);
    expect(repaired[0].slice(5)).toEqual(['Resolution Source', 'Safety Risk', 'Ongoing Harassment', 'Steps', 'Retention For', 'Months Kept', 'Suspension Months']);
  });

  it('adds the retention table when Settings has none: the group\'s own Consequences values are kept until the chair decides', () => {
    const repaired = applyBlocks(SETTINGS_WITH_EDITS, planSettingsRepair(SETTINGS_WITH_EDITS).blocks);
    expect(repaired.slice(1, 6).map((row) => row.slice(9, 12))).toEqual([
      ['Nothing', '', ''],
      ['Caution', '', ''],
      ['Expulsion', '', ''],
      ['Nobody identifiable', 6, ''],
      ['Flagged', 26, ''],
    ]);
    expect(readRetentionTable(repaired, readSettings(repaired).settings.vocabularies.consequences).problems).toEqual([]);
  });

  it('adds a retention row for a Consequences value the table lacks, and for one the group added, leaving present terms alone', () => {
    const values: SheetRow[] = [
      ['Consequences', 'Retention For', 'Months Kept', 'Suspension Months'],
      ['Warning', 'Warning', 2, ''],
      ['Mentoring', '', '', ''],
      ['Ban', '', '', ''],
    ];
    const repaired = applyBlocks(values, planSettingsRepair(values).blocks);
    expect(repaired.slice(1).map((row) => row.slice(1, 4)).filter((row) => row[0] !== '')).toEqual([
      ['Warning', 2, ''],
      ['Mentoring', '', ''],
      ['Ban', '', ''],
      ['Nobody identifiable', 6, ''],
      ['Flagged', 26, ''],
    ]);
    expect(planSettingsRepair(values).changes.filter((change) => change.includes('retention'))).toEqual([
      'Added the retention term for Mentoring to Settings',
      'Added the retention term for Ban to Settings',
      'Added the retention term for Nobody identifiable to Settings',
      'Added the retention term for Flagged to Settings',
    ]);
  });

  it('fills an appended list with its defaults', () => {
    const repaired = applyBlocks(SETTINGS_WITH_EDITS, planSettingsRepair(SETTINGS_WITH_EDITS).blocks);
    expect(repaired.slice(1).map((row) => row[7]).filter((cell) => cell !== '')).toEqual(['Yes', 'No', 'Maybe']);
  });

  it('appends missing settings below the last used setting row', () => {
    const repaired = applyBlocks(SETTINGS_WITH_EDITS, planSettingsRepair(SETTINGS_WITH_EDITS).blocks);
    expect(repaired.slice(5, 7).map((row) => row.slice(3, 5))).toEqual([
      ['Case Documents Folder ID', ''],
      ['Public Statistics Spreadsheet ID', ''],
    ]);
  });

  it('writes Setting and Value of appended rows in one block when the columns are side by side', () => {
    const blocks = planSettingsRepair(SETTINGS_WITH_EDITS).blocks;
    expect(blocks.filter((block) => block.columnIndex === 3)).toEqual([
      {
        rowIndex: 5,
        columnIndex: 3,
        values: [
          ['Case Documents Folder ID', ''],
          ['Public Statistics Spreadsheet ID', ''],
          ['Acknowledge Within Days', 1],
          ['Update Reporter Every Days', 14],
          ['Review Action Alone Within Days', 1],
          ['Publish Median Days to First Response', 'No'],
        ],
      },
    ]);
  });

  it('changes no cell that was present', () => {
    const repaired = applyBlocks(SETTINGS_WITH_EDITS, planSettingsRepair(SETTINGS_WITH_EDITS).blocks);
    expect(presentCells(repaired)).toEqual(expect.arrayContaining(presentCells(SETTINGS_WITH_EDITS)));
  });

  it('describes each addition', () => {
    expect(planSettingsRepair(SETTINGS_WITH_EDITS).changes).toEqual([
      'Added column Resolution Source to Settings',
      'Added column Safety Risk to Settings',
      'Added column Ongoing Harassment to Settings',
      'Added column Steps to Settings',
      'Added setting Case Documents Folder ID to Settings',
      'Added setting Public Statistics Spreadsheet ID to Settings',
      'Added setting Acknowledge Within Days to Settings',
      'Added setting Update Reporter Every Days to Settings',
      'Added setting Review Action Alone Within Days to Settings',
      'Added setting Publish Median Days to First Response to Settings',
      'Added column Retention For to Settings',
      'Added column Months Kept to Settings',
      'Added column Suspension Months to Settings',
    ]);
  });

  it('plans nothing the second time', () => {
    const repaired = applyBlocks(SETTINGS_WITH_EDITS, planSettingsRepair(SETTINGS_WITH_EDITS).blocks);
    expect(planSettingsRepair(repaired)).toEqual({ blocks: [], changes: [] });
  });

  it('adds a missing Value column with defaults beside the settings already listed', () => {
    const values: SheetRow[] = [['Setting'], ['Person Code Name Style']];
    const repaired = applyBlocks(values, planSettingsRepair(values).blocks);
    expect(readSettings(repaired)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('adds settings after rows used in the Value column only, never over them', () => {
    const values: SheetRow[] = [['Setting', 'Value'], ['', 'a stray note']];
    const repaired = applyBlocks(values, planSettingsRepair(values).blocks);
    expect([repaired[1].slice(0, 2), repaired[2].slice(0, 2)]).toEqual([
      ['', 'a stray note'],
      ['Identity Key Spreadsheet ID', ''],
    ]);
  });

  it('adds the Setting and Value columns to a sheet that has only lists', () => {
    const values = defaultSettingsSheet().map((row) => row.slice(0, 5));
    const repaired = applyBlocks(values, planSettingsRepair(values).blocks);
    expect(repaired.map((row) => row.slice(5, 7))).toEqual(defaultSettingsSheet().map((row) => row.slice(5, 7)));
  });
});

describe('locateSetting', () => {
  it('finds the Value cell of a setting', () => {
    expect(locateSetting(SETTINGS_WITH_EDITS, 'identityKeySpreadsheetId')).toEqual({ rowIndex: 4, columnIndex: 4 });
  });

  it('is null when the setting has no row', () => {
    expect(locateSetting(SETTINGS_WITH_EDITS, 'caseDocumentsFolderId')).toBeNull();
  });

  it('is null when there is no Value column', () => {
    expect(locateSetting([['Setting'], ['Identity Key Spreadsheet ID']], 'identityKeySpreadsheetId')).toBeNull();
  });
});

describe('planSettingUpdate', () => {
  it('writes the one Value cell, neutralised', () => {
    expect(planSettingUpdate(defaultSettingsSheet(), 'identityKeySpreadsheetId', 'key-id-456')).toEqual({
      rowIndex: 1,
      columnIndex: 7,
      values: [["'key-id-456"]],
    });
  });

  it('refuses when the setting has no row, suggesting Set up or repair', () => {
    expect(() => planSettingUpdate(SETTINGS_WITH_EDITS, 'caseDocumentsFolderId', 'folder-id')).toThrow(
      'The Settings sheet has no row for Case Documents Folder ID. Run Django CoC > Set up or repair, then try again.',
    );
  });
});

describe('case step settings (spec 18)', () => {
  const withValues = (rows: [string, string | number | boolean][]): SheetRow[] => [['Steps', 'Setting', 'Value'], ...rows.map(([name, value], index) => [index === 0 ? 'Received' : '', name, value])];

  it('reads the time limits and the publishing switch as a person types them', () => {
    const { settings } = readSettings(withValues([['Acknowledge Within Days', 3], ['Update Reporter Every Days', '7'], ['Review Action Alone Within Days', 0], ['Publish Median Days to First Response', 'yes']]));
    expect([settings.acknowledgeWithinDays, settings.updateReporterEveryDays, settings.reviewActionAloneWithinDays, settings.publishMedianDaysToFirstResponse]).toEqual([3, 7, 0, true]);
    expect(settings.caseSteps).toEqual(['Received']);
  });

  it('names a bad limit cell, never its content, and keeps the default', () => {
    const { settings, problems } = readSettings(withValues([['Acknowledge Within Days', 'soon'], ['Publish Median Days to First Response', 'perhaps']]));
    expect(settings.acknowledgeWithinDays).toBe(1);
    expect(settings.publishMedianDaysToFirstResponse).toBe(false);
    expect(problems).toContain('Settings!C2: Acknowledge Within Days must be a whole number of days, 0 or more; 1 is used.');
    expect(problems).toContain('Settings!C3: Publish Median Days to First Response must be Yes or No; No is used.');
    expect(problems.join(' ')).not.toMatch(/soon|perhaps/);
  });

  it('uses the default steps when Settings has no Steps list, and says so', () => {
    const { settings, problems } = readSettings([['Setting', 'Value']]);
    expect(settings.caseSteps).toEqual([...DEFAULT_CASE_STEPS]);
    expect(problems).toContain('Settings has no Steps list, so the default is used. Run Django CoC > Set up or repair to add it.');
  });
});
