// Bundles bench/benchmarks.ts (which drives the emulator's runner directly) and runs it.
import { build } from 'esbuild';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.emulator-dist/benchmarks.cjs');
await build({
  entryPoints: [join(root, 'bench/benchmarks.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile,
});
const { status } = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(status ?? 1);
