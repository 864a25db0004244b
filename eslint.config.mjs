import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp', 'DocumentApp', 'DriveApp', 'PropertiesService', 'LockService', 'HtmlService',
  'Session', 'Utilities', 'ScriptApp', 'Logger', 'Charts', 'UrlFetchApp',
];

/**
 * What Node or browsers offer but Apps Script's server runtime does not document, so the bundle
 * must not rely on it (spec section 13). test/deploy/bundleGlobals.test.ts checks the built bundle
 * itself against the same rule; the emulator's realm does not offer these either.
 */
export const UNDOCUMENTED_ON_APPS_SCRIPT = [
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask',
  'structuredClone', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'fetch', 'atob', 'btoa', 'crypto',
  'performance', 'AbortController', 'Blob', 'require', 'process', 'Buffer', 'global', 'WebAssembly',
].map((name) => ({ name, message: 'Apps Script does not document this global; use an Apps Script service (Utilities, UrlFetchApp, ...).' }));

/** Intl's time-zone data is not promised by Apps Script: days in a zone go through Utilities.formatDate. */
const NO_INTL_TIME_ZONES = {
  'no-restricted-properties': ['error',
    { object: 'Math', property: 'random', message: 'Use Utilities.getUuid() through src/core/randomness.ts.' },
    { object: 'Intl', property: 'DateTimeFormat', message: 'Apps Script does not promise Intl time-zone data: use Utilities.formatDate with the spreadsheet\'s time zone (src/gas/cells.ts).' },
  ],
  'no-restricted-syntax': ['error', {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/] Property[key.name='timeZone']",
    message: 'Apps Script does not promise Intl time-zone data: use Utilities.formatDate with the spreadsheet\'s time zone.',
  }],
};

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
    // What runs on Apps Script's servers (src/ui runs in the browser).
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**'],
    rules: {
      ...NO_INTL_TIME_ZONES,
      'no-restricted-globals': ['error', ...UNDOCUMENTED_ON_APPS_SCRIPT],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...UNDOCUMENTED_ON_APPS_SCRIPT, ...APPS_SCRIPT_SERVICES.map((name) => ({ name, message: 'src/core is pure: use an adapter in src/gas.' }))],
    },
  },
  {
    files: ['src/actions/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...UNDOCUMENTED_ON_APPS_SCRIPT, ...APPS_SCRIPT_SERVICES.map((name) => ({ name, message: 'Actions go through the adapters in src/gas.' }))],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
