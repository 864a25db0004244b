import vm from 'node:vm';

/**
 * Takes out of a fresh `vm` context what V8 offers but Apps Script does not promise, so the bundle
 * fails here where it could fail there (spec section 13): `WebAssembly`, and Intl's time-zone data
 * (`Intl.DateTimeFormat` or `Date#toLocale*String` with a `timeZone`), for which Google documents
 * `Utilities.formatDate` and the spreadsheet's time zone. Node's own globals (`setTimeout`,
 * `structuredClone`, `TextEncoder`, `URL`, `require`, ...) are never in a `vm` context at all.
 */
export function withoutUndocumentedBuiltIns(context: vm.Context): void {
  vm.runInContext(
    `(() => {
      const refuse = (what) => {
        throw new Error(what + ' is not available: Apps Script does not promise Intl time-zone data. Use Utilities.formatDate with the spreadsheet\\'s time zone.');
      };
      const DateTimeFormat = Intl.DateTimeFormat;
      function AppsScriptDateTimeFormat(locales, options) {
        if (options && options.timeZone !== undefined) refuse('Intl.DateTimeFormat with a timeZone');
        return new DateTimeFormat(locales, options);
      }
      AppsScriptDateTimeFormat.prototype = DateTimeFormat.prototype;
      AppsScriptDateTimeFormat.supportedLocalesOf = DateTimeFormat.supportedLocalesOf;
      Object.defineProperty(Intl, 'DateTimeFormat', { value: AppsScriptDateTimeFormat, writable: true, configurable: true });
      for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
        const original = Date.prototype[name];
        Object.defineProperty(Date.prototype, name, {
          value: function (locales, options) {
            if (options && options.timeZone !== undefined) refuse('Date.prototype.' + name + ' with a timeZone');
            return original.call(this, locales, options);
          },
          writable: true,
          configurable: true,
        });
      }
      delete globalThis.WebAssembly;
    })();`,
    context,
  );
}

/**
 * Makes the bundle's clock the run's: `new Date()`, `Date()` and `Date.now()` read `now`, so a test
 * that pins the run's clock pins "today" for the add-on too, and a run that starts before midnight
 * and a check made after it still agree on the day. Dates built from a value are untouched.
 */
export function withRunClock(context: vm.Context, now: () => Date): void {
  const install = vm.runInContext(
    `((clock) => {
      const RealDate = Date;
      function RunClockDate(...args) {
        if (!new.target) return new RealDate(clock()).toString();
        return args.length === 0 ? new RealDate(clock()) : new RealDate(...args);
      }
      RunClockDate.prototype = RealDate.prototype;
      Object.defineProperty(RealDate.prototype, 'constructor', { value: RunClockDate, writable: true, configurable: true });
      RunClockDate.now = () => clock();
      RunClockDate.parse = RealDate.parse;
      RunClockDate.UTC = RealDate.UTC;
      Object.defineProperty(globalThis, 'Date', { value: RunClockDate, writable: true, configurable: true });
    })`,
    context,
  ) as (clock: () => number) => void;
  install(() => now().getTime());
}
