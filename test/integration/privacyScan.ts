/**
 * Looks for real names, aliases and summaries where spec section 10 forbids them: everywhere in
 * the emulated workspace except the identity key (every other spreadsheet's cells, notes and sheet
 * names, every Drive title, the properties, the log) and in what runs returned or showed.
 * Case document bodies are where summaries belong; real names are looked for there too, since the
 * fixtures' summaries name nobody.
 */
import type { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';

/** Lower case, white space collapsed: a name found in any spelling the key would match. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Place {
  where: string;
  text: string;
}

function cellText(cell: unknown): string {
  return typeof cell === 'object' && cell !== null ? JSON.stringify(cell) : String(cell);
}

/** Every piece of text in the workspace outside the identity key spreadsheets. */
function workspacePlaces(workspace: WorkspaceState, keyIds: readonly string[], includeDocumentBodies: boolean): Place[] {
  const places: Place[] = [];
  for (const [id, spreadsheet] of Object.entries(workspace.spreadsheets)) {
    if (keyIds.includes(id)) continue;
    for (const sheet of spreadsheet.sheets) {
      places.push({ where: `${id}/${sheet.name} (sheet name)`, text: sheet.name });
      sheet.values.forEach((row, r) => row.forEach((cell, c) => places.push({ where: `${id}/${sheet.name} R${r + 1}C${c + 1}`, text: cellText(cell) })));
      for (const [a1, note] of Object.entries(sheet.notes)) places.push({ where: `${id}/${sheet.name}!${a1} (note)`, text: note });
      places.push({ where: `${id}/${sheet.name} (validation and charts)`, text: JSON.stringify([sheet.dataValidations, sheet.charts]) });
    }
  }
  for (const file of Object.values(workspace.files)) places.push({ where: `title of ${file.id}`, text: file.name });
  if (includeDocumentBodies) {
    for (const [id, document] of Object.entries(workspace.documents)) {
      document.body.forEach((paragraph, index) => places.push({ where: `document ${id} paragraph ${index}`, text: paragraph.text }));
    }
  }
  places.push({ where: 'properties', text: JSON.stringify(workspace.properties) });
  workspace.log.forEach((line, index) => places.push({ where: `log line ${index}`, text: line }));
  return places;
}

/** What a run returned, threw and showed (alerts, prompts, toasts, sidebars and dialogs). */
function responsePlaces(responses: readonly RunResponse[]): Place[] {
  return responses.flatMap((response, index) => [
    { where: `run ${index} result or error`, text: JSON.stringify('error' in response ? response.error : 'result' in response ? response.result : null) },
    { where: `run ${index} shown`, text: JSON.stringify(response.shown) },
  ]);
}

/**
 * Where any of `needles` appears, as "needle @ place" lines: [] when none does.
 *
 * @param keyIds the identity key spreadsheets, the one place real names may live.
 */
export function findTexts(
  needles: readonly string[],
  workspace: WorkspaceState,
  keyIds: readonly string[],
  responses: readonly RunResponse[] = [],
  options: { includeDocumentBodies?: boolean } = {},
): string[] {
  const places = [...workspacePlaces(workspace, keyIds, options.includeDocumentBodies ?? true), ...responsePlaces(responses)].map((place) => ({
    ...place,
    folded: fold(place.text),
  }));
  const found: string[] = [];
  for (const needle of needles) {
    const wanted = fold(needle);
    for (const place of places) if (place.folded.includes(wanted)) found.push(`${needle} @ ${place.where}`);
  }
  return found;
}
