import type { CaseRecord } from '../../src/core/caseRecord';
import type { CaseStepRecord } from '../../src/core/caseSteps';
import { computeStatistics } from '../../src/core/statistics';
import { daysToFirstResponse, medianDaysToFirstResponse, stepsByCase } from '../../src/core/statistics/firstResponse';
import { defaultVocabularies } from '../../src/core/vocabularies';
import { ongoingRecord } from './support/caseRecords';

const LADDER = defaultVocabularies().consequences;

function report(caseCodeName: string, dateOfReport: string): CaseRecord {
  return ongoingRecord(caseCodeName, { dateOfReport });
}

function step(caseCodeName: string, name: string, date: string | null): CaseStepRecord {
  return { rowIndex: 1, caseCodeName, step: name, date, memberEmail: 'member.one@example.org', raw: {} };
}

/** A case received on `received` and, unless null, acknowledged on `acknowledged`. */
function clock(caseCodeName: string, received: string, acknowledged: string | null): CaseStepRecord[] {
  return [step(caseCodeName, 'Received', received), ...(acknowledged === null ? [] : [step(caseCodeName, 'Acknowledged', acknowledged)])];
}

function firstResponseByPeriod(records: CaseRecord[], caseSteps: CaseStepRecord[], grouping: 'year' | 'half-year' = 'year') {
  const table = computeStatistics(records, { grouping, dateBasis: 'report', ladder: LADDER, caseSteps });
  return table.rows.map((row, index) => [row[0], ...table.firstResponse.rows[index]]);
}

describe('daysToFirstResponse', () => {
  it('counts calendar days from Received to Acknowledged: 30 April to 2 May is 2', () => {
    expect(daysToFirstResponse(clock('quiet harbor', '2025-04-30', '2025-05-02'))).toBe(2);
  });

  it('is 0 for a report acknowledged the day it was received', () => {
    expect(daysToFirstResponse(clock('quiet harbor', '2025-05-01', '2025-05-01'))).toBe(0);
  });

  it('is null for a report not yet acknowledged', () => {
    expect(daysToFirstResponse(clock('quiet harbor', '2025-05-01', null))).toBeNull();
  });

  it('is null without a Received step, as for a case logged before the group kept steps', () => {
    expect(daysToFirstResponse([step('quiet harbor', 'Acknowledged', '2025-05-02')])).toBeNull();
  });

  it('takes the first acknowledgement on or after the first Received, across a month end and a leap day', () => {
    const steps = [
      step('quiet harbor', 'Acknowledged', '2024-03-04'),
      step('quiet harbor', 'Received', '2024-02-28'),
      step('quiet harbor', 'Acknowledged', '2024-03-01'),
      step('quiet harbor', 'Received', '2024-03-02'),
    ];
    expect(daysToFirstResponse(steps)).toBe(2);
  });

  it('ignores an Acknowledged dated before Received and a step with no date', () => {
    const steps = [step('quiet harbor', 'Received', '2025-05-03'), step('quiet harbor', 'Acknowledged', '2025-05-01'), step('quiet harbor', 'Acknowledged', null)];
    expect(daysToFirstResponse(steps)).toBeNull();
  });

  it('reads the step names in any capitalisation and spacing', () => {
    expect(daysToFirstResponse([step('quiet harbor', ' received ', '2025-05-01'), step('quiet harbor', 'ACKNOWLEDGED', '2025-05-04')])).toBe(3);
  });
});

describe('medianDaysToFirstResponse', () => {
  it('finds a report\'s steps whether the case code name is written with a hyphen or a space', () => {
    const steps = stepsByCase(clock('Quiet-Harbor', '2015-01-17', '2015-01-20'));
    expect(medianDaysToFirstResponse([{ caseCodeName: 'quiet harbor', rows: [report('quiet harbor', '2015-01-17')] }], steps)).toBe(3);
  });

  it('is blank for a period in which no report was acknowledged', () => {
    const steps = stepsByCase(clock('quiet harbor', '2025-05-01', null));
    expect(medianDaysToFirstResponse([{ caseCodeName: 'quiet harbor', rows: [report('quiet harbor', '2025-05-01')] }], steps)).toBe('');
  });
});

describe('median days to first response in the statistics, per period', () => {
  it('takes the middle of an odd count (0, 1 and 4 days give 1) and leaves out the report never acknowledged', () => {
    const records = [report('amber field', '2025-01-06'), report('silver brook', '2025-02-10'), report('green meadow', '2025-03-03'), report('late lantern', '2025-04-01')];
    const steps = [
      ...clock('amber field', '2025-01-06', '2025-01-06'), // same day: 0
      ...clock('silver brook', '2025-02-10', '2025-02-11'), // 1
      ...clock('green meadow', '2025-03-03', '2025-03-07'), // 4
      ...clock('late lantern', '2025-04-01', null), // not acknowledged: left out
    ];
    expect(firstResponseByPeriod(records, steps)).toEqual([['2025', 1]]);
  });

  it('takes the mean of the two middle values of an even count: 1, 2, 4 and 7 days give 3', () => {
    const records = [report('amber field', '2024-01-29'), report('silver brook', '2024-02-27'), report('green meadow', '2024-12-30'), report('late lantern', '2024-06-10')];
    const steps = [
      ...clock('amber field', '2024-01-29', '2024-01-30'), // 1
      ...clock('silver brook', '2024-02-27', '2024-02-29'), // 2, over the leap day
      ...clock('green meadow', '2024-12-30', '2025-01-03'), // 4, over the new year: counted in the report's period
      ...clock('late lantern', '2024-06-10', '2024-06-17'), // 7
    ];
    expect(firstResponseByPeriod(records, steps)).toEqual([['2024', 3]]);
  });

  it('gives each half-year its own median, and a blank for a half with only a report never acknowledged', () => {
    const records = [report('amber field', '2025-01-06'), report('silver brook', '2025-06-30'), report('green meadow', '2025-07-01'), report('quiet harbor', '2024-09-01')];
    const steps = [
      ...clock('amber field', '2025-01-06', '2025-01-08'), // 2
      ...clock('silver brook', '2025-06-30', '2025-07-05'), // 5
      ...clock('green meadow', '2025-07-01', null),
      ...clock('quiet harbor', '2024-09-01', '2024-09-01'), // 0
    ];
    expect(firstResponseByPeriod(records, steps, 'half-year')).toEqual([
      ['2025 H2', ''],
      ['2025 H1', 3.5],
      ['2024 H2', 0],
    ]);
  });

  it('leaves every median blank when no Case Steps are given', () => {
    expect(firstResponseByPeriod([report('amber field', '2025-01-06'), report('silver brook', '2023-01-06')], [])).toEqual([
      ['2025', ''],
      ['2024', ''],
      ['2023', ''],
    ]);
  });
});
