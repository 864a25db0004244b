import { readRetentionTable } from '../../src/core/retention/retentionTable';
import { defaultSettingsSheet } from '../../src/core/settings';
import { defaultVocabularies } from '../../src/core/vocabularies';
import { CaseRecord } from '../../src/core/caseRecord';
import { calendarDate } from '../../src/core/cells';
import { ongoingRecord } from './support/caseRecords';
import {
  ATTENTION_WHAT,
  AttentionItem,
  CASE_STEP,
  CASE_STEPS_HEADERS,
  CaseStepLimits,
  CaseStepRecord,
  suspensionMonthsOf,
  DEFAULT_CASE_STEPS,
  needsAttention,
  readCaseSteps,
  validateCaseSteps,
} from '../../src/core/caseSteps';

const LIMITS: CaseStepLimits = {
  acknowledgeWithinDays: 1,
  updateReporterEveryDays: 14,
  reviewActionAloneWithinDays: 1,
  suspensionMonths: new Map([
    ['first suspension', 3],
    ['second suspension', 12],
  ]),
};

const NOTHING_HIDDEN = new Set<string>();

function ongoing(caseCodeName: string, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return ongoingRecord(caseCodeName, { personCodeName: 'Blue Jay', ...overrides });
}

function resolved(caseCodeName: string, consequences: string, resolutionDate: string): CaseRecord {
  return ongoing(caseCodeName, { status: 'Resolved', resolutionSource: 'CoC WG', resolutionDate, consequences });
}

function step(caseCodeName: string, name: string, date: string): CaseStepRecord {
  return { rowIndex: 1, caseCodeName, step: name, date, memberEmail: 'member.one@example.org', raw: {} };
}

function attention(cases: CaseRecord[], steps: CaseStepRecord[], today: string, hidden = NOTHING_HIDDEN): AttentionItem[] {
  return needsAttention({ cases, steps, limits: LIMITS, today, hiddenCaseKeys: hidden });
}

describe('the default list of case steps', () => {
  it('holds the twelve steps of spec section 18 in order', () => {
    expect(DEFAULT_CASE_STEPS).toEqual([
      'Received', 'Acknowledged', 'Reporter updated', 'Reported party heard', 'Decision agreed',
      "Affected parties' feedback noted", 'Reporter told the outcome', 'Board informed', 'Review date',
      'Acted alone', 'Action alone reviewed', 'Closed',
    ]);
  });
});

describe('readCaseSteps', () => {
  it('reads columns by header in any order and skips blank rows', () => {
    const table = readCaseSteps([
      ['Member Email', 'Date', 'Step', 'Case Code Name'],
      [' Member.One@Example.org ', calendarDate('2025-05-02'), 'Acknowledged', 'home shelf'],
      ['', '', '', ''],
      ['member.two@example.org', 'yesterday', 'Received', 'calm river'],
    ]);
    expect(table.missing).toEqual([]);
    expect(table.steps.map((s) => [s.rowIndex, s.caseCodeName, s.step, s.date, s.memberEmail])).toEqual([
      [1, 'home shelf', 'Acknowledged', '2025-05-02', 'member.one@example.org'],
      [3, 'calm river', 'Received', null, 'member.two@example.org'],
    ]);
  });

  it('names the columns a sheet lacks', () => {
    expect(readCaseSteps([['Case Code Name', 'Step']]).missing).toEqual(['Date', 'Member Email']);
  });

  it('has the headers of spec section 2.2', () => {
    expect(CASE_STEPS_HEADERS).toEqual(['Case Code Name', 'Step', 'Date', 'Member Email']);
  });
});

