import type { RunContext } from './run/runContext';
import { instrument } from './run/instrument';
import { createDriveAdvancedService } from './services/drive/driveAdvanced';
import { createDocsAdvancedService } from './services/documents/docsAdvanced';
import { createSheetsAdvancedService } from './services/sheets/sheetsAdvanced';

/**
 * The advanced services a script's manifest enables
 * (https://developers.google.com/apps-script/manifest/dependencies): each is a global under its
 * `userSymbol` only when `dependencies.enabledAdvancedServices` lists it, as in Apps Script.
 */
export interface EnabledAdvancedService {
  serviceId: string;
  userSymbol: string;
  version: string;
}

const MODELLED: Record<string, (run: RunContext) => object> = {
  'drive v3': createDriveAdvancedService,
  'docs v1': createDocsAdvancedService,
  'sheets v4': createSheetsAdvancedService,
};

/**
 * The enabled advanced services as globals. Only Drive v3, Docs v1 and Sheets v4 are modelled; enabling
 * anything else makes its global throw `not implemented in the emulator` when used.
 */
export function advancedServiceGlobals(run: RunContext, manifest: unknown): Record<string, unknown> {
  const dependencies = (manifest as { dependencies?: { enabledAdvancedServices?: EnabledAdvancedService[] } } | null)?.dependencies;
  const globals: Record<string, unknown> = {};
  for (const service of dependencies?.enabledAdvancedServices ?? []) {
    const create = MODELLED[`${service.serviceId} ${service.version}`];
    globals[service.userSymbol] = create ? create(run) : instrument({}, `${service.userSymbol} (${service.serviceId} ${service.version})`, run);
  }
  return globals;
}
