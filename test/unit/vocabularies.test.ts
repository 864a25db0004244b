import { VOCABULARY_HEADERS, canonicalValue, defaultVocabularies, vocabularyKey } from '../../src/core/vocabularies';

describe('defaultVocabularies', () => {
  it('lists the statuses of spec 2.1', () => {
    expect(defaultVocabularies().status).toEqual(['Ongoing', 'Resolved']);
  });

  it('lists the resolution sources of spec 2.1', () => {
    expect(defaultVocabularies().resolutionSource).toEqual(['CoC WG', 'DSF Board', 'Local Event Reps', 'None']);
  });

  it('lists the safety risk and ongoing harassment answers of spec 2.1', () => {
    const { safetyRisk, ongoingHarassment } = defaultVocabularies();
    expect([safetyRisk, ongoingHarassment]).toEqual([
      ['Yes', 'No'],
      ['Yes', 'No', 'Maybe'],
    ]);
  });

  it('lists the consequences in ladder order, least severe first', () => {
    expect(defaultVocabularies().consequences).toEqual([
      'None',
      'Not a violation',
      'Out of scope',
      'Other',
      'Warning',
      'First Suspension',
      'Second Suspension',
      'Ban',
    ]);
  });

  it('returns a fresh copy, so changing one result leaves the next untouched', () => {
    defaultVocabularies().status.push('Changed');
    expect(defaultVocabularies().status).toEqual(['Ongoing', 'Resolved']);
  });
});

describe('VOCABULARY_HEADERS', () => {
  it('names each list by the Cases column it governs', () => {
    expect(Object.values(VOCABULARY_HEADERS)).toEqual([
      'Status',
      'Resolution Source',
      'Safety Risk',
      'Ongoing Harassment',
      'Consequences',
    ]);
  });
});

describe('vocabularyKey', () => {
  it('trims, collapses inner white space and ignores case', () => {
    expect(vocabularyKey('  First \u00A0 SUSPENSION ')).toBe('first suspension');
  });
});

describe('canonicalValue', () => {
  const STATUSES = ['Ongoing', 'Resolved'];

  it("returns the list's own spelling of a value typed in another case with stray spaces", () => {
    expect(canonicalValue(' resolved  ', STATUSES)).toBe('Resolved');
  });

  it('returns null for a value the list lacks', () => {
    expect(canonicalValue('Closed', STATUSES)).toBeNull();
  });

  it('returns null for a blank value', () => {
    expect(canonicalValue('   ', ['', ...STATUSES])).toBeNull();
  });
});
