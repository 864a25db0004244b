import { readableDay, recordedSentence } from '../../src/ui/shared/caseStepText';
import { attentionHeading, selectedSentence, whenLine } from '../../src/ui/NeedsAttentionSidebar/attentionText';
import { dateProblem, mayBeInFuture } from '../../src/ui/RecordStepDialog/recordStepText';

const item = (overdueDays: number, dueOn = '2025-05-03') => ({ caseCodeName: 'quiet lantern', what: 'Acknowledge the report', dueOn, overdueDays });

describe('readableDay', () => {
  it('writes an ISO day as day, month name and year', () => {
    expect(readableDay('2025-05-03')).toBe('3 May 2025');
    expect(readableDay('2024-12-31')).toBe('31 December 2024');
  });

  it('leaves text that is not an ISO day as it is', () => {
    expect(readableDay('2025-13-01')).toBe('2025-13-01');
    expect(readableDay('soon')).toBe('soon');
  });
});

describe('recordedSentence', () => {
  it('says what was recorded, for which case and day', () => {
    expect(recordedSentence({ caseCodeName: 'quiet lantern', step: 'Acknowledged', date: '2025-05-03' })).toBe('Recorded: Acknowledged for quiet lantern on 3 May 2025.');
  });

  it('says plainly when the step was already on record and nothing was written', () => {
    expect(recordedSentence({ caseCodeName: 'quiet lantern', step: 'Acknowledged', date: '2025-05-02', alreadyRecorded: true })).toBe(
      'Acknowledged was already recorded for quiet lantern on 2 May 2025, so nothing new was written.',
    );
  });
});

describe('whenLine', () => {
  it('leads with how overdue an item is', () => {
    expect(whenLine(item(1))).toBe('Overdue by 1 day (due 3 May 2025)');
    expect(whenLine(item(12))).toBe('Overdue by 12 days (due 3 May 2025)');
  });

  it('says today, tomorrow, or in how many days', () => {
    expect(whenLine(item(0))).toBe('Due today (3 May 2025)');
    expect(whenLine(item(-1))).toBe('Due tomorrow (3 May 2025)');
    expect(whenLine(item(-6))).toBe('Due in 6 days (3 May 2025)');
  });
});

describe('attentionHeading', () => {
  it('counts the items and the overdue among them', () => {
    expect(attentionHeading([item(3), item(-2)])).toBe('2 things need attention, 1 overdue');
    expect(attentionHeading([item(-2)])).toBe('1 thing needs attention');
  });

  it('says so when nothing needs attention', () => {
    expect(attentionHeading([])).toBe('Nothing is overdue or due within a week.');
  });
});

describe('selectedSentence', () => {
  it('names the row that was selected', () => {
    expect(selectedSentence('quiet lantern', 7)).toBe('Selected row 7 of Cases, the first row of quiet lantern.');
  });
});

describe('the Record a step date check', () => {
  it('allows only a Review date after today', () => {
    expect(mayBeInFuture('review  Date')).toBe(true);
    expect(dateProblem('2025-06-01', '2025-05-03', 'Review date')).toBe('');
    expect(dateProblem('2025-06-01', '2025-05-03', 'Acknowledged')).toBe('Only a Review date may be after today.');
  });

  it('asks for a day when the field is empty', () => {
    expect(dateProblem('', '2025-05-03', 'Acknowledged')).toBe('Choose the day the step was taken.');
  });

  it('accepts today and earlier days for any step', () => {
    expect(dateProblem('2025-05-03', '2025-05-03', 'Closed')).toBe('');
    expect(dateProblem('2025-01-01', '2025-05-03', 'Closed')).toBe('');
  });
});
