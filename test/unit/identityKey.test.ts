import fc from 'fast-check';
import {
  IdentityEntry,
  collectNamesToFind,
  computeIdentityColumns,
  findPerson,
  identityKeyHeaderRow,
  isTombstone,
  newIdentityKeyRow,
  normaliseName,
  planPersonCodeNames,
  readIdentityKey,
} from '../../src/core/identityKey';
import { IDENTITY_KEY_COLUMNS } from '../../src/core/schema';
import { SheetRow } from '../../src/core/cells';
import { readCasesTable } from '../../src/core/caseRecord';
import { defaultVocabularies } from '../../src/core/vocabularies';
import { UserError } from '../../src/core/errors';

const LADDER = defaultVocabularies().consequences;

const KEY_VALUES: SheetRow[] = [
  ['Notes', 'Person Code Name', 'Real Name', 'Flagged', 'Aliases', 'Report Count', 'Highest Consequence'],
  ['group note', 'Blue Jay', 'Fictional Person One', 'Yes', 'fp1; ; fictional.one@example.org ;', 2, 'Warning'],
  ['', '', '', '', '', '', ''],
  ['', 'Red Fox', 'Fictional Person Two', 'No', '', '1', ''],
  ['', 'Green Owl', 'Fictional Person Three', '', 'FP3', '', 'Ban'],
];

function entry(overrides: Partial<IdentityEntry>): IdentityEntry {
  return { rowIndex: 1, realName: '', aliases: [], personCodeName: '', reportCount: 0, highestConsequence: '', flagged: false, ...overrides };
}

const ENTRIES: IdentityEntry[] = [
  entry({ rowIndex: 1, realName: 'Fictional Person One', aliases: ['fp1', 'fictional.one@example.org'], personCodeName: 'Blue Jay' }),
  entry({ rowIndex: 2, realName: 'Fictional Person Two', personCodeName: 'Red Fox' }),
  entry({ rowIndex: 3, realName: 'Fictional Person Three', aliases: ['FP3'], personCodeName: 'Green Owl' }),
];

const NEW_NAME = 'Fictional Person Four';

function fixedGenerator(...names: string[]) {
  const calls: (readonly string[])[] = [];
  const generate = (taken: readonly string[]) => {
    calls.push(taken);
    const next = names.shift();
    if (next === undefined) throw new Error('test generator ran out of names');
    return next;
  };
  return { generate, calls };
}

function caughtUserError(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('normaliseName', () => {
  it('folds case so differently capitalised names compare equal', () => {
    expect(normaliseName('FICTIONAL Person one')).toBe('fictional person one');
  });

  it('applies NFKC so full-width letters match plain ones', () => {
    expect(normaliseName('Ｆｉｃｔｉｏｎａｌ')).toBe('fictional');
  });

  it('treats a decomposed accent like the composed letter', () => {
    expect(normaliseName('Jose\u0301')).toBe(normaliseName('Jos\u00E9'));
  });

  it('folds sharp s to ss', () => {
    expect(normaliseName('Fictional STRASSE')).toBe(normaliseName('fictional straße'));
  });

  it('trims and collapses white space, including non-breaking and line breaks', () => {
    expect(normaliseName(' \tFictional\u00A0\u00A0Person \n One ')).toBe('fictional person one');
  });

  it('drops zero-width characters pasted inside a name', () => {
    expect(normaliseName('Fic\u200Btional Person\uFEFF One')).toBe('fictional person one');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => normaliseName(normaliseName(text)) === normaliseName(text)),
      { numRuns: 2000 },
    );
  });
});

