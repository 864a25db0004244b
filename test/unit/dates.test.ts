import { addDays, compareIsoDays, daysBetween, isIsoDay, looksLikeDate } from '../../src/core/dates';

describe('isIsoDay', () => {
  it('accepts a real day', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
  });

  it('rejects a day that does not exist', () => {
    expect(isIsoDay('2023-02-29')).toBe(false);
  });

  it('rejects month 13', () => {
    expect(isIsoDay('2024-13-01')).toBe(false);
  });

  it('rejects a day without zero padding', () => {
    expect(isIsoDay('2024-3-5')).toBe(false);
  });

  it('rejects a timestamp', () => {
    expect(isIsoDay('2024-03-05T10:00:00Z')).toBe(false);
  });
});

describe('compareIsoDays', () => {
  it('is negative when the first day is earlier', () => {
    expect(compareIsoDays('2023-12-31', '2024-01-01')).toBeLessThan(0);
  });

  it('is positive when the first day is later', () => {
    expect(compareIsoDays('2024-01-10', '2024-01-09')).toBeGreaterThan(0);
  });

  it('is zero for the same day', () => {
    expect(compareIsoDays('2024-01-10', '2024-01-10')).toBe(0);
  });
});

describe('looksLikeDate', () => {
  it('is true for a numeric day whatever its order', () => {
    expect(looksLikeDate('05/03/2024')).toBe(true);
  });

  it('is true for an impossible day written as a date', () => {
    expect(looksLikeDate('2024-02-30')).toBe(true);
  });

  it('is true for a named month', () => {
    expect(looksLikeDate('March 5, 2024')).toBe(true);
  });

  it('is false for words that merely sit in a date-like pattern', () => {
    expect(looksLikeDate('5 marbles 2024')).toBe(false);
  });

  it('is false for a plain number', () => {
    expect(looksLikeDate('20240305')).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts across the end of February in a leap year', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('is negative when the second day is earlier', () => {
    expect(daysBetween('2025-01-10', '2025-01-03')).toBe(-7);
  });

  it('is zero for the same day', () => {
    expect(daysBetween('2025-06-01', '2025-06-01')).toBe(0);
  });
});

describe('addDays', () => {
  it('lands on 29 February in a leap year', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('crosses a year backwards', () => {
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});
