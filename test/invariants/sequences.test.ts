/**
 * Property-based sequences (issue 13): random sequences of the add-on's entry points, run by the
 * chair, members with and without Identity Key Access, a conflicted member, an offboarded member
 * and a stranger, mixed with hand edits of `Cases`; the invariants are checked after every step.
 *
 * `npm test` runs 200 sequences of up to 30 steps, always the same ones; `npm run fuzz` runs thousands of new ones. A
 * failure prints its seed, path and shrunk sequence; `SEED=... PATH_TO_FAILURE=... npm run fuzz`
 * replays it (see docs/robustness.md).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from '../integration/helpers';
import { availableCommands, commandArbitrary } from './commands';
import { SequenceTally, newTally, runSequence } from './sequence';
import { healthyWorld } from './world';

const SEQUENCES = Number(process.env.FUZZ_RUNS ?? 200);
const LONGEST = 30;
/**
 * `npm test` runs the same sequences every time, so a change elsewhere never turns main red by
 * chance; `npm run fuzz` (FUZZ_RUNS set) draws new ones on every run.
 */
const NPM_TEST_SEED = 20261206;

function bundleFunctions(): Set<string> {
  const code = readFileSync(join(BUILD_DIR, 'Code.js'), 'utf8');
  return new Set([...code.matchAll(/^function ([A-Za-z0-9_]+)\(/gm)].map((match) => match[1]));
}

/** One line per sheet: hand edits landed and refused, by each person. */
function summary(tally: SequenceTally): string {
  const bySheet = new Map<string, string[]>();
  let landed = 0;
  let refused = 0;
  for (const [key, counts] of [...tally.handEdits].sort()) {
    const [sheet, user] = key.split('|');
    landed += counts.landed;
    refused += counts.refused;
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), `${user} ${counts.landed}/${counts.refused}`]);
  }
  return [
    `${tally.sequences} sequences: ${tally.runs} runs of the add-on, ${landed} hand edits landed and ${refused} refused (landed/refused by person):`,
    ...[...bySheet].map(([sheet, people]) => `  ${sheet}: ${people.join(', ')}`),
  ].join('\n');
}

describe('random sequences of actions and hand edits', () => {
  it(`keep every invariant after every step (${SEQUENCES} sequences of up to ${LONGEST} steps)`, () => {
    const world = healthyWorld();
    const names = availableCommands(bundleFunctions());
    const seed = process.env.SEED !== undefined ? Number(process.env.SEED) : process.env.FUZZ_RUNS === undefined ? NPM_TEST_SEED : undefined;
    const path = process.env.PATH_TO_FAILURE;
    const tally = newTally();
    fc.assert(
      fc.property(fc.array(commandArbitrary(names), { minLength: 1, maxLength: LONGEST, size: 'max' }), fc.nat(), (commands, uuidSeed) => {
        runSequence(world.workspace, commands, uuidSeed, { secrets: world.secrets, tally });
      }),
      { numRuns: SEQUENCES, seed, path, endOnFailure: path !== undefined },
    );
    // SEQUENCE_TALLY=1 prints what the sequences did: how many runs, and whose hand edits of which sheet landed.
    if (process.env.SEQUENCE_TALLY !== undefined) process.stdout.write(`${summary(tally)}\n`);
  }, 3_600_000);
});