describe('needsAttention: acknowledging a report', () => {
  const cases = [ongoing('home shelf')];

  it('lists nothing once the report was acknowledged exactly on the limit', () => {
    const steps = [step('home shelf', CASE_STEP.received, '2025-05-01'), step('home shelf', CASE_STEP.acknowledged, '2025-05-02')];
    expect(attention(cases, steps, '2025-05-02').filter((item) => item.what === ATTENTION_WHAT.acknowledge)).toEqual([]);
  });

  it('is due today, not overdue, on the limit day', () => {
    const steps = [step('home shelf', CASE_STEP.received, '2025-05-01')];
    expect(attention(cases, steps, '2025-05-02')).toEqual([
      { caseCodeName: 'home shelf', what: ATTENTION_WHAT.acknowledge, dueOn: '2025-05-02', overdueDays: 0 },
    ]);
  });

  it('is overdue by one a day past the limit', () => {
    const steps = [step('home shelf', CASE_STEP.received, '2025-05-01')];
    expect(attention(cases, steps, '2025-05-03')).toEqual([
      { caseCodeName: 'home shelf', what: ATTENTION_WHAT.acknowledge, dueOn: '2025-05-02', overdueDays: 1 },
    ]);
  });

  it('takes the limit from Settings', () => {
    const steps = [step('home shelf', CASE_STEP.received, '2025-05-01')];
    const items = needsAttention({ cases, steps, limits: { ...LIMITS, acknowledgeWithinDays: 7 }, today: '2025-05-03', hiddenCaseKeys: NOTHING_HIDDEN });
    expect(items).toEqual([{ caseCodeName: 'home shelf', what: ATTENTION_WHAT.acknowledge, dueOn: '2025-05-08', overdueDays: -5 }]);
  });

  it('matches step names whatever their capitals and spacing', () => {
    const steps = [step('home shelf', ' received ', '2025-05-01'), step('home shelf', 'ACKNOWLEDGED', '2025-05-01')];
    expect(attention(cases, steps, '2025-05-09').map((item) => item.what)).toEqual([ATTENTION_WHAT.updateReporter]);
  });
});

describe('needsAttention: keeping the reporter informed', () => {
  const cases = [ongoing('home shelf', { dateOfReport: '2025-04-01' })];
  const received = step('home shelf', CASE_STEP.received, '2025-04-01');
  const acknowledged = step('home shelf', CASE_STEP.acknowledged, '2025-04-01');

  it('lists an update due tomorrow when the reporter was updated 13 days ago', () => {
    const steps = [received, acknowledged, step('home shelf', CASE_STEP.reporterUpdated, '2025-05-01')];
    expect(attention(cases, steps, '2025-05-14')).toEqual([
      { caseCodeName: 'home shelf', what: ATTENTION_WHAT.updateReporter, dueOn: '2025-05-15', overdueDays: -1 },
    ]);
  });

  it('lists an update overdue by one when the reporter was updated 15 days ago', () => {
    const steps = [received, acknowledged, step('home shelf', CASE_STEP.reporterUpdated, '2025-05-01')];
    expect(attention(cases, steps, '2025-05-16')).toEqual([
      { caseCodeName: 'home shelf', what: ATTENTION_WHAT.updateReporter, dueOn: '2025-05-15', overdueDays: 1 },
    ]);
  });

  it('lists nothing while the next update is more than a week away', () => {
    const steps = [received, acknowledged, step('home shelf', CASE_STEP.reporterUpdated, '2025-05-01')];
    expect(attention(cases, steps, '2025-05-07')).toEqual([]);
  });

  it('stops asking for updates once the case is resolved', () => {
    const steps = [received, acknowledged];
    expect(attention([resolved('home shelf', 'Warning', '2025-04-10')], steps, '2025-06-01')).toEqual([]);
  });
});

describe('needsAttention: an action taken alone', () => {
  const cases = [ongoing('home shelf')];
  const base = [step('home shelf', CASE_STEP.received, '2025-05-01'), step('home shelf', CASE_STEP.acknowledged, '2025-05-01')];

  it('is due for review the next day', () => {
    const items = attention(cases, [...base, step('home shelf', CASE_STEP.actedAlone, '2025-05-03')], '2025-05-05');
    expect(items[0]).toEqual({ caseCodeName: 'home shelf', what: ATTENTION_WHAT.reviewActionAlone, dueOn: '2025-05-04', overdueDays: 1 });
  });

  it('leaves the list once reviewed, even when the review came after 25 hours', () => {
    const steps = [...base, step('home shelf', CASE_STEP.actedAlone, '2025-05-03'), step('home shelf', CASE_STEP.actionAloneReviewed, '2025-05-05')];
    expect(attention(cases, steps, '2025-05-06').map((item) => item.what)).not.toContain(ATTENTION_WHAT.reviewActionAlone);
  });

  it('asks again for a second action taken after the first was reviewed', () => {
    const steps = [
      ...base,
      step('home shelf', CASE_STEP.actedAlone, '2025-05-03'),
      step('home shelf', CASE_STEP.actionAloneReviewed, '2025-05-04'),
      step('home shelf', CASE_STEP.actedAlone, '2025-05-08'),
    ];
    expect(attention(cases, steps, '2025-05-08').filter((item) => item.what === ATTENTION_WHAT.reviewActionAlone)).toEqual([
      { caseCodeName: 'home shelf', what: ATTENTION_WHAT.reviewActionAlone, dueOn: '2025-05-09', overdueDays: -1 },
    ]);
  });
});

