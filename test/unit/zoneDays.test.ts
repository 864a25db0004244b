import fc from 'fast-check';
import { dayFromOffsets, parseUtcOffset } from '../../src/core/zoneDays';

// Node's own zone tables are the oracle here; the add-on itself never uses them on Apps Script.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function dayIn(time: number, timeZone: string): string {
  if (!dayFormats.has(timeZone)) dayFormats.set(timeZone, new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  return dayFormats.get(timeZone)!.format(new Date(time));
}

function offsetMinutes(time: number, timeZone: string): number {
  if (!offsetFormats.has(timeZone)) offsetFormats.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }));
  const parts = offsetFormats.get(timeZone)!.formatToParts(new Date(time));
  const name = parts.find((part) => part.type === 'timeZoneName')!.value; // 'GMT+01:00' or 'GMT'
  return name === 'GMT' ? 0 : parseUtcOffset(name.slice(3).replace(':', ''));
}

/** The zone's offsets as the adapter asks for them: 1 January and 1 July of `year`. */
function offsetsOf(timeZone: string, year = 2026): number[] {
  return [Date.UTC(year, 0, 1), Date.UTC(year, 6, 1)].map((time) => offsetMinutes(time, timeZone));
}

/** Local midnight of an ISO day in a zone, as Sheets hands back a date cell. */
function midnightOf(iso: string, timeZone: string): number {
  const utcMidnight = Date.parse(`${iso}T00:00:00Z`);
  let guess = utcMidnight;
  for (let i = 0; i < 3; i++) guess = utcMidnight - offsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC', 'America/St_Johns'];
const FIRST = Date.UTC(2015, 0, 1);
const LAST = Date.UTC(2026, 0, 1);

describe('parseUtcOffset', () => {
  it('reads Utilities.formatDate\'s Z pattern as minutes east of UTC', () => {
    expect(parseUtcOffset('+0100')).toBe(60);
    expect(parseUtcOffset('-0530')).toBe(-330);
    expect(parseUtcOffset('+0000')).toBe(0);
  });

  it('refuses anything else', () => {
    expect(() => parseUtcOffset('GMT+1')).toThrow('Not a UTC offset: GMT+1');
  });
});

describe('dayFromOffsets', () => {
  it.each(ZONES)('settles every date cell from 2015 to 2025 in %s without asking the zone', (timeZone) => {
    const offsets = offsetsOf(timeZone);
    for (let time = FIRST; time < LAST; time += 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      expect(dayFromOffsets(midnightOf(iso, timeZone), offsets)).toBe(iso);
    }
  });

  it('never names a wrong day for any instant it settles', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FIRST, max: LAST }), (timeZone, time) => {
        const day = dayFromOffsets(time, offsetsOf(timeZone));
        return day === null || day === dayIn(time, timeZone);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves an instant near midnight that is not a date cell to the zone', () => {
    const offsets = offsetsOf('Europe/London');
    expect(dayFromOffsets(Date.UTC(2024, 0, 10, 23, 30), offsets)).toBeNull();
    expect(dayFromOffsets(Date.UTC(2024, 0, 10, 12, 0), offsets)).toBe('2024-01-10');
  });
});
