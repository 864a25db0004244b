import vm from 'node:vm';
import { createTestRun } from './harness';
import { createUtilities } from '../../emulator/services/utilities/utilities';

type Utilities = GoogleAppsScript.Utilities.Utilities;

function utilitiesFor() {
  const { run, context } = createTestRun();
  return { run, context, utilities: createUtilities(run) as unknown as Utilities };
}

/** Half an hour before midnight UTC at the turn of June into July 2024 (British Summer Time is UTC+1). */
const LATE_JUNE_NIGHT = new Date('2024-06-30T23:30:00.045Z');
/** A Friday morning in January, when London is on UTC. */
const JANUARY_FRIDAY = new Date('2024-01-05T09:07:03.000Z');

describe('Utilities.getUuid', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid(): "a UUID as a string" (random, version 4).
  it('gives a version 4 UUID', () => {
    expect(utilitiesFor().utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives a different UUID on each call', () => {
    const { utilities } = utilitiesFor();
    expect(utilities.getUuid()).not.toBe(utilities.getUuid());
  });
});

describe('Utilities.formatDate', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String): formats the date
  // "according to specification described in Java SE SimpleDateFormat class", in the given time zone.
  it('gives the day in the given time zone, not in UTC', () => {
    const { utilities } = utilitiesFor();
    expect([utilities.formatDate(LATE_JUNE_NIGHT, 'Europe/London', 'yyyy-MM-dd'), utilities.formatDate(LATE_JUNE_NIGHT, 'UTC', 'yyyy-MM-dd')]).toEqual([
      '2024-07-01',
      '2024-06-30',
    ]);
  });

  it('follows a zone west of UTC back into the previous afternoon', () => {
    expect(utilitiesFor().utilities.formatDate(LATE_JUNE_NIGHT, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm')).toBe('2024-06-30 16:30');
  });

  it('writes day and month names and the RFC 822 offset', () => {
    expect(utilitiesFor().utilities.formatDate(JANUARY_FRIDAY, 'Europe/London', 'EEE, d MMM yyyy HH:mm:ss Z')).toBe('Fri, 5 Jan 2024 09:07:03 +0000');
  });

  it('writes full month and weekday names for four letters', () => {
    expect(utilitiesFor().utilities.formatDate(JANUARY_FRIDAY, 'UTC', 'EEEE d MMMM')).toBe('Friday 5 January');
  });

  // SimpleDateFormat: text in single quotes is literal; XXX is the ISO 8601 offset with a colon.
  it('keeps quoted literals and writes milliseconds and an ISO 8601 offset', () => {
    expect(utilitiesFor().utilities.formatDate(LATE_JUNE_NIGHT, 'Asia/Kolkata', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2024-07-01T05:00:00.045+05:30');
  });

  // SimpleDateFormat: X writes 'Z' for a zero offset.
  it('writes Z for the ISO 8601 offset of UTC', () => {
    expect(utilitiesFor().utilities.formatDate(LATE_JUNE_NIGHT, 'UTC', 'HH:mmXXX')).toBe('23:30Z');
  });

  // SimpleDateFormat: yy is the two-digit year; single letters are numbers without padding.
  it('writes two-digit years and unpadded single-letter fields', () => {
    expect(utilitiesFor().utilities.formatDate(new Date('2009-03-04T05:06:07Z'), 'UTC', 'yy M d H')).toBe('09 3 4 5');
  });

  it('writes twelve-hour clock times with AM or PM', () => {
    expect(utilitiesFor().utilities.formatDate(new Date('2009-03-04T17:06:07Z'), 'UTC', 'h:mm a')).toBe('5:06 PM');
  });

  // SimpleDateFormat: two single quotes stand for one quote, inside or outside quoted text.
  it('writes a doubled single quote as one quote', () => {
    expect(utilitiesFor().utilities.formatDate(new Date('2009-03-04T17:06:07Z'), 'UTC', "h 'o''clock'")).toBe("5 o'clock");
  });

  // The script's dates are made with the script's own Date, not the host's.
  it('accepts a Date made in the script\'s realm', () => {
    const { context, utilities } = utilitiesFor();
    const scriptDate = vm.runInContext('new Date(Date.UTC(2024, 0, 5, 9, 7, 3))', context) as Date;
    expect(utilities.formatDate(scriptDate, 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-01-05 09:07:03');
  });

  // Java's TimeZone.getTimeZone gives GMT for an id it does not know, so does Apps Script.
  it('falls back to GMT for a time zone it does not know', () => {
    expect(utilitiesFor().utilities.formatDate(LATE_JUNE_NIGHT, 'Mars/Olympus_Mons', 'HH:mm')).toBe('23:30');
  });

  // Java's custom time zone ids such as GMT+2 are accepted.
  it('accepts a GMT offset as the time zone', () => {
    expect(utilitiesFor().utilities.formatDate(LATE_JUNE_NIGHT, 'GMT-05:30', 'HH:mm')).toBe('18:00');
  });

  // Apps Script: formatDate only takes a Date: "The parameters (String,String,String) don't match the method signature for
  // Utilities.formatDate."
  it('rejects a date given as text', () => {
    const { utilities } = utilitiesFor();
    expect(() => utilities.formatDate('2024-06-30' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  // A missing argument is named null, as observed for getRange(undefined, 1): "The parameters
  // (null,number) don't match the method signature for SpreadsheetApp.Sheet.getRange." Every
  // service shares that wording (regression: the services outside SpreadsheetApp said "undefined").
  it('names a missing date null, as every service does', () => {
    const { utilities } = utilitiesFor();
    expect(() => utilities.formatDate(undefined as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (null,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  // SimpleDateFormat throws for a letter that is not a pattern letter.
  it('rejects a pattern letter SimpleDateFormat does not know', () => {
    expect(() => utilitiesFor().utilities.formatDate(LATE_JUNE_NIGHT, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities.formatString', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...): "sprintf-like
  // formatting using '%'-style format strings".
  it('puts strings and integers in their places', () => {
    expect(utilitiesFor().utilities.formatString('%s named %d people', 'home shelf', 2)).toBe('home shelf named 2 people');
  });

  it('pads and rounds with width, zero flag and precision', () => {
    expect(utilitiesFor().utilities.formatString('%06.2f|%-5s|%3d', 3.14159, 'ab', 7)).toBe('003.14|ab   |  7');
  });

  it('writes %% as a percent sign', () => {
    expect(utilitiesFor().utilities.formatString('100%%')).toBe('100%');
  });
});

describe('Utilities.sleep', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer): sleeps for the milliseconds given;
  // the emulator does not really wait but counts the call.
  it('returns at once and is counted', () => {
    const { run, utilities } = utilitiesFor();
    const started = Date.now();
    utilities.sleep(60_000);
    // Far under the minute asked for, with room for a loaded machine: the test is that it does not wait.
    expect([Date.now() - started < 30_000, run.calls['Utilities.sleep']]).toEqual([true, 1]);
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
// "Compute a digest using the specified algorithm on the specified String value"; it returns
// Byte[], which reaches a script as Java's signed bytes.
describe('Utilities.computeDigest', () => {
  const { utilities } = utilitiesFor();

  it('gives the SHA-256 of a string, UTF-8 encoded, as signed bytes', () => {
    const bytes = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(bytes).toHaveLength(32);
    expect(bytes.every((byte) => byte >= -128 && byte <= 127)).toBe(true);
    const hex = bytes.map((byte) => (byte & 0xff).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('encodes with the charset given, and digests a byte array as it is', () => {
    const { SHA_256 } = utilities.DigestAlgorithm;
    expect(utilities.computeDigest(SHA_256, 'é', utilities.Charset.UTF_8)).toEqual(utilities.computeDigest(SHA_256, [-61, -87]));
  });

  it('refuses an algorithm that is not a DigestAlgorithm, a string included', () => {
    expect(() => utilities.computeDigest('SHA_256' as unknown as GoogleAppsScript.Utilities.DigestAlgorithm, 'abc')).toThrow(/parameters/);
  });
});