describe('needsAttention: resolved cases', () => {
  it('lists a First Suspension of 3 months ending next week', () => {
    const cases = [resolved('home shelf', 'First Suspension', '2025-03-10')];
    const steps = [step('home shelf', CASE_STEP.received, '2025-02-01'), step('home shelf', CASE_STEP.decisionAgreed, '2025-03-10')];
    expect(attention(cases, steps, '2025-06-04')).toEqual([
      { caseCodeName: 'home shelf', what: ATTENTION_WHAT.suspensionEnds, dueOn: '2025-06-10', overdueDays: -6 },
    ]);
  });

  it('keeps listing a suspension that ended until a step is recorded on or after its end', () => {
    const cases = [resolved('home shelf', 'First Suspension', '2025-03-10')];
    const steps = [step('home shelf', CASE_STEP.received, '2025-02-01'), step('home shelf', CASE_STEP.closed, '2025-03-11')];
    expect(attention(cases, steps, '2025-06-12').map((item) => item.overdueDays)).toEqual([2]);
    expect(attention(cases, [...steps, step('home shelf', CASE_STEP.reporterUpdated, '2025-06-10')], '2025-06-12')).toEqual([]);
  });

  it('lists the recorded review date', () => {
    const cases = [resolved('home shelf', 'Warning', '2025-03-10')];
    const steps = [step('home shelf', CASE_STEP.received, '2025-02-01'), step('home shelf', CASE_STEP.reviewDate, '2025-09-01')];
    expect(attention(cases, steps, '2025-08-29')).toEqual([
      { caseCodeName: 'home shelf', what: ATTENTION_WHAT.reviewDate, dueOn: '2025-09-01', overdueDays: -3 },
    ]);
  });

  it('lists nothing for a case closed before any deadline passed', () => {
    const cases = [resolved('home shelf', 'Not a violation', '2025-05-02')];
    const steps = [
      step('home shelf', CASE_STEP.received, '2025-05-01'),
      step('home shelf', CASE_STEP.acknowledged, '2025-05-01'),
      step('home shelf', CASE_STEP.reviewDate, '2025-06-01'),
      step('home shelf', CASE_STEP.closed, '2025-05-02'),
    ];
    expect(attention(cases, steps, '2025-06-01')).toEqual([]);
  });

  it('treats a case with one row still ongoing as ongoing', () => {
    const cases = [resolved('home shelf', 'Warning', '2025-05-03'), ongoing('home shelf', { personCodeName: 'Teal Heron' })];
    const steps = [step('home shelf', CASE_STEP.received, '2025-05-01')];
    expect(attention(cases, steps, '2025-05-03').map((item) => item.what)).toEqual([ATTENTION_WHAT.acknowledge]);
  });
});

describe('needsAttention: what a member may see', () => {
  it('never lists a case the member has a conflict on', () => {
    const cases = [ongoing('home shelf'), ongoing('calm river')];
    const steps = [step('home shelf', CASE_STEP.received, '2025-05-01'), step('calm river', CASE_STEP.received, '2025-05-01')];
    const items = attention(cases, steps, '2025-05-03', new Set(['home shelf']));
    expect(items.map((item) => item.caseCodeName)).toEqual(['calm river']);
  });

  it('never lists a Case Code Name cell that does not read as a code name', () => {
    const cases = [ongoing('Fictional Person One Was Here')];
    const steps = [step('Fictional Person One Was Here', CASE_STEP.received, '2025-05-01')];
    expect(attention(cases, steps, '2025-05-03')).toEqual([]);
  });

  it('keeps no clock for a case logged before the group kept steps', () => {
    expect(attention([ongoing('home shelf', { dateOfReport: '2016-01-01' })], [], '2025-05-03')).toEqual([]);
  });

  it('ignores steps of a case not in Cases and steps without a real date', () => {
    const steps = [step('calm river', CASE_STEP.received, '2025-05-01'), { ...step('home shelf', CASE_STEP.received, '2025-05-01'), date: null }];
    expect(attention([ongoing('home shelf')], steps, '2025-05-03')).toEqual([]);
  });

  it('puts the most overdue first, then by case code name', () => {
    const cases = [ongoing('calm river'), ongoing('amber kettle'), ongoing('home shelf')];
    const steps = [
      step('calm river', CASE_STEP.received, '2025-05-02'),
      step('amber kettle', CASE_STEP.received, '2025-05-02'),
      step('home shelf', CASE_STEP.received, '2025-04-20'),
    ];
    expect(attention(cases, steps, '2025-05-04').map((item) => [item.caseCodeName, item.overdueDays])).toEqual([
      ['home shelf', 13],
      ['amber kettle', 1],
      ['calm river', 1],
    ]);
  });

  it('groups a case written with a hyphen or capitals with its steps', () => {
    const steps = [step('Home-Shelf', CASE_STEP.received, '2025-05-01')];
    expect(attention([ongoing('home shelf')], steps, '2025-05-03').map((item) => item.caseCodeName)).toEqual(['home shelf']);
  });
});

