import { createTestRun } from './harness';
import { advancedServiceGlobals } from '../../emulator/advancedServices';

// https://developers.google.com/apps-script/manifest/dependencies: an advanced service is a global
// under its userSymbol only when enabledAdvancedServices lists it.
describe('advanced services from the manifest', () => {
  it('gives the script the Drive and Docs globals only when the manifest enables them', () => {
    const { run } = createTestRun();
    const enabled = advancedServiceGlobals(run, { dependencies: { enabledAdvancedServices: [
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    ] } });
    expect({ enabled: Object.keys(enabled), none: Object.keys(advancedServiceGlobals(run, {})) }).toEqual({ enabled: ['Drive', 'Docs'], none: [] });
  });

  it('makes an enabled service it does not model fail loudly', () => {
    const { run } = createTestRun();
    const globals = advancedServiceGlobals(run, { dependencies: { enabledAdvancedServices: [{ userSymbol: 'Slides', serviceId: 'slides', version: 'v1' }] } });
    expect(() => (globals.Slides as { Presentations: { get(): void } }).Presentations.get()).toThrow('not implemented in the emulator');
  });
});
