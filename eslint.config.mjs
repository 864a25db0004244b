import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp', 'DocumentApp', 'DriveApp', 'PropertiesService', 'LockService', 'HtmlService',
  'Session', 'Utilities', 'ScriptApp', 'Logger', 'Charts', 'UrlFetchApp',
];

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', '.emulator-dist/**', '.emulator/**', 'test-results/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Code names must come from Utilities.getUuid(), never Math.random (spec section 4).
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use Utilities.getUuid() through src/core/randomness.ts.' }],
      // Nothing that could carry a real name may be logged (spec section 10).
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_SERVICES.map((name) => ({ name, message: 'src/core is pure: use an adapter in src/gas.' }))],
    },
  },
  {
    files: ['src/actions/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_SERVICES.map((name) => ({ name, message: 'Actions go through the adapters in src/gas.' }))],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