describe('readIdentityKey', () => {
  it('reads columns by header whatever their order', () => {
    const { entries } = readIdentityKey(KEY_VALUES);
    expect(entries[0]).toEqual({
      rowIndex: 1,
      realName: 'Fictional Person One',
      aliases: ['fp1', 'fictional.one@example.org'],
      personCodeName: 'Blue Jay',
      reportCount: 2,
      highestConsequence: 'Warning',
      flagged: true,
      expungedOn: '',
    });
  });

  it('reads a tombstone: a person code name with the day its names were expunged', () => {
    const { entries } = readIdentityKey([
      ['Real Name', 'Aliases', 'Person Code Name', 'Report Count', 'Highest Consequence', 'Flagged', 'Expunged On'],
      ['', '', 'Blue Jay', 2, 'Warning', 'No', { iso: '2026-12-06' }],
    ]);
    expect(entries.map((entry) => [entry.personCodeName, entry.expungedOn, isTombstone(entry)])).toEqual([['Blue Jay', '2026-12-06', true]]);
  });

  it('skips blank rows and keeps each entry’s sheet row index', () => {
    const { entries } = readIdentityKey(KEY_VALUES);
    expect(entries.map((e) => e.rowIndex)).toEqual([1, 3, 4]);
  });

  it('reads a report count typed as text and a blank one as 0', () => {
    const { entries } = readIdentityKey(KEY_VALUES);
    expect(entries.map((e) => e.reportCount)).toEqual([2, 1, 0]);
  });

  it('reads Flagged as true only for Yes', () => {
    const { entries } = readIdentityKey(KEY_VALUES);
    expect(entries.map((e) => e.flagged)).toEqual([true, false, false]);
  });

  it('names the columns it could not find', () => {
    const { missing } = readIdentityKey([['Real Name', 'Person Code Name']]);
    expect(missing).toEqual(['Aliases', 'Report Count', 'Highest Consequence', 'Flagged']);
  });

  it('reads an empty sheet as no entries with every column missing', () => {
    expect(readIdentityKey([])).toEqual({ entries: [], missing: Object.values(IDENTITY_KEY_COLUMNS) });
  });
});

describe('identityKeyHeaderRow', () => {
  it('lists the schema columns in order', () => {
    expect(identityKeyHeaderRow()).toEqual(['Real Name', 'Aliases', 'Person Code Name', 'Report Count', 'Highest Consequence', 'Flagged', 'Expunged On']);
  });
});

describe('newIdentityKeyRow', () => {
  it('places the new person by the key’s own header order', () => {
    const header = KEY_VALUES[0];
    expect(newIdentityKeyRow(header, { realName: NEW_NAME, personCodeName: 'Gold Hare' })).toEqual([
      '',
      'Gold Hare',
      NEW_NAME,
      'No',
      '',
      0,
      '',
    ]);
  });
});

describe('findPerson', () => {
  it('matches the real name after normalisation', () => {
    expect(findPerson(ENTRIES, '  fictional   PERSON two ')?.personCodeName).toBe('Red Fox');
  });

  it('matches an alias', () => {
    expect(findPerson(ENTRIES, 'Fictional.One@Example.org')?.personCodeName).toBe('Blue Jay');
  });

  it('returns null for a name the key does not hold', () => {
    expect(findPerson(ENTRIES, NEW_NAME)).toBeNull();
  });

  it('returns null for a blank name rather than matching a blank cell', () => {
    expect(findPerson([entry({ personCodeName: 'Gold Hare' })], '   ')).toBeNull();
  });

  it('refuses to guess when a name matches two people', () => {
    const shared = [...ENTRIES, entry({ rowIndex: 4, realName: 'Someone Else', aliases: ['FP3'], personCodeName: 'Gold Hare' })];
    expect(() => findPerson(shared, 'fp3')).toThrow(/Green Owl, Gold Hare/);
  });

  it('never repeats the searched name in the ambiguity message', () => {
    const shared = [...ENTRIES, entry({ rowIndex: 4, realName: 'Fictional Person Three', personCodeName: 'Gold Hare' })];
    const error = caughtUserError(() => findPerson(shared, 'Fictional Person Three'));
    expect(error.message).not.toMatch(/fictional person three/i);
  });
});

describe('tombstones in lookups', () => {
  const TOMBSTONE = entry({ rowIndex: 4, realName: 'Fictional Person Three', personCodeName: 'Gold Hare', expungedOn: '2026-12-06' });

  it('never matches a tombstone, even with a name typed back into it', () => {
    expect(findPerson([TOMBSTONE], 'Fictional Person Three')).toBeNull();
  });

  it('gives a new report about an expunged person a new code name, keeping the tombstone\'s out of use', () => {
    const { generate, calls } = fixedGenerator('Pink Newt');
    const plan = planPersonCodeNames([{ ...TOMBSTONE, realName: '' }], [{ realName: 'Fictional Person Three' }], generate);
    expect([plan.personCodeNames, calls[0]]).toEqual([['Pink Newt'], ['Gold Hare']]);
  });

  it('refuses a tombstoned person code name, so the new report starts afresh', () => {
    const error = caughtUserError(() => planPersonCodeNames([TOMBSTONE], [{ personCodeName: 'gold hare' }], fixedGenerator().generate));
    expect(error.fields).toEqual({ 'people.0.personCodeName': expect.stringContaining('expunged by a retention review') });
  });
});

