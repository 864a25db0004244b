/**
 * Case and person code names (spec section 4): recognising them, comparing them, and making new
 * ones that clash with no existing name.
 */
import { UserError } from './errors';
import { NextUuid, RandomIntegers, createRandomIntegers } from './randomness';
import { ADJECTIVES } from './words/adjectives';
import { NOUNS } from './words/nouns';
import { COLOURS } from './words/colours';
import { ANIMALS } from './words/animals';
import { BLOCKED_PAIRS } from './words/blocklist';

export type CaseCodeNameSeparator = ' ' | '-';
export type PersonCodeNameStyle = 'animal' | 'letter';

/** Word lists for case code names; tests inject tiny ones. */
export interface CaseCodeNameWords {
  adjectives: readonly string[];
  nouns: readonly string[];
  /** `adjective noun` pairs never to generate. */
  blockedPairs?: readonly string[];
}

/** Word lists for `animal`-style person code names; tests inject tiny ones. */
export interface PersonCodeNameWords {
  colours: readonly string[];
  animals: readonly string[];
}

export interface GenerateCaseCodeNameOptions {
  /** Keys (from `caseCodeNameKey`) of every name already in use. */
  taken: ReadonlySet<string>;
  separator: CaseCodeNameSeparator;
  nextUuid: NextUuid;
  words?: CaseCodeNameWords;
}

export interface GeneratePersonCodeNameOptions {
  style: PersonCodeNameStyle;
  /** Keys (from `personCodeNameKey`) of every name already in use. */
  taken: ReadonlySet<string>;
  /** Unused by the `letter` style, which is deterministic. */
  nextUuid: NextUuid;
  words?: PersonCodeNameWords;
}

/**
 * How many random picks to try before scanning. While at least a tenth of the names are free, all
 * of them fail with odds below one in 10^4; the scan then keeps the answer certain and the time
 * bounded, however full the space.
 */
export const RANDOM_TRIES_BEFORE_SCAN = 100;

const DEFAULT_CASE_WORDS: CaseCodeNameWords = { adjectives: ADJECTIVES, nouns: NOUNS, blockedPairs: BLOCKED_PAIRS };
const DEFAULT_PERSON_WORDS: PersonCodeNameWords = { colours: COLOURS, animals: ANIMALS };
const DEFAULT_BLOCKED_PAIRS: ReadonlySet<string> = new Set(BLOCKED_PAIRS);

const CASE_CODE_NAME = /^[a-z]+[ -][a-z]+$/;
const LETTER_CODE_NAME = /^Person [A-Z]+$/;
const ANIMAL_CODE_NAME = /^([A-Z][a-z]+) ([A-Z][a-z]+)$/;

/**
 * Whether `text` has the shape of a case code name: two lower-case words a-z joined by one space,
 * or by one hyphen as older records are. The words need not be in today's lists.
 */
export function isCaseCodeName(text: string): boolean {
  return CASE_CODE_NAME.test(text);
}

/**
 * Whether a Case Code Name cell holds something that reads as a case code name in any older
 * spelling (capitals, hyphens, extra spaces), so that it may be shown or copied elsewhere: a cell
 * may hold anything a person typed, a real name included (spec section 9). Shape only.
 */
export function looksLikeCaseCodeName(text: string): boolean {
  return isCaseCodeName(caseCodeNameKey(text));
}

/**
 * The key two case code names clash on: trimmed, lower case, with hyphens and runs of spaces read
 * as one space, so `home-shelf` and `Home Shelf` clash.
 */
export function caseCodeNameKey(name: string): string {
  return name.trim().toLowerCase().split(/[\s-]+/).filter(Boolean).join(' ');
}

/** The key two person code names clash on: NFKC-normalised, trimmed, case-folded, spaces collapsed. */
export function personCodeNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether `text` has the shape of a person code name of either style: `Person A`, `Person AB`, ...
 * or two title-case words of letters a-z (`Teal Heron`). Shape only, because older trackers hold
 * names from other lists (such as the spec's `Blue Jay`); note that a real name such as
 * `Rose Smith` has the same shape.
 */
export function isPersonCodeName(text: string): boolean {
  return LETTER_CODE_NAME.test(text) || ANIMAL_CODE_NAME.test(text);
}

/**
 * The letter-style person code name at a 0-based position: `Person A` ... `Person Z`, then
 * `Person AA`, `Person AB`, ... (bijective base 26, like spreadsheet columns).
 */
export function letterCodeName(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`A letter code name needs a whole position from 0; received ${index}.`);
  }
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `Person ${letters}`;
}

