/** Browser tests: playwright-core driving Debian's /usr/bin/chromium against `npm start`'s server. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild-transform.cjs' },
  testTimeout: 60000,
};
