import type { CaseRecord } from '../../src/core/caseRecord';
import { daysBetween } from '../../src/core/dates';
import { computeStatistics } from '../../src/core/statistics';
import { daysToResolution, median, timeToResolution } from '../../src/core/statistics/timeToResolution';
import { defaultVocabularies } from '../../src/core/vocabularies';

function row(caseCodeName: string, dateOfReport: string, resolutionDate: string | null, personCodeName = ''): CaseRecord {
  return {
    rowIndex: 1,
    dateOfReport,
    caseCodeName,
    personCodeName,
    status: resolutionDate === null ? 'Ongoing' : 'Resolved',
    resolutionSource: resolutionDate === null ? '' : 'CoC WG',
    resolutionDate,
    safetyRisk: 'No',
    ongoingHarassment: 'No',
    consequences: resolutionDate === null ? '' : 'Warning',
    documents: '',
    raw: {},
  };
}

describe('daysBetween', () => {
  it('counts calendar days across a leap day and a month end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-01-31', '2025-01-01')).toBe(-30);
  });
});

describe('median', () => {
  it('takes the middle of an odd count: 3, 9, 4 gives 4', () => {
    expect(median([3, 9, 4])).toBe(4);
  });

  it('takes the mean of the two middle values of an even count: 2, 10, 4, 7 gives 5.5', () => {
    expect(median([2, 10, 4, 7])).toBe(5.5);
  });

  it('is null for nothing', () => {
    expect(median([])).toBeNull();
  });
});

describe('timeToResolution', () => {
  it("measures a report from its earliest Date of Report to its last person's Resolution Date", () => {
    expect(daysToResolution({ caseCodeName: 'quiet harbor', rows: [row('quiet harbor', '2025-03-01', '2025-03-05', 'Blue Jay'), row('quiet harbor', '2025-03-02', '2025-03-11', 'Red Fox')] })).toBe(10);
  });

  it('gives the median of the resolved reports and counts the ongoing ones, per period', () => {
    const records = [
      row('quiet harbor', '2025-01-01', '2025-01-04'), // 3 days
      row('amber field', '2025-02-01', '2025-02-10'), // 9 days
      row('silver brook', '2025-03-01', '2025-03-05'), // 4 days
      row('green meadow', '2025-04-01', null),
      row('late lantern', '2024-06-01', '2024-06-03'), // 2 days
      row('early kettle', '2024-07-01', '2024-07-11'), // 10 days
    ];
    const report = computeStatistics(records, { grouping: 'year', dateBasis: 'report', ladder: defaultVocabularies().consequences });
    expect(report.rows.map((r) => r[0])).toEqual(['2025', '2024']);
    expect(report.timeToResolution.rows).toEqual([[4, 1], [6, 0]]);
  });

  it('leaves the median blank for a period with nothing resolved', () => {
    expect(timeToResolution([{ caseCodeName: 'green meadow', rows: [row('green meadow', '2025-04-01', null)] }])).toEqual(['', 1]);
  });
});