describe('planPersonCodeNames', () => {
  it('reuses the code name of a person already in the key', () => {
    const { generate } = fixedGenerator();
    expect(planPersonCodeNames(ENTRIES, [{ realName: 'fp1' }], generate)).toEqual({
      personCodeNames: ['Blue Jay'],
      newEntries: [],
      filledEntries: [],
    });
  });

  it('creates an entry with a fresh code name for a new real name', () => {
    const { generate } = fixedGenerator('Gold Hare');
    expect(planPersonCodeNames(ENTRIES, [{ realName: ` ${NEW_NAME} ` }], generate)).toEqual({
      personCodeNames: ['Gold Hare'],
      newEntries: [{ realName: NEW_NAME, personCodeName: 'Gold Hare' }],
      filledEntries: [],
    });
  });

  it('tells the generator every code name already taken, including ones planned this time', () => {
    const { generate, calls } = fixedGenerator('Gold Hare', 'Pink Newt');
    planPersonCodeNames(ENTRIES, [{ realName: NEW_NAME }, { realName: 'Fictional Person Five' }], generate);
    expect(calls[1]).toEqual(['Blue Jay', 'Red Fox', 'Green Owl', 'Gold Hare']);
  });

  it('gives the same new real name one code name when a report names it twice', () => {
    const { generate } = fixedGenerator('Gold Hare', 'Pink Newt');
    const plan = planPersonCodeNames(ENTRIES, [{ realName: NEW_NAME }, { realName: NEW_NAME.toUpperCase() }], generate);
    expect(plan).toEqual({ personCodeNames: ['Gold Hare'], newEntries: [{ realName: NEW_NAME, personCodeName: 'Gold Hare' }], filledEntries: [] });
  });

  it('lists a person once when named both by real name and by code name', () => {
    const { generate } = fixedGenerator();
    const plan = planPersonCodeNames(ENTRIES, [{ realName: 'Fictional Person Two' }, { personCodeName: 'red fox' }], generate);
    expect(plan.personCodeNames).toEqual(['Red Fox']);
  });

  it('returns the key’s spelling of a code name given in another case', () => {
    const { generate } = fixedGenerator();
    expect(planPersonCodeNames(ENTRIES, [{ personCodeName: ' green  OWL ' }], generate).personCodeNames).toEqual(['Green Owl']);
  });

  it('keeps the order the report gives', () => {
    const { generate } = fixedGenerator('Gold Hare');
    const plan = planPersonCodeNames(ENTRIES, [{ personCodeName: 'Green Owl' }, { realName: NEW_NAME }, { realName: 'fp1' }], generate);
    expect(plan.personCodeNames).toEqual(['Green Owl', 'Gold Hare', 'Blue Jay']);
  });

  it('fills in a code name for a known person whose row has none', () => {
    const withoutCodeName = [...ENTRIES, entry({ rowIndex: 7, realName: NEW_NAME })];
    const { generate } = fixedGenerator('Gold Hare');
    expect(planPersonCodeNames(withoutCodeName, [{ realName: NEW_NAME }], generate)).toEqual({
      personCodeNames: ['Gold Hare'],
      newEntries: [],
      filledEntries: [{ rowIndex: 7, personCodeName: 'Gold Hare' }],
    });
  });

  it('plans nothing for a report that names no one', () => {
    const { generate } = fixedGenerator();
    expect(planPersonCodeNames(ENTRIES, [], generate)).toEqual({ personCodeNames: [], newEntries: [], filledEntries: [] });
  });

  it('rejects a code name the key does not hold with a message on that person’s field', () => {
    const { generate } = fixedGenerator('Gold Hare');
    const error = caughtUserError(() => planPersonCodeNames(ENTRIES, [{ realName: NEW_NAME }, { personCodeName: 'Grey Yak' }], generate));
    expect([error.code, error.fields]).toEqual([
      'unknown-person-code-name',
      { 'people.1.personCodeName': 'No person has this code name in the identity key. Choose one from the list, or check the spelling.' },
    ]);
  });

  it('never repeats an unknown code name, which may be a real name typed into the wrong box', () => {
    const { generate } = fixedGenerator();
    const error = caughtUserError(() => planPersonCodeNames(ENTRIES, [{ personCodeName: NEW_NAME }], generate));
    expect(JSON.stringify({ message: error.message, fields: error.fields })).not.toContain(NEW_NAME);
  });

  it('refuses a generated name that is already taken instead of filing two people under it', () => {
    const { generate } = fixedGenerator('blue jay');
    expect(() => planPersonCodeNames(ENTRIES, [{ realName: NEW_NAME }], generate)).toThrow(/taken/);
  });
});

