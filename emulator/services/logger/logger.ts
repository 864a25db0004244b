import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { isDate } from '../../run/realm';

/**
 * The emulated Logger (https://developers.google.com/apps-script/reference/base/logger) and
 * console (https://developers.google.com/apps-script/guides/logging). Each call appends one line
 * to `workspace.log`, console lines with their level first (`[warn] ...`); nothing reaches the
 * host's own output.
 */

/** A logged value as text: strings as they are, errors as `Name: message`, data as JSON. */
export function logText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || typeof value !== 'object') return String(value);
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Object.prototype.toString.call(value) === '[object Error]') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const PLACEHOLDER = /%[sdifoO%]/g;

/**
 * One log line from a call's arguments. A first string argument is a template whose %s, %d, %i,
 * %f, %o and %O take the following arguments in turn (%% is a percent sign); arguments left over
 * follow, separated by spaces.
 */
export function formatLogLine(args: readonly unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string' || rest.length === 0) return args.map(logText).join(' ');
  let next = 0;
  const text = first.replace(PLACEHOLDER, (placeholder) => {
    if (placeholder === '%%') return '%';
    if (next >= rest.length) return placeholder;
    const value = rest[next++];
    switch (placeholder) {
      case '%d':
      case '%f':
        return String(Number(value));
      case '%i':
        return String(parseInt(String(value), 10));
      default:
        return logText(value);
    }
  });
  return [text, ...rest.slice(next).map(logText)].join(' ');
}

export function createLogger(run: RunContext) {
  const logger = {
    /** Logger.log(data) or Logger.log(format, ...values); returns the Logger. */
    log(...args: unknown[]) {
      run.workspace.log.push(formatLogLine(args));
      return proxy;
    },
  };
  const proxy: object = instrument(logger, 'Logger', run);
  return proxy as typeof logger;
}

export function createConsole(run: RunContext) {
  const write =
    (level: string) =>
    (...args: unknown[]): void => {
      run.workspace.log.push(`[${level}] ${formatLogLine(args)}`);
    };
  const emulatedConsole = {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  };
  return instrument(emulatedConsole, 'console', run);
}
