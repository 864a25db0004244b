// Jest transformer: esbuild strips types fast; `npm test` type-checks separately with tsc,
// because TypeScript 7 has no JavaScript API for ts-jest and we want one compiler of record.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith('.ts') ? 'ts' : filename.endsWith('.mjs') ? 'js' : 'js';
    const { code, map } = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      sourcemap: 'both',
      sourcefile: filename,
    });
    return { code, map };
  },
};
