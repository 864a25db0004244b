import { compareIsoDays, isIsoDay, looksLikeDate, parseTextDate } from '../../src/core/dates';

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

describe('parseTextDate', () => {
  it('reads an ISO day', () => {
    expect(parseTextDate(' 2024-03-05 ')).toBe('2024-03-05');
  });

  it('reads a year-first day with slashes and no padding', () => {
    expect(parseTextDate('2024/3/5')).toBe('2024-03-05');
  });

  it('reads a day, month name and year', () => {
    expect(parseTextDate('5 March 2024')).toBe('2024-03-05');
  });

  it('reads a month name, day and year', () => {
    expect(parseTextDate('Sept 5th, 2024')).toBe('2024-09-05');
  });

  it('refuses a numeric day and month, whose order depends on the locale', () => {
    expect(parseTextDate('05/03/2024')).toBeNull();
  });

  it('refuses a day that does not exist', () => {
    expect(parseTextDate('2024-02-30')).toBeNull();
  });

  it('refuses text that is not a date', () => {
    expect(parseTextDate('home shelf')).toBeNull();
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
