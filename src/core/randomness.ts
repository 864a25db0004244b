/**
 * Unbiased random integers drawn from `Utilities.getUuid()` (spec section 4).
 *
 * Apps Script has no seedable or cryptographic generator the add-on may use, and code names must
 * reveal nothing about order or identity, so every draw comes from fresh version 4 UUIDs: never
 * `Math.random`, never a seed taken from any input. The caller passes `nextUuid` (in production
 * `() => Utilities.getUuid()`), which keeps this module pure and testable.
 */

/** Returns a new version 4 UUID each call, such as `Utilities.getUuid()`. */
export type NextUuid = () => string;

/** A source of uniformly distributed integers. */
export interface RandomIntegers {
  /** A uniformly random integer in [0, n). `n` must be a positive safe integer. */
  below(n: number): number;
}

const VERSION_4_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Index of the version nibble and the variant nibble in the 32 hex digits without hyphens. */
const VERSION_DIGIT = 12;
const VARIANT_DIGIT = 16;

/**
 * The 30 hex digits of a version 4 UUID that are random (120 bits): all but the version nibble,
 * which is always 4, and the variant nibble, whose top two bits are fixed. The variant nibble's two
 * random bits are dropped too, so every digit returned carries four whole random bits.
 *
 * @throws Error when `uuid` is not a version 4 UUID. The message never repeats the text received,
 *   because a caller that passed the wrong argument might have passed something sensitive.
 */
export function randomHexDigitsOfUuid(uuid: string): string {
  if (typeof uuid !== 'string' || !VERSION_4_UUID.test(uuid)) {
    const received = typeof uuid === 'string' ? `text of length ${uuid.length}` : `a ${typeof uuid}`;
    throw new Error(
      `Expected a version 4 UUID from Utilities.getUuid() (8-4-4-4-12 hex digits, version digit 4, ` +
        `variant digit 8, 9, a or b) but received ${received}.`,
    );
  }
  const digits = uuid.replace(/-/g, '').toLowerCase();
  return digits.slice(0, VERSION_DIGIT) + digits.slice(VERSION_DIGIT + 1, VARIANT_DIGIT) + digits.slice(VARIANT_DIGIT + 1);
}

/**
 * Random integers drawn bit by bit from the random digits of successive UUIDs, asking `nextUuid`
 * for another only when the bits run out (a UUID gives 120 bits, enough for about five case code
 * names).
 *
 * `below(n)` takes the fewest bits that can express n - 1 and rejects values of n or more, drawing
 * afresh: rejection sampling, so no value is likelier than another (a modulo would favour small
 * values). Each draw is rejected with probability under one half, so the expected cost stays under
 * two tries.
 *
 * @example
 * const random = createRandomIntegers(() => Utilities.getUuid());
 * const index = random.below(ADJECTIVES.length);
 */
export function createRandomIntegers(nextUuid: NextUuid): RandomIntegers {
  let digits = '';
  let nextDigit = 0;
  // Unused random bits, most significant first: `pool` holds `poolBits` of them. Refilled a hex
  // digit at a time and drained at most MAX_CHUNK_BITS at a time, so it stays below 2^28 and exact.
  let pool = 0;
  let poolBits = 0;

  function takeBits(count: number): number {
    while (poolBits < count) {
      if (nextDigit === digits.length) {
        digits = randomHexDigitsOfUuid(nextUuid());
        nextDigit = 0;
      }
      pool = pool * 16 + parseInt(digits[nextDigit++], 16);
      poolBits += 4;
    }
    const unusedBits = 2 ** (poolBits - count);
    const bits = Math.floor(pool / unusedBits);
    pool %= unusedBits;
    poolBits -= count;
    return bits;
  }

  return {
    below(n: number): number {
      if (!Number.isSafeInteger(n) || n < 1) {
        throw new RangeError(`A random integer needs a positive whole upper bound; received ${n}.`);
      }
      const width = bitLength(n - 1);
      for (;;) {
        let value = 0;
        for (let remaining = width; remaining > 0; ) {
          const chunk = Math.min(remaining, MAX_CHUNK_BITS);
          // Multiplying rather than shifting keeps widths above 31 bits exact.
          value = value * 2 ** chunk + takeBits(chunk);
          remaining -= chunk;
        }
        if (value < n) return value;
      }
    },
  };
}

const MAX_CHUNK_BITS = 24;

/** Number of bits needed to write `value` (0 needs none). */
function bitLength(value: number): number {
  let length = 0;
  for (let rest = value; rest > 0; rest = Math.floor(rest / 2)) length++;
  return length;
}
