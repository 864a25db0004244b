import fc from 'fast-check';
import {
  CaseCodeNameWords,
  GenerateCaseCodeNameOptions,
  GeneratePersonCodeNameOptions,
  PersonCodeNameWords,
  caseCodeNameKey,
  generateCaseCodeName,
  generateCaseCodeNames,
  generatePersonCodeName,
  isCaseCodeName,
  looksLikeCaseCodeName,
  isPersonCodeName,
  letterCodeName,
  personCodeNameKey,
} from '../../src/core/codeNames';
import { UserError } from '../../src/core/errors';
import { NextUuid } from '../../src/core/randomness';
import { ADJECTIVES } from '../../src/core/words/adjectives';
import { NOUNS } from '../../src/core/words/nouns';
import { COLOURS } from '../../src/core/words/colours';
import { ANIMALS } from '../../src/core/words/animals';
import { BLOCKED_PAIRS } from '../../src/core/words/blocklist';

/**
 * Two words of each kind: four names, indexed adjective-major, so index 0 is `copper kettle`,
 * 1 `copper lantern`, 2 `mossy kettle`, 3 `mossy lantern`. Four is a power of two, so a draw takes
 * exactly two bits and is never rejected, which lets a scripted UUID choose each draw.
 */
const TINY_CASE_WORDS: CaseCodeNameWords = { adjectives: ['copper', 'mossy'], nouns: ['kettle', 'lantern'] };
const TINY_CASE_NAMES = ['copper kettle', 'copper lantern', 'mossy kettle', 'mossy lantern'];
/** Same layout: 0 `Teal Heron`, 1 `Teal Otter`, 2 `Ochre Heron`, 3 `Ochre Otter`. */
const TINY_PERSON_WORDS: PersonCodeNameWords = { colours: ['teal', 'ochre'], animals: ['heron', 'otter'] };
const TINY_PERSON_KEYS = ['teal heron', 'teal otter', 'ochre heron', 'ochre otter'];
const BITS_PER_TINY_DRAW = 2;
/** The spec's example; `jay` is a first name, so this add-on's lists leave it out. */
const OLDER_PERSON_CODE_NAME = 'Blue Jay';
const ZERO_UUID = '00000000-0000-4000-8000-000000000000';
const NOT_CASE_CODE_NAMES = [
  'Home shelf', 'home  shelf', 'home shelf ', ' home shelf', 'home', 'home shelf lamp', 'home_shelf', 'home--shelf',
  'home- shelf', 'hôme shelf', 'home2 shelf', '',
];
const EXHAUSTED = expect.objectContaining({ name: 'UserError', code: 'code-names-exhausted' });
const SEED = 7;
const OTHER_SEED = 8;
const BATCH = 5000;
const BATCH_TIME_LIMIT_MS = 2000;

