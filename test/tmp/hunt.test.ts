import fc from 'fast-check';
import { COMMANDS, ACTORS } from '../invariants/commands';
import { runSequence } from '../invariants/sequence';
import { healthyWorld } from '../invariants/world';

const SHAPE = ['logReport', 'typeIntoCases', 'offboardMember', 'validateRecords'];

it('hunts the logReport -> typeIntoCases -> offboardMember -> validateRecords failure', () => {
  const world = healthyWorld();
  const command = (name: string, actor: fc.Arbitrary<number>) =>
    fc.record({
      name: fc.constant(name),
      actor,
      picks: fc.array(fc.nat(20), { minLength: COMMANDS[name].picks, maxLength: COMMANDS[name].picks }),
      flags: fc.array(fc.boolean(), { minLength: COMMANDS[name].flags, maxLength: COMMANDS[name].flags }),
    });
  fc.assert(
    fc.property(fc.tuple(...SHAPE.map((name, i) => command(name, i === 0 ? fc.constant(0) : fc.nat(ACTORS.length - 1)))), fc.nat(), (commands, seed) => {
      runSequence(world.workspace, commands, seed, { secrets: world.secrets });
    }),
    { numRuns: Number(process.env.HUNT_RUNS ?? 400) },
  );
}, 3_600_000);
