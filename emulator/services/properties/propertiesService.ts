import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { isPlainObject } from '../../run/realm';
import { parameterMismatch } from '../common/serviceHelpers';

/**
 * The emulated PropertiesService (https://developers.google.com/apps-script/reference/properties):
 * three string-to-string stores in `workspace.properties`; user properties are kept per user.
 */

type Store = Record<string, string>;

/**
 * `read` gives the store if it exists, `ensure` creates it on first write, so reading a user's
 * properties never adds an empty entry to the workspace.
 */
function createProperties(run: RunContext, read: () => Store | undefined, ensure: () => Store) {
  const has = (store: Store | undefined, key: string): store is Store => store !== undefined && Object.prototype.hasOwnProperty.call(store, key);
  const properties = {
    /** null when the key is missing. */
    getProperty(key: unknown): string | null {
      if (typeof key !== 'string') throw parameterMismatch('PropertiesService.Properties.getProperty', [key]);
      const store = read();
      return has(store, key) ? store[key] : null;
    },
    /** Stores the value's string form. */
    setProperty(key: unknown, value: unknown) {
      if (typeof key !== 'string') throw parameterMismatch('PropertiesService.Properties.setProperty', [key, value]);
      ensure()[key] = String(value);
      return proxy;
    },
    /** Stores each entry's string form; with deleteAllOthers, removes every other key first. */
    setProperties(values: unknown, deleteAllOthers: unknown = false) {
      if (!isPlainObject(values) || typeof deleteAllOthers !== 'boolean') {
        throw parameterMismatch('PropertiesService.Properties.setProperties', [values, deleteAllOthers]);
      }
      const store = ensure();
      if (deleteAllOthers) for (const key of Object.keys(store)) delete store[key];
      for (const [key, value] of Object.entries(values)) store[key] = String(value);
      return proxy;
    },
    /** A copy: changing it changes nothing stored. */
    getProperties: (): Store => ({ ...(read() ?? {}) }),
    getKeys: (): string[] => Object.keys(read() ?? {}),
    deleteProperty(key: unknown) {
      if (typeof key !== 'string') throw parameterMismatch('PropertiesService.Properties.deleteProperty', [key]);
      const store = read();
      if (has(store, key)) delete store[key];
      return proxy;
    },
    deleteAllProperties() {
      const store = read();
      if (store) for (const key of Object.keys(store)) delete store[key];
      return proxy;
    },
  };
  const proxy: object = instrument(properties, 'Properties', run);
  return proxy as typeof properties;
}

export function createPropertiesService(run: RunContext) {
  const stores = run.workspace.properties;
  const userKey = run.user.toLowerCase();
  const service = {
    getScriptProperties: () =>
      createProperties(
        run,
        () => stores.script,
        () => stores.script,
      ),
    getDocumentProperties: () =>
      createProperties(
        run,
        () => stores.document,
        () => stores.document,
      ),
    getUserProperties: () =>
      createProperties(
        run,
        () => (Object.prototype.hasOwnProperty.call(stores.user, userKey) ? stores.user[userKey] : undefined),
        () => (stores.user[userKey] ??= {}),
      ),
  };
  return instrument(service, 'PropertiesService', run);
}
