import { ADJECTIVES } from '../../src/core/words/adjectives';
import { NOUNS } from '../../src/core/words/nouns';
import { COLOURS } from '../../src/core/words/colours';
import { ANIMALS } from '../../src/core/words/animals';
import { BLOCKED_PAIRS, BLOCKED_WORDS } from '../../src/core/words/blocklist';

/** Spec section 4: each case-code-name word is 3 to 9 letters a-z. */
const CASE_CODE_NAME_WORD = /^[a-z]{3,9}$/;
/** Colours and animals are stored lower case a-z and rendered in title case. */
const LOWER_CASE_WORD = /^[a-z]+$/;
const MINIMUM_PAIRS = 1_000_000;

/** Ordinary words that are common first names, named in the brief; the lists must never hold them. */
const FIRST_NAME_EXAMPLES = ['rose', 'mark', 'bill', 'grace', 'faith', 'hope', 'jack', 'ruby', 'jade', 'amber'];

/** A list that breaks every rule once, to show the checks below can fail. */
const BROKEN_LIST = ['oak', 'oak', 'Oak', 'ox', 'marshmallow', 'hot-dog', 'grace'];

function wordsNotMatching(list: readonly string[], pattern: RegExp): string[] {
  return list.filter((word) => !pattern.test(word));
}

function duplicatesIn(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((word) => (seen.has(word) ? true : (seen.add(word), false)));
}

function wordsAlsoIn(list: readonly string[], other: Iterable<string>): string[] {
  const otherWords = new Set(other);
  return list.filter((word) => otherWords.has(word));
}

describe('the list checks', () => {
  it('find words of the wrong length or letters', () => {
    expect(wordsNotMatching(BROKEN_LIST, CASE_CODE_NAME_WORD)).toEqual(['Oak', 'ox', 'marshmallow', 'hot-dog']);
  });

  it('find duplicates', () => {
    expect(duplicatesIn(BROKEN_LIST)).toEqual(['oak']);
  });

  it('find blocked words', () => {
    expect(wordsAlsoIn(BROKEN_LIST, BLOCKED_WORDS)).toEqual(['grace']);
  });
});

describe.each([
  { name: 'ADJECTIVES', list: ADJECTIVES, minimum: 1000 },
  { name: 'NOUNS', list: NOUNS, minimum: 1000 },
])('$name', ({ list, minimum }) => {
  it(`holds at least ${minimum} words`, () => {
    expect(list.length).toBeGreaterThanOrEqual(minimum);
  });

  it('holds only words of 3 to 9 lower-case letters a-z', () => {
    expect(wordsNotMatching(list, CASE_CODE_NAME_WORD)).toEqual([]);
  });

  it('holds no word twice', () => {
    expect(duplicatesIn(list)).toEqual([]);
  });

  it('holds no blocked word', () => {
    expect(wordsAlsoIn(list, BLOCKED_WORDS)).toEqual([]);
  });
});

describe.each([
  { name: 'COLOURS', list: COLOURS, minimum: 30 },
  { name: 'ANIMALS', list: ANIMALS, minimum: 200 },
])('$name', ({ list, minimum }) => {
  it(`holds at least ${minimum} words`, () => {
    expect(list.length).toBeGreaterThanOrEqual(minimum);
  });

  it('holds only single lower-case words a-z', () => {
    expect(wordsNotMatching(list, LOWER_CASE_WORD)).toEqual([]);
  });

  it('holds no word twice', () => {
    expect(duplicatesIn(list)).toEqual([]);
  });

  it('holds no blocked word', () => {
    expect(wordsAlsoIn(list, BLOCKED_WORDS)).toEqual([]);
  });
});

describe('lists together', () => {
  it('share no word between adjectives and nouns', () => {
    expect(wordsAlsoIn(ADJECTIVES, NOUNS)).toEqual([]);
  });

  it('keep animals out of the nouns, so a case code name never reads like a person code name', () => {
    expect(wordsAlsoIn(NOUNS, ANIMALS)).toEqual([]);
  });

  it('share no word between colours and animals, so no person code name repeats a word', () => {
    expect(wordsAlsoIn(COLOURS, ANIMALS)).toEqual([]);
  });

  it('leave at least a million case code names once blocked pairs are removed', () => {
    const blockedListedPairs = new Set(BLOCKED_PAIRS).size;
    expect(ADJECTIVES.length * NOUNS.length - blockedListedPairs).toBeGreaterThanOrEqual(MINIMUM_PAIRS);
  });
});

describe('BLOCKED_WORDS', () => {
  it('holds only lower-case words a-z, the form the lists are compared in', () => {
    expect(wordsNotMatching([...BLOCKED_WORDS], LOWER_CASE_WORD)).toEqual([]);
  });

  it('blocks first names that are also ordinary words', () => {
    expect(FIRST_NAME_EXAMPLES.filter((name) => !BLOCKED_WORDS.has(name))).toEqual([]);
  });
});

describe('BLOCKED_PAIRS', () => {
  it('holds only pairs of a listed adjective and a listed noun joined by one space', () => {
    const adjectives = new Set(ADJECTIVES);
    const nouns = new Set(NOUNS);
    const unlisted = BLOCKED_PAIRS.filter((pair) => {
      const words = pair.split(' ');
      return words.length !== 2 || !adjectives.has(words[0]) || !nouns.has(words[1]);
    });
    expect(unlisted).toEqual([]);
  });

  it('holds no pair twice', () => {
    expect(duplicatesIn(BLOCKED_PAIRS)).toEqual([]);
  });

  it('holds a few dozen considered pairs', () => {
    expect(BLOCKED_PAIRS.length).toBeGreaterThanOrEqual(30);
  });
});
