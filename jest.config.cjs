/** Unit, emulator and integration tests. Browser tests live in jest.e2e.config.cjs. */
module.exports = {
  testEnvironment: 'node',
  // Jest's 5 s default is a wall-clock limit: on CI's 2 cores under load, a heavy integration test
  // (a 10,000-row tracker, a fault at every call) or a fast-check property runs several times
  // slower than alone. A test that is correct must not fail for being slow; a hang still fails.
  testTimeout: 30_000,
  // Every emulated run keeps a little memory alive in the worker, and one worker runs many heavy
  // files in turn (random sequences, faults at every call): a worker past this limit after a file
  // is replaced by a fresh one instead of growing until V8's heap limit aborts the whole run.
  workerIdleMemoryLimit: '1536MB',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
};
