import { runEntryPoint, runMenuHandler } from './run';
import { setUpSpreadsheet as setUp } from '../actions/setUp';
import { alert } from '../gas/ui';
import type { SetUpResult } from '../core/apiTypes';

/** Spec section 5: creates or repairs the owned sheets; returns what it created or changed. */
export function setUpSpreadsheet(): SetUpResult {
  return runEntryPoint((context) => setUp(context));
}

export function setUpSpreadsheetFromMenu(): void {
  runMenuHandler((context) => {
    const { created, changed, warnings } = setUp(context);
    const lines = [...created.map((name) => `Created sheet ${name}`), ...changed];
    const done = lines.length === 0 ? 'Everything is already set up. Nothing was changed.' : `Set up done:\n• ${lines.join('\n• ')}`;
    alert(warnings.length === 0 ? done : `${done}\n\nPlease read:\n• ${warnings.join('\n• ')}`);
  });
}
