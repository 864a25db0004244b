/** Unit, emulator and integration tests. Browser tests live in jest.e2e.config.cjs. */
module.exports = {
  testEnvironment: 'node',
  // Jest's 5 s default is a wall-clock limit: on CI's 2 cores under load, a heavy integration test
  // (a 10,000-row tracker, a fault at every call) or a fast-check property runs several times
  // slower than alone. A test that is correct must not fail for being slow; a hang still fails.
  testTimeout: 30_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
};