/** UUID whose 30 random hex digits are `randomDigits`, with the version and variant digits added. */
function uuidWithRandomDigits(randomDigits: string): string {
  const hex = randomDigits.slice(0, 12) + '4' + randomDigits.slice(12, 15) + '8' + randomDigits.slice(15);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A nextUuid under which the random integers come out as `draws`, each `bits` wide; then zeros. */
function scriptedDraws(draws: readonly number[], bits: number): NextUuid {
  const bitString = draws.map((draw) => draw.toString(2).padStart(bits, '0')).join('');
  const uuids: string[] = [];
  for (let start = 0; start < bitString.length; start += 120) {
    const chunk = bitString.slice(start, start + 120).padEnd(120, '0');
    const digits = chunk.match(/.{4}/g)!.map((nibble) => parseInt(nibble, 2).toString(16)).join('');
    uuids.push(uuidWithRandomDigits(digits));
  }
  let next = 0;
  return () => (next < uuids.length ? uuids[next++] : ZERO_UUID);
}

/** Deterministic version 4 UUIDs from a seed (mulberry32), for volume and property tests. */
function seededUuids(seed: number): NextUuid {
  let state = seed >>> 0;
  const nextWord = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => {
    const words = [nextWord(), nextWord(), nextWord(), nextWord()];
    return uuidWithRandomDigits(words.map((word) => word.toString(16).padStart(8, '0')).join('').slice(0, 30));
  };
}

/** Options over the tiny case lists: no name taken unless listed, words joined by a space. */
function tinyCaseOptions(
  taken: Iterable<string>,
  nextUuid: NextUuid,
  overrides: Partial<GenerateCaseCodeNameOptions> = {},
): GenerateCaseCodeNameOptions {
  return { taken: new Set(taken), separator: ' ', nextUuid, words: TINY_CASE_WORDS, ...overrides };
}

/** Options over the tiny colour and animal lists. */
function tinyAnimalOptions(taken: Iterable<string>, nextUuid: NextUuid): GeneratePersonCodeNameOptions {
  return { style: 'animal', taken: new Set(taken), nextUuid, words: TINY_PERSON_WORDS };
}

function refusing(): string {
  throw new Error('no randomness expected');
}

describe('isCaseCodeName', () => {
  it('accepts two lower-case words joined by a space', () => {
    expect(isCaseCodeName('home shelf')).toBe(true);
  });

  it('accepts two lower-case words joined by a hyphen, as older records are', () => {
    expect(isCaseCodeName('home-shelf')).toBe(true);
  });

  it.each(NOT_CASE_CODE_NAMES)('rejects %j', (text) => {
    expect(isCaseCodeName(text)).toBe(false);
  });
});

describe('caseCodeNameKey', () => {
  it('treats a hyphen and a space alike, so home-shelf and home shelf clash', () => {
    expect(caseCodeNameKey('home-shelf')).toBe(caseCodeNameKey('home shelf'));
  });

  it('ignores case and surrounding spaces', () => {
    expect(caseCodeNameKey('  Home Shelf ')).toBe('home shelf');
  });
});

describe('personCodeNameKey', () => {
  it('folds case and collapses spaces', () => {
    expect(personCodeNameKey('  Teal   Heron ')).toBe('teal heron');
  });

  it('normalises compatibility characters such as full-width letters', () => {
    expect(personCodeNameKey('Ｔｅａｌ Heron')).toBe('teal heron');
  });
});

describe('letterCodeName', () => {
  it.each([
    [0, 'Person A'],
    [25, 'Person Z'],
    [26, 'Person AA'],
    [27, 'Person AB'],
    [51, 'Person AZ'],
    [52, 'Person BA'],
    [701, 'Person ZZ'],
    [702, 'Person AAA'],
  ])('names position %i %s', (index, name) => {
    expect(letterCodeName(index)).toBe(name);
  });

  it.each([-1, 1.5])('rejects the position %p', (index) => {
    expect(() => letterCodeName(index)).toThrow(RangeError);
  });
});

describe('isPersonCodeName', () => {
  it.each(['Person A', 'Person AB'])('accepts the letter name %j', (text) => {
    expect(isPersonCodeName(text)).toBe(true);
  });

  it('accepts two title-case words, even from lists this add-on does not use', () => {
    expect(isPersonCodeName(OLDER_PERSON_CODE_NAME)).toBe(true);
  });

  it.each(['teal heron', 'Teal  Heron', 'TEAL HERON', 'Teal Heron Otter', 'Person a', 'person A', 'Person 1', 'Person', ''])(
    'rejects %j',
    (text) => {
      expect(isPersonCodeName(text)).toBe(false);
    },
  );
});

describe('generateCaseCodeName', () => {
  it('joins a listed adjective and a listed noun with a space', () => {
    const [adjective, noun] = generateCaseCodeName({ taken: new Set(), separator: ' ', nextUuid: seededUuids(SEED) }).split(' ');
    expect([ADJECTIVES.includes(adjective), NOUNS.includes(noun)]).toEqual([true, true]);
  });

  it('joins the words with a hyphen when asked', () => {
    const options = tinyCaseOptions([], scriptedDraws([3], BITS_PER_TINY_DRAW), { separator: '-' });
    expect(generateCaseCodeName(options)).toBe('mossy-lantern');
  });

  it('retries when the name is already taken', () => {
    const options = tinyCaseOptions(['copper kettle'], scriptedDraws([0, 3], BITS_PER_TINY_DRAW));
    expect(generateCaseCodeName(options)).toBe('mossy lantern');
  });

  it('counts an older hyphenated name as taken when making a spaced one', () => {
    const options = tinyCaseOptions([caseCodeNameKey('copper-kettle')], scriptedDraws([0, 3], BITS_PER_TINY_DRAW));
    expect(generateCaseCodeName(options)).toBe('mossy lantern');
  });

  it('skips a blocked pair even when the random draw lands on it', () => {
    const words = { ...TINY_CASE_WORDS, blockedPairs: ['copper kettle'] };
    const options = tinyCaseOptions([], scriptedDraws([0, 2], BITS_PER_TINY_DRAW), { words });
    expect(generateCaseCodeName(options)).toBe('mossy kettle');
  });

  it('never generates a blocked pair', () => {
    const words = { ...TINY_CASE_WORDS, blockedPairs: ['copper kettle', 'copper lantern', 'mossy kettle'] };
    const nextUuid = seededUuids(SEED);
    const names = Array.from({ length: 50 }, () => generateCaseCodeName(tinyCaseOptions([], nextUuid, { words })));
    expect(new Set(names)).toEqual(new Set(['mossy lantern']));
  });

  it('scans for a free name when every random try clashes, instead of looping', () => {
    expect(generateCaseCodeName(tinyCaseOptions(['copper kettle'], () => ZERO_UUID))).toBe('copper lantern');
  });

  it('throws code-names-exhausted when every name is taken', () => {
    expect(() => generateCaseCodeName(tinyCaseOptions(TINY_CASE_NAMES, () => ZERO_UUID))).toThrow(EXHAUSTED);
  });

  it('throws code-names-exhausted when every name is blocked or taken', () => {
    const words = { ...TINY_CASE_WORDS, blockedPairs: ['copper kettle', 'mossy lantern'] };
    const options = tinyCaseOptions(['copper lantern', 'mossy kettle'], seededUuids(SEED), { words });
    expect(() => generateCaseCodeName(options)).toThrow(UserError);
  });

  it('makes a name that has the shape of a case code name and is never a blocked pair, for any randomness', () => {
    const blocked = new Set(BLOCKED_PAIRS);
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom<' ' | '-'>(' ', '-'), (seed, separator) => {
        const name = generateCaseCodeName({ taken: new Set(), separator, nextUuid: seededUuids(seed) });
        return isCaseCodeName(name) && name.includes(separator) && !blocked.has(caseCodeNameKey(name));
      }),
    );
  });

  it('never returns a taken name, for any set of taken names', () => {
    const pairIndex = fc.nat({ max: ADJECTIVES.length * NOUNS.length - 1 });
    const pairName = pairIndex.map((index) => `${ADJECTIVES[Math.floor(index / NOUNS.length)]} ${NOUNS[index % NOUNS.length]}`);
    fc.assert(
      fc.property(fc.uniqueArray(pairName, { maxLength: 200 }), fc.integer(), (takenNames, seed) => {
        const taken = new Set(takenNames);
        return !taken.has(generateCaseCodeName({ taken, separator: ' ', nextUuid: seededUuids(seed) }));
      }),
    );
  });
});

