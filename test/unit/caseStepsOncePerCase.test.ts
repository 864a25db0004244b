import { calendarDate } from '../../src/core/cells';
import { CASE_STEPS_HEADERS, firstRecordOf, isOncePerCase, readCaseSteps } from '../../src/core/caseSteps';

const MEMBER = 'fictional.member@example.org';

const STEPS = readCaseSteps([
  [...CASE_STEPS_HEADERS],
  ['Quiet Lantern', 'acknowledged', calendarDate('2025-05-04'), MEMBER],
  ['quiet lantern', 'Acknowledged', calendarDate('2025-05-02'), MEMBER],
  ['quiet lantern', 'Acknowledged', 'not a date', MEMBER],
  ['home shelf', 'Acknowledged', calendarDate('2025-04-01'), MEMBER],
  ['quiet lantern', 'Reporter updated', calendarDate('2025-04-20'), MEMBER],
]).steps;

describe('isOncePerCase', () => {
  it('holds for Received and Acknowledged in any capitalisation or spacing', () => {
    expect(isOncePerCase('Received')).toBe(true);
    expect(isOncePerCase('  acknowledged ')).toBe(true);
  });

  it('does not hold for steps a case takes again and again', () => {
    expect(isOncePerCase('Reporter updated')).toBe(false);
    expect(isOncePerCase('Review date')).toBe(false);
    expect(isOncePerCase('A step the group added')).toBe(false);
  });
});

describe('firstRecordOf', () => {
  it("finds the case's earliest dated record of the step, however the name is written", () => {
    expect(firstRecordOf(STEPS, 'QUIET  LANTERN', 'acknowledged')?.date).toBe('2025-05-02');
  });

  it('finds nothing for another step or another case', () => {
    expect(firstRecordOf(STEPS, 'quiet lantern', 'Received')).toBeUndefined();
    expect(firstRecordOf(STEPS, 'calm river', 'Acknowledged')).toBeUndefined();
  });

  it('ignores a record whose date cell holds no date', () => {
    const undated = readCaseSteps([[...CASE_STEPS_HEADERS], ['calm river', 'Acknowledged', 'yesterday', MEMBER]]).steps;
    expect(firstRecordOf(undated, 'calm river', 'Acknowledged')).toBeUndefined();
  });
});
