import { createHash } from 'node:crypto';
import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { isDate } from '../../run/realm';
import { parameterMismatch } from '../common/serviceHelpers';
import { enumName, enumOf } from '../common/enums';

/**
 * The emulated Utilities (https://developers.google.com/apps-script/reference/utilities/utilities):
 * UUIDs, SimpleDateFormat-style date formatting in a time zone, sprintf-style formatting, and a
 * sleep that returns at once (the call is still counted).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Formatters are immutable and costly to build; caching them keeps no state about any run. */
const zoneFormatters = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  if (!zoneFormatters.has(timeZone)) {
    let formatter: Intl.DateTimeFormat | null;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    zoneFormatters.set(timeZone, formatter);
  }
  return zoneFormatters.get(timeZone)!;
}

/**
 * Milliseconds to add to UTC to get the wall clock in `timeZone` at `time`. Accepts IANA names and
 * Java's custom ids (`GMT`, `UTC`, `GMT+2`, `GMT-05:30`); like Java's TimeZone, an id it does not
 * know means GMT.
 */
export function timeZoneOffsetMs(time: number, timeZone: string): number {
  const custom = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(timeZone);
  if (custom) {
    if (!custom[1]) return 0;
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    return (custom[1] === '-' ? -1 : 1) * minutes * 60_000;
  }
  const formatter = zoneFormatter(timeZone);
  if (!formatter) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(time))) parts[part.type] = Number(part.value);
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  wallClock.setUTCHours(parts.hour, parts.minute, parts.second, 0);
  return wallClock.getTime() - Math.floor(time / 1000) * 1000;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function offsetText(offsetMs: number, separator: string, withMinutes: boolean): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const sign = offsetMs < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(minutes / 60), 2)}${withMinutes ? separator + pad(minutes % 60, 2) : ''}`;
}

const PATTERN_TOKENS = /'(?:[^']|'')*'|'|([A-Za-z])\1*|[^A-Za-z']+/g;

/**
 * Formats `date` in `timeZone` with a java.text.SimpleDateFormat pattern: G y M L d D E u a H k K h
 * m s S Z X, quoted literals ('T', '' for a quote). Letters SimpleDateFormat knows but the emulator
 * does not (z, Y, w, W, F) throw `not implemented in the emulator`; others are illegal, as in Java.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new Error('Invalid argument: date');
  const offset = timeZoneOffsetMs(time, timeZone);
  const local = new Date(time + offset);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const weekday = local.getUTCDay();
  const hour = local.getUTCHours();
  const dayOfYear = Math.floor((Date.UTC(year, month, local.getUTCDate()) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  return (pattern.match(PATTERN_TOKENS) ?? [])
    .map((token) => {
      if (token === "''") return "'";
      if (token === "'") throw new Error('Unterminated quote');
      if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
      const letter = token[0];
      const n = token.length;
      if (!/[A-Za-z]/.test(letter)) return token;
      switch (letter) {
        case 'G':
          return year > 0 ? 'AD' : 'BC';
        case 'y':
          return n === 2 ? pad(year % 100, 2) : pad(year, n);
        case 'M':
        case 'L':
          return n >= 4 ? MONTHS[month] : n === 3 ? MONTHS[month].slice(0, 3) : pad(month + 1, n);
        case 'd':
          return pad(local.getUTCDate(), n);
        case 'D':
          return pad(dayOfYear, n);
        case 'E':
          return n >= 4 ? WEEKDAYS[weekday] : WEEKDAYS[weekday].slice(0, 3);
        case 'u':
          return pad(weekday === 0 ? 7 : weekday, n);
        case 'a':
          return hour < 12 ? 'AM' : 'PM';
        case 'H':
          return pad(hour, n);
        case 'k':
          return pad(hour === 0 ? 24 : hour, n);
        case 'K':
          return pad(hour % 12, n);
        case 'h':
          return pad(hour % 12 === 0 ? 12 : hour % 12, n);
        case 'm':
          return pad(local.getUTCMinutes(), n);
        case 's':
          return pad(local.getUTCSeconds(), n);
        case 'S':
          return pad(local.getUTCMilliseconds(), n);
        case 'Z':
          return offsetText(offset, '', true);
        case 'X':
          if (n > 3) throw new Error(`invalid ISO 8601 format: length=${n}`);
          return offset === 0 ? 'Z' : offsetText(offset, n === 3 ? ':' : '', n > 1);
        case 'z':
        case 'Y':
        case 'w':
        case 'W':
        case 'F':
          throw new Error(`Utilities.formatDate pattern letter '${letter}' is not implemented in the emulator`);
        default:
          throw new Error(`Illegal pattern character '${letter}'`);
      }
    })
    .join('');
}

const FORMAT_SPEC = /%([-+ 0]*)(\d+)?(?:\.(\d+))?([sdifeExXo%])/g;

/** sprintf-style formatting: %s %d %i %f %e %x %o %%, with flags - + space 0, width and precision. */
export function formatString(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(FORMAT_SPEC, (spec: string, flags: string, width: string | undefined, precision: string | undefined, conversion: string) => {
    if (conversion === '%') return '%';
    if (next >= args.length) return spec;
    const value = args[next++];
    const numeric = conversion !== 's';
    let text: string;
    if (conversion === 's') {
      text = String(value);
      if (precision !== undefined) text = text.slice(0, Number(precision));
    } else {
      const number = Number(value);
      const magnitude = Math.abs(number);
      let digits: string;
      switch (conversion) {
        case 'd':
        case 'i':
          digits = String(Math.trunc(magnitude));
          break;
        case 'f':
          digits = magnitude.toFixed(precision === undefined ? 6 : Number(precision));
          break;
        case 'e':
        case 'E':
          digits = magnitude.toExponential(precision === undefined ? 6 : Number(precision));
          if (conversion === 'E') digits = digits.toUpperCase();
          break;
        case 'x':
        case 'X':
          digits = Math.trunc(magnitude).toString(16);
          if (conversion === 'X') digits = digits.toUpperCase();
          break;
        default:
          digits = Math.trunc(magnitude).toString(8);
      }
      const sign = number < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      text = sign + digits;
      if (width !== undefined && flags.includes('0') && !flags.includes('-')) {
        text = sign + digits.padStart(Number(width) - sign.length, '0');
      }
    }
    if (width === undefined || text.length >= Number(width)) return text;
    return flags.includes('-') ? text.padEnd(Number(width)) : numeric && flags.includes('0') ? text : text.padStart(Number(width));
  });
}

/** Utilities.DigestAlgorithm (https://developers.google.com/apps-script/reference/utilities/digest-algorithm). */
const DIGEST_ALGORITHM = enumOf('Utilities.DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
const NODE_HASH: Record<string, string | undefined> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Utilities.Charset (https://developers.google.com/apps-script/reference/utilities/charset). */
const CHARSET = enumOf('Utilities.Charset', ['US_ASCII', 'UTF_8']);

/**
 * Utilities.computeDigest(algorithm, value[, charset]): the digest as Java's signed bytes
 * (-128..127), of a string encoded in the charset (UTF-8 when none is given) or of a byte array.
 */
export function computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
  const name = enumName(DIGEST_ALGORITHM, algorithm);
  const encoding = charset === undefined ? 'UTF_8' : enumName(CHARSET, charset);
  const isBytes = Array.isArray(value) && value.every((byte) => Number.isInteger(byte) && byte >= -128 && byte <= 127);
  if (name === undefined || encoding === undefined || (typeof value !== 'string' && !isBytes)) {
    throw parameterMismatch('Utilities.computeDigest', [algorithm, value, charset].filter((arg) => arg !== undefined));
  }
  const hash = NODE_HASH[name];
  if (hash === undefined) throw new Error(`Utilities.DigestAlgorithm.${name} is not implemented in the emulator`);
  const input = typeof value === 'string' ? Buffer.from(value, encoding === 'UTF_8' ? 'utf8' : 'ascii') : Buffer.from((value as number[]).map((byte) => byte & 0xff));
  return [...createHash(hash).update(input).digest()].map((byte) => (byte > 127 ? byte - 256 : byte));
}

export function createUtilities(run: RunContext) {
  const utilities = {
    DigestAlgorithm: DIGEST_ALGORITHM,
    Charset: CHARSET,
    computeDigest,
    getUuid: (): string => run.uuid(),
    formatDate(date: unknown, timeZone: unknown, format: unknown): string {
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw parameterMismatch('Utilities.formatDate', [date, timeZone, format]);
      }
      return formatDate(date, timeZone, format);
    },
    formatString(template: unknown, ...args: unknown[]): string {
      if (typeof template !== 'string') throw parameterMismatch('Utilities.formatString', [template, ...args]);
      return formatString(template, args);
    },
    /** Returns at once: the emulator never really waits. */
    sleep(milliseconds: unknown): void {
      if (typeof milliseconds !== 'number') throw parameterMismatch('Utilities.sleep', [milliseconds]);
    },
  };
  return instrument(utilities, 'Utilities', run);
}
