import vm from 'node:vm';
import { createTestRun } from './harness';
import { createConsole, createLogger } from '../../emulator/services/logger/logger';

type Logger = GoogleAppsScript.Base.Logger;
type ScriptConsole = Pick<Console, 'log' | 'info' | 'warn' | 'error'>;

function loggingFor() {
  const { run, context } = createTestRun();
  return { run, context, logger: createLogger(run) as unknown as Logger, scriptConsole: createConsole(run) as unknown as ScriptConsole };
}

afterEach(() => jest.restoreAllMocks());

describe('Logger.log', () => {
  // https://developers.google.com/apps-script/reference/base/logger#log(Object): writes the data to the log.
  it('appends one line per call to the workspace log', () => {
    const { run, logger } = loggingFor();
    logger.log('Set up finished');
    logger.log('Validated records');
    expect(run.workspace.log).toEqual(['Set up finished', 'Validated records']);
  });

  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...): "Writes a formatted string to the
  // logging console, using the format and values provided. The string can include multiple %s placeholders".
  it('fills %s placeholders from the values', () => {
    const { run, logger } = loggingFor();
    logger.log('Created %s sheets in %s', 3, 'Cases');
    expect(run.workspace.log).toEqual(['Created 3 sheets in Cases']);
  });

  // https://developers.google.com/apps-script/reference/base/logger#log(Object): returns "the Logger, for chaining".
  it('returns the Logger for chaining', () => {
    const { logger } = loggingFor();
    expect(logger.log('one')).toBe(logger);
  });

  it('writes plain data as JSON', () => {
    const { run, context, logger } = loggingFor();
    logger.log(vm.runInContext('({ problems: 2, cells: ["Cases!D12"] })', context));
    expect(run.workspace.log).toEqual(['{"problems":2,"cells":["Cases!D12"]}']);
  });

  it('is counted as Logger.log', () => {
    const { run, logger } = loggingFor();
    logger.log('one');
    expect(run.calls).toEqual({ 'Logger.log': 1 });
  });
});

describe('console', () => {
  // https://developers.google.com/apps-script/guides/logging: console.log, info, warn and error write at their severity.
  it('writes each line with its level in front', () => {
    const { run, scriptConsole } = loggingFor();
    scriptConsole.log('a');
    scriptConsole.info('b');
    scriptConsole.warn('Lock busy, asked the user to retry');
    scriptConsole.error('c');
    expect(run.workspace.log).toEqual(['[log] a', '[info] b', '[warn] Lock busy, asked the user to retry', '[error] c']);
  });

  it('writes an error from the script as its name and message', () => {
    const { run, context, scriptConsole } = loggingFor();
    scriptConsole.error(vm.runInContext('new TypeError("cannot read the Cases sheet")', context));
    expect(run.workspace.log).toEqual(['[error] TypeError: cannot read the Cases sheet']);
  });

  it('joins several arguments with spaces', () => {
    const { run, scriptConsole } = loggingFor();
    scriptConsole.log('rows', 12, true);
    expect(run.workspace.log).toEqual(['[log] rows 12 true']);
  });

  it('is counted under console and the level', () => {
    const { run, scriptConsole } = loggingFor();
    scriptConsole.warn('x');
    expect(run.calls).toEqual({ 'console.warn': 1 });
  });
});

describe('log output', () => {
  // The emulator keeps the script's log in the workspace; the host's own output stays clean.
  it('writes nothing to the host\'s stdout, stderr or console', () => {
    const stdout = jest.spyOn(process.stdout, 'write');
    const stderr = jest.spyOn(process.stderr, 'write');
    const hostLog = jest.spyOn(console, 'log');
    const hostError = jest.spyOn(console, 'error');
    const { logger, scriptConsole } = loggingFor();
    logger.log('one');
    scriptConsole.log('two');
    scriptConsole.error('three');
    expect([stdout, stderr, hostLog, hostError].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0]);
  });
});