describe('generateCaseCodeNames', () => {
  it(`makes ${BATCH} names that clash with neither ${BATCH} taken names nor each other, within ${BATCH_TIME_LIMIT_MS} ms`, () => {
    const started = performance.now();
    const first = generateCaseCodeNames(BATCH, { taken: new Set(), separator: ' ', nextUuid: seededUuids(SEED) });
    const taken = new Set(first.map(caseCodeNameKey));
    const second = generateCaseCodeNames(BATCH, { taken, separator: ' ', nextUuid: seededUuids(OTHER_SEED) });
    const elapsed = performance.now() - started;
    expect([taken.size, new Set([...first, ...second]).size, elapsed < BATCH_TIME_LIMIT_MS]).toEqual([BATCH, 2 * BATCH, true]);
  });

  it('makes every free name when asked for exactly as many as are free', () => {
    const names = generateCaseCodeNames(4, tinyCaseOptions([], seededUuids(SEED)));
    expect(new Set(names)).toEqual(new Set(TINY_CASE_NAMES));
  });

  it('throws code-names-exhausted when fewer names are free than asked for', () => {
    expect(() => generateCaseCodeNames(4, tinyCaseOptions(['mossy kettle'], seededUuids(SEED)))).toThrow(EXHAUSTED);
  });

  it('returns no names when asked for none, without using randomness', () => {
    expect(generateCaseCodeNames(0, { taken: new Set(), separator: ' ', nextUuid: refusing })).toEqual([]);
  });

  it.each([-1, 2.5])('rejects the count %p', (count) => {
    expect(() => generateCaseCodeNames(count, { taken: new Set(), separator: ' ', nextUuid: refusing })).toThrow(RangeError);
  });
});