/**
 * A new case code name, adjective then noun joined by `separator` (`home shelf`), that is not a
 * blocked pair and whose key is not in `taken`.
 *
 * @throws UserError `code-names-exhausted` when every pair is blocked or taken.
 */
export function generateCaseCodeName(options: GenerateCaseCodeNameOptions): string {
  return generateCaseCodeNames(1, options)[0];
}

/**
 * `count` new case code names, unique against `taken` and against each other. One call shares the
 * random bits and the bookkeeping, so thousands of names cost milliseconds.
 *
 * @throws UserError `code-names-exhausted` when the free pairs run out.
 */
export function generateCaseCodeNames(count: number, options: GenerateCaseCodeNameOptions): string[] {
  requireCount(count);
  const { adjectives, nouns } = options.words ?? DEFAULT_CASE_WORDS;
  const blockedPairs = options.words ? new Set(options.words.blockedPairs ?? []) : DEFAULT_BLOCKED_PAIRS;
  const random = createRandomIntegers(options.nextUuid);
  const generated = new Set<string>();
  const wordsAt = (index: number) => [adjectives[Math.floor(index / nouns.length)], nouns[index % nouns.length]];
  // Words are a-z, so joining them with a space gives exactly caseCodeNameKey of the name.
  const keyAt = (index: number) => wordsAt(index).join(' ');
  const isFree = (index: number) => {
    const key = keyAt(index);
    return !blockedPairs.has(key) && !options.taken.has(key) && !generated.has(key);
  };

  const names: string[] = [];
  while (names.length < count) {
    const index = pickFreeIndex(adjectives.length * nouns.length, isFree, random);
    if (index === undefined) {
      throw new UserError(
        'code-names-exhausted',
        'Every case code name the word lists can make is already in use, so no new one can be made. ' +
          'Ask whoever maintains the add-on to add words to its lists.',
      );
    }
    generated.add(keyAt(index));
    names.push(wordsAt(index).join(options.separator));
  }
  return names;
}

/**
 * A new person code name whose key is not in `taken`: for `animal`, a random listed colour and
 * animal in title case (`Teal Heron`); for `letter`, the first of `Person A`, `Person B`, ... not
 * yet taken.
 *
 * @throws UserError `code-names-exhausted` when every colour-and-animal name is taken.
 */
export function generatePersonCodeName(options: GeneratePersonCodeNameOptions): string {
  if (options.style === 'letter') return firstFreeLetterCodeName(options.taken);
  if (options.style !== 'animal') {
    throw new RangeError(`Person code name style must be animal or letter; received ${String(options.style)}.`);
  }

  const { colours, animals } = options.words ?? DEFAULT_PERSON_WORDS;
  const nameAt = (index: number) =>
    `${titleCase(colours[Math.floor(index / animals.length)])} ${titleCase(animals[index % animals.length])}`;
  const isFree = (index: number) => !options.taken.has(personCodeNameKey(nameAt(index)));

  const index = pickFreeIndex(colours.length * animals.length, isFree, createRandomIntegers(options.nextUuid));
  if (index === undefined) {
    throw new UserError(
      'code-names-exhausted',
      'Every colour-and-animal person code name is already in use, so no new one can be made. ' +
        'Set Person Code Name Style to letter in Settings, or ask whoever maintains the add-on to add words.',
    );
  }
  return nameAt(index);
}

/**
 * A random index in [0, size) for which `isFree` holds: random picks first, which keep names
 * unpredictable; then, so it never loops forever, one pass over the whole space from a random
 * starting point. Undefined when nothing is free.
 */
function pickFreeIndex(size: number, isFree: (index: number) => boolean, random: RandomIntegers): number | undefined {
  if (size === 0) return undefined;
  for (let attempt = 0; attempt < RANDOM_TRIES_BEFORE_SCAN; attempt++) {
    const index = random.below(size);
    if (isFree(index)) return index;
  }
  const start = random.below(size);
  for (let step = 0; step < size; step++) {
    const index = (start + step) % size;
    if (isFree(index)) return index;
  }
  return undefined;
}

/** Terminates: among the first taken.size + 1 positions at least one is free. */
function firstFreeLetterCodeName(taken: ReadonlySet<string>): string {
  for (let index = 0; ; index++) {
    const name = letterCodeName(index);
    if (!taken.has(personCodeNameKey(name))) return name;
  }
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function requireCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`The number of code names to make must be a whole number from 0; received ${count}.`);
  }
}