describe('computeIdentityColumns', () => {
  const CASES: SheetRow[] = [
    ['Case Code Name', 'Person Code Name', 'Consequences'],
    ['home shelf', 'Blue Jay', 'Warning'],
    ['home-shelf', 'Blue Jay', 'None'],
    ['quiet lamp', 'blue jay', 'First Suspension'],
    ['quiet lamp', 'Red Fox', 'Sternly Worded Letter'],
    ['brave kettle', 'Red Fox', ''],
  ];
  const RECORDS = readCasesTable(CASES).records;

  it('counts the distinct cases naming each person, a hyphen matching a space', () => {
    expect(computeIdentityColumns(ENTRIES, RECORDS, LADDER).reportCount).toEqual([2, 2, 0]);
  });

  it('takes the most severe consequence by the ladder, not by row order', () => {
    expect(computeIdentityColumns(ENTRIES, RECORDS, LADDER).highestConsequence[0]).toBe('First Suspension');
  });

  it('gives a person no longer named 0 and a blank consequence', () => {
    const columns = computeIdentityColumns(ENTRIES, RECORDS, LADDER);
    expect([columns.reportCount[2], columns.highestConsequence[2]]).toEqual([0, '']);
  });

  it('reports a consequence the ladder lacks instead of ranking it', () => {
    const columns = computeIdentityColumns(ENTRIES, RECORDS, LADDER);
    expect([columns.highestConsequence[1], columns.unknownConsequences]).toEqual([
      '',
      [{ personCodeName: 'Red Fox', value: 'Sternly Worded Letter' }],
    ]);
  });

  it('ranks by the ladder from Settings, so reordering the ladder changes the highest consequence', () => {
    const records = readCasesTable([
      ['Case Code Name', 'Person Code Name', 'Consequences'],
      ['home shelf', 'Blue Jay', 'Warning'],
      ['quiet lamp', 'Blue Jay', 'Out of scope'],
    ]).records;
    const reordered = ['None', 'Not a violation', 'Other', 'Warning', 'Out of scope', 'First Suspension', 'Second Suspension', 'Ban'];
    expect([
      computeIdentityColumns(ENTRIES, records, LADDER).highestConsequence[0],
      computeIdentityColumns(ENTRIES, records, reordered).highestConsequence[0],
    ]).toEqual(['Warning', 'Out of scope']);
  });

  it('gives an entry without a code name 0 even when rows have a blank person', () => {
    const records = readCasesTable([['Case Code Name', 'Person Code Name', 'Consequences'], ['home shelf', '', 'Ban']]).records;
    expect(computeIdentityColumns([entry({ realName: NEW_NAME })], records, LADDER)).toEqual({
      reportCount: [0],
      highestConsequence: [''],
      unknownConsequences: [],
    });
  });
});

describe('collectNamesToFind', () => {
  it('lists every real name and alias once, leaving out blanks', () => {
    const entries = [...ENTRIES, entry({ realName: ' fictional person one ', aliases: ['FP1'] }), entry({ personCodeName: 'Gold Hare' })];
    expect(collectNamesToFind(entries)).toEqual([
      'Fictional Person One',
      'fp1',
      'fictional.one@example.org',
      'Fictional Person Two',
      'Fictional Person Three',
      'FP3',
    ]);
  });
});
