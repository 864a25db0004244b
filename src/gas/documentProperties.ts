/**
 * The status spreadsheet's document properties: state the add-on keeps where no cell edit reaches
 * it. One call per read or write; values are strings (Google caps each at 9 KB).
 */

import { UserError } from '../core/errors';

/**
 * Google returns null when the script is neither bound to the file nor run as an add-on
 * (https://developers.google.com/apps-script/reference/properties/properties-service).
 */
function store(): GoogleAppsScript.Properties.Properties {
  const properties = PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
  if (properties === null) {
    throw new UserError(
      'no-document-properties',
      'Django CoC must run from the status spreadsheet (bound to it, or as an add-on) to keep its records consistent. Nothing was changed.',
    );
  }
  return properties;
}

/** The value of a document property, or null when it is not set. */
export function readDocumentProperty(key: string): string | null {
  return store().getProperty(key);
}

export function writeDocumentProperty(key: string, value: string): void {
  store().setProperty(key, value);
}

export function deleteDocumentProperty(key: string): void {
  store().deleteProperty(key);
}
