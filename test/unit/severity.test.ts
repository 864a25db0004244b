import { mostSevere, severityRank } from '../../src/core/severity';

const LADDER = ['None', 'Not a violation', 'Out of scope', 'Other', 'Warning', 'First Suspension', 'Second Suspension', 'Ban'];

describe('severityRank', () => {
  it('ranks the least severe rung 0', () => {
    expect(severityRank('None', LADDER)).toBe(0);
  });

  it('ranks the most severe rung last', () => {
    expect(severityRank('Ban', LADDER)).toBe(7);
  });

  it('matches trimmed and case-insensitively', () => {
    expect(severityRank('  first suspension ', LADDER)).toBe(5);
  });

  it('is null for a value the ladder lacks', () => {
    expect(severityRank('Banned forever', LADDER)).toBeNull();
  });

  it('is null for a blank value', () => {
    expect(severityRank('  ', LADDER)).toBeNull();
  });

  it('follows the order of an edited ladder', () => {
    expect(severityRank('Warning', ['Warning', 'None'])).toBe(0);
  });
});

describe('mostSevere', () => {
  it("returns the most severe value in the ladder's spelling", () => {
    expect(mostSevere(['warning', 'Ban', 'None'], LADDER).value).toBe('Ban');
  });

  it('ignores blank values', () => {
    expect(mostSevere(['', 'Other', ' '], LADDER)).toEqual({ value: 'Other', unknown: [] });
  });

  it('reports unknown values once each without ranking them', () => {
    expect(mostSevere(['Exile', 'Warning', 'exile ', 'Shunned'], LADDER)).toEqual({
      value: 'Warning',
      unknown: ['Exile', 'Shunned'],
    });
  });

  it('is null when no value is known', () => {
    expect(mostSevere(['Exile'], LADDER).value).toBeNull();
  });

  it('is null for no values', () => {
    expect(mostSevere([], LADDER)).toEqual({ value: null, unknown: [] });
  });
});