describe('generatePersonCodeName in the animal style', () => {
  it('gives a listed colour and a listed animal in title case', () => {
    const name = generatePersonCodeName({ style: 'animal', taken: new Set(), nextUuid: seededUuids(SEED) });
    const [colour, animal] = personCodeNameKey(name).split(' ');
    expect([/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name), COLOURS.includes(colour), ANIMALS.includes(animal)]).toEqual([true, true, true]);
  });

  it('retries when the name is already taken', () => {
    expect(generatePersonCodeName(tinyAnimalOptions(['teal heron'], scriptedDraws([0, 3], BITS_PER_TINY_DRAW)))).toBe('Ochre Otter');
  });

  it('compares by key, so a taken name in other case and spacing still clashes', () => {
    const options = tinyAnimalOptions([personCodeNameKey(' TEAL   heron ')], scriptedDraws([0, 3], BITS_PER_TINY_DRAW));
    expect(generatePersonCodeName(options)).toBe('Ochre Otter');
  });

  it('scans for a free name when every random try clashes, instead of looping', () => {
    expect(generatePersonCodeName(tinyAnimalOptions(['teal heron'], () => ZERO_UUID))).toBe('Teal Otter');
  });

  it('throws code-names-exhausted when every name is taken', () => {
    expect(() => generatePersonCodeName(tinyAnimalOptions(TINY_PERSON_KEYS, () => ZERO_UUID))).toThrow(EXHAUSTED);
  });

  it('makes a listed colour and a listed animal in title case, for any randomness', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const name = generatePersonCodeName({ style: 'animal', taken: new Set(), nextUuid: seededUuids(seed) });
        const [colour, animal] = name.toLowerCase().split(' ');
        return isPersonCodeName(name) && COLOURS.includes(colour) && ANIMALS.includes(animal);
      }),
    );
  });

  it('rejects an unknown style', () => {
    const options = { ...tinyAnimalOptions([], seededUuids(SEED)), style: 'colour' as unknown as 'animal' };
    expect(() => generatePersonCodeName(options)).toThrow(RangeError);
  });
});

describe('generatePersonCodeName in the letter style', () => {
  it('starts at Person A without using randomness', () => {
    expect(generatePersonCodeName({ style: 'letter', taken: new Set(), nextUuid: refusing })).toBe('Person A');
  });

  it('gives the first letter name not taken', () => {
    const taken = new Set(['person a', 'person b', 'person d']);
    expect(generatePersonCodeName({ style: 'letter', taken, nextUuid: refusing })).toBe('Person C');
  });

  it('goes from Person Z to Person AA', () => {
    const taken = new Set(Array.from({ length: 26 }, (_, index) => personCodeNameKey(letterCodeName(index))));
    expect(generatePersonCodeName({ style: 'letter', taken, nextUuid: refusing })).toBe('Person AA');
  });
});

describe('looksLikeCaseCodeName', () => {
  it.each(['home shelf', 'Amber-Kettle', '  quiet   lantern '])('accepts %j, an older spelling of a case code name', (text) => {
    expect(looksLikeCaseCodeName(text)).toBe(true);
  });

  it.each(['Fictional Person One', 'fictional.person@example.org', '', 'home shelf 2', '=A1'])('refuses %j, which must not be shown or copied', (text) => {
    expect(looksLikeCaseCodeName(text)).toBe(false);
  });
});
