import { isDate } from '../../run/realm';
import { EnumMember } from './enums';

/**
 * Small helpers the emulated services share: Apps Script's wording for arguments of the wrong
 * type.
 */

/**
 * How Apps Script names an argument's type in a signature mismatch (`String`, `number`, `Object[]`).
 * A missing argument reads as null: `getRange(undefined, 1)` is observed to fail with
 * "The parameters (null,number) don't match the method signature for SpreadsheetApp.Sheet.getRange."
 */
export function apiTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'function') return 'Function';
  if (isDate(value)) return 'Date';
  if (value instanceof EnumMember) return EnumMember.typeOf(value).split('.').pop()!;
  if (Array.isArray(value)) return `${value.length > 0 ? apiTypeName(value[0]) : 'Object'}[]`;
  return 'Object';
}

/**
 * The error Apps Script throws when a method is called with arguments it has no overload for, e.g.
 * `The parameters (String,String,String) don't match the method signature for Utilities.formatDate.`
 */
export function parameterMismatch(method: string, args: readonly unknown[]): Error {
  return new Error(`The parameters (${args.map(apiTypeName).join(',')}) don't match the method signature for ${method}.`);
}