describe('validateCaseSteps', () => {
  const CASES = [ongoing('home shelf', { dateOfReport: '2025-05-01' })];
  const MEMBERS = ['member.one@example.org'];

  function problems(rows: unknown[][]) {
    return validateCaseSteps({
      table: readCaseSteps([[...CASE_STEPS_HEADERS], ...(rows as never[][])]),
      knownSteps: DEFAULT_CASE_STEPS,
      cases: CASES,
      memberEmails: MEMBERS,
      today: '2025-05-10',
    }).map((problem) => [problem.cell, problem.rule]);
  }

  it('accepts a well-formed step', () => {
    expect(problems([['home shelf', 'Acknowledged', calendarDate('2025-05-02'), 'member.one@example.org']])).toEqual([]);
  });

  it('names an unknown step', () => {
    expect(problems([['home shelf', 'Phoned them', calendarDate('2025-05-02'), 'member.one@example.org']])).toEqual([["'Case Steps'!B2", 'case-step-unknown-step']]);
  });

  it('names an unknown case, never repeating what the cell holds', () => {
    const found = validateCaseSteps({
      table: readCaseSteps([[...CASE_STEPS_HEADERS], ['Fictional Person One', 'Received', calendarDate('2025-05-02'), 'member.one@example.org']]),
      knownSteps: DEFAULT_CASE_STEPS,
      cases: CASES,
      memberEmails: MEMBERS,
      today: '2025-05-10',
    });
    expect(found.map((problem) => problem.rule)).toEqual(['case-step-unknown-case']);
    expect(JSON.stringify(found)).not.toContain('Fictional');
  });

  it('names a date in the future, but not a review date to come', () => {
    expect(problems([
      ['home shelf', 'Received', calendarDate('2025-05-11'), 'member.one@example.org'],
      ['home shelf', 'Review date', calendarDate('2025-11-01'), 'member.one@example.org'],
    ])).toEqual([["'Case Steps'!C2", 'case-step-date-future']]);
  });

  it("names a date before the case's Date of Report", () => {
    expect(problems([['home shelf', 'Received', calendarDate('2025-04-30'), 'member.one@example.org']])).toEqual([["'Case Steps'!C2", 'case-step-date-before-report']]);
  });

  it('names a missing date and text that is not a date', () => {
    expect(problems([
      ['home shelf', 'Received', '', 'member.one@example.org'],
      ['home shelf', 'Received', 'soon', 'member.one@example.org'],
    ])).toEqual([["'Case Steps'!C2", 'case-step-date-required'], ["'Case Steps'!C3", 'case-step-date-required']]);
  });

  it('names a member who is not on Members', () => {
    expect(problems([['home shelf', 'Received', calendarDate('2025-05-02'), 'stranger@example.com']])).toEqual([["'Case Steps'!D2", 'case-step-unknown-member']]);
  });
});

describe('suspensionMonthsOf', () => {
  it('takes only the retention rows with Suspension Months above 0, by Consequences key', () => {
    const { table } = readRetentionTable(defaultSettingsSheet(), defaultVocabularies().consequences);
    expect([...suspensionMonthsOf(table)]).toEqual([
      ['first suspension', 3],
      ['second suspension', 12],
    ]);
  });
});
