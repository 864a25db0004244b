// Bundles bench/benchmarks.ts (which drives the emulator's runner directly) and the naive peer
// (bench/naive/naivePeer.ts, built like the add-on: top-level functions Apps Script can call), and runs the benchmarks.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, '.emulator-dist');
const NAIVE_FUNCTIONS = ['naiveValidateRecords', 'naiveRefreshIdentityKey', 'naiveExportStatistics'];

mkdirSync(join(dist, 'naive'), { recursive: true });
await build({
  entryPoints: [join(root, 'bench/naive/naivePeer.ts')],
  bundle: true,
  format: 'iife',
  globalName: '__NaivePeer',
  target: 'es2020',
  outfile: join(dist, 'naive', 'Code.js'),
  footer: { js: NAIVE_FUNCTIONS.map((name) => `function ${name}() { return __NaivePeer.${name}.apply(this, arguments); }`).join('\n') },
});

const outfile = join(dist, 'benchmarks.cjs');
await build({
  entryPoints: [join(root, 'bench/benchmarks.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile,
});
const { status } = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, COC_BUILD_DIR: join(root, 'build') },
});
process.exit(status ?? 1);
