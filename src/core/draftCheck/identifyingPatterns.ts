/**
 * The details the manual asks to take out of a message before it goes to moderators, organisers
 * or the reported party (spec section 16), as patterns over the pasted text: emails, @usernames,
 * links, times of day, dates precise to the day, and gendered words about a person. Each finding
 * is a span to look at; a false alarm costs a glance, a miss can identify someone.
 */

export interface PatternSpan {
  start: number;
  end: number;
  reason: string;
}

export const REASONS = {
  keyName: 'A name or alias from the identity key',
  email: 'An email address',
  username: 'An @username',
  link: 'A link',
  time: 'A time of day',
  date: 'A date precise to the day',
  gendered: 'A gendered word: about a person, say they or use their person code name',
} as const;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

const PATTERNS: readonly { reason: string; pattern: RegExp }[] = [
  { reason: REASONS.email, pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  // Also a fediverse handle, @name@instance.social.
  { reason: REASONS.username, pattern: /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/gu },
  { reason: REASONS.link, pattern: /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"'()[\]{}]*[^\s<>"'()[\]{}.,;:!?]/giu },
  { reason: REASONS.link, pattern: /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|me|social|chat|co|uk|eu|de|fr|nl|ca|au|info|gg|tv|xyz)\b(?:\/[^\s<>"'()[\]{}]*[^\s<>"'()[\]{}.,;:!?])?/giu },
  { reason: REASONS.time, pattern: /(?<![\p{N}:.])(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?(?:\s?(?:a\.m\.|p\.m\.|am|pm)\b)?(?![\p{N}:])/giu },
  { reason: REASONS.time, pattern: /(?<![\p{N}:.])(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/giu },
  { reason: REASONS.time, pattern: /\b(?:noon|midday|midnight)\b/giu },
  { reason: REASONS.date, pattern: /(?<!\p{N})\d{4}-\d{1,2}-\d{1,2}(?!\p{N})/gu },
  { reason: REASONS.date, pattern: /(?<![\p{N}/.])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\p{N}/])/gu },
  { reason: REASONS.date, pattern: new RegExp(`(?<!\\p{N})\\d{1,2}${ORDINAL}(?:\\s+of)?\\s+${MONTH}\\b\\.?(?:,?\\s+\\d{4}(?!\\p{N}))?`, 'giu') },
  { reason: REASONS.date, pattern: new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}${ORDINAL}(?![\\p{N}\\p{L}])(?:,?\\s+\\d{4}(?!\\p{N}))?`, 'giu') },
  { reason: REASONS.date, pattern: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu },
  {
    reason: REASONS.gendered,
    pattern:
      /\b(?:he|him|his|himself|she|her|hers|herself|man|men|woman|women|guy|girl|girls|boy|boys|lady|ladies|gentleman|gentlemen|mr|mrs|ms|sir|madam|male|female|husband|wife|boyfriend|girlfriend|brother|sister|son|daughter|mother|father)\b/giu,
  },
];

/** Every span one of the patterns finds, overlapping ones included, in pattern order. */
export function findPatternSpans(text: string): PatternSpan[] {
  return PATTERNS.flatMap(({ reason, pattern }) => [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, reason })));
}
