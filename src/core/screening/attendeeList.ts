/**
 * A pasted attendee or speaker list (spec section 15): one person per line, or rows of a CSV
 * column (or of a whole CSV, a name column beside an email column). Each non-blank line is one
 * entry; each of its comma-separated fields is something a person may be known by.
 *
 * Nothing here keeps the text: the caller screens the lines and drops them.
 */

export interface AttendeeLine {
  /** The line as pasted, trimmed: what the result shows back to the member. */
  line: string;
  /** The whole line, then its fields, unquoted and trimmed, blanks dropped (a list may be `Last, First`). */
  names: string[];
}

/** The most lines one screening takes: an event's list, not a mailing list's. */
export const MAX_ATTENDEE_LINES = 10_000;

/** Splits one CSV line into fields, honouring double quotes (`"Person, Fictional"`, `""` inside). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (character === ',' || character === '\t' || character === ';') {
      fields.push(field);
      field = '';
    } else field += character;
  }
  fields.push(field);
  return fields.map((text) => text.trim()).filter((text) => text !== '');
}

/**
 * The entries of a pasted list, in order, each non-blank line once as pasted.
 *
 * @example parseAttendeeList('Fictional Person One\n\n"One, Fictional",one@example.org')
 * // [{ line: 'Fictional Person One', names: ['Fictional Person One'] },
 * //  { line: '"One, Fictional",one@example.org',
 * //    names: ['"One, Fictional",one@example.org', 'One, Fictional', 'one@example.org'] }]
 */
export function parseAttendeeList(text: string): AttendeeLine[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const names = csvFields(line);
      return { line, names: [...new Set([line, ...names])] };
    });
}
