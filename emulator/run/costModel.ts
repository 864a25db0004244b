/**
 * How long Apps Script would take over a run, estimated from the calls it makes, so the emulator
 * can hold a run to Google's execution time limits and report its estimate next to `calls`.
 *
 * Google publishes limits, not per-call timings. The limits:
 * - "Script runtime: 6 min / execution" (https://developers.google.com/apps-script/guides/services/quotas#current_limitations);
 *   past it the script stops with "Exceeded maximum execution time".
 * - Simple triggers "cannot run for longer than 30 seconds"
 *   (https://developers.google.com/apps-script/guides/triggers#restrictions).
 * The figures per call are estimates, rounded up, from what Google's best-practices page says
 * ("Using JavaScript operations within your script is considerably faster than calling other
 * services": a call that reaches Google's servers costs a round trip, one that only builds an
 * object in the script does not, https://developers.google.com/apps-script/guides/support/best-practices)
 * and from published measurements of the Spreadsheet and Drive services (Tanaike's benchmark,
 * https://gist.github.com/tanaikech/d102c9600ba12a162c667287d2f20fe4). They err on the slow side:
 * an action that fits here should fit at Google. docs/execution-time.md explains the table; the
 * bench (issue 16) projects Apps Script time with {@link estimateRunMs}.
 */

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;
export const EXCEEDED_MAXIMUM_EXECUTION_TIME = 'Exceeded maximum execution time';

export interface CallCost {
  /** `Type.method` calls this row covers, as the emulator counts them in `calls`. */
  calls: RegExp;
  /** Estimated milliseconds per call. */
  ms: number;
  /** Where the figure comes from. */
  basis: string;
}

const LOCAL = 'No server round trip: builds or reads an object already in the script (best-practices page).';
const SHEETS_ROUND_TRIP = 'One Sheets round trip; batched reads and writes of a whole range cost about the same (best-practices page; Tanaike).';
const DRIVE_READ = 'One Drive API request (Tanaike measures a few hundred ms per Drive call).';
const DRIVE_PERMISSION = 'A Drive permission change, which also notifies the person: the slowest common Drive call.';

/** First match wins; the last row is the default for any call not named. */
export const CALL_COSTS: readonly CallCost[] = [
  { calls: /^(Logger|console|Utilities)\./, ms: 1, basis: LOCAL },
  { calls: /^(SpreadsheetApp\.(getUi|newDataValidation)|Ui\.create|Menu\.|HtmlService\.|HtmlOutput\.|Charts\.|ChartOptions\.|DataValidationBuilder\.|DataValidation\.|EmbeddedChartBuilder\.|ScriptApp\.)/, ms: 2, basis: LOCAL },
  { calls: /^Range\.(get(Row|Column|NumRows|NumColumns|Height|Width|LastRow|LastColumn|A1Notation|Sheet|Cell)|offset|activate)$/, ms: 2, basis: LOCAL },
  { calls: /^(SpreadsheetApp\.(getActive\w*|getCurrentCell)|Spreadsheet\.(getId|getUrl|getSheetByName|getSheetById|getSheets|getActiveSheet|getRange|getSpreadsheetTimeZone|getName|getNumSheets)|Sheet\.(getName|getSheetId|getIndex|getParent|getRange|getDataRange|getMaxRows|getMaxColumns|getLastRow|getLastColumn|getFrozenRows|isSheetHidden))$/, ms: 10, basis: 'Spreadsheet metadata, fetched once per run and cached (Tanaike: 0.3 s for a whole large sheet\'s metadata).' },
  { calls: /^SpreadsheetApp\.flush$/, ms: 100, basis: SHEETS_ROUND_TRIP },
  { calls: /^(Range|Sheet|Spreadsheet)\./, ms: 100, basis: SHEETS_ROUND_TRIP },
  { calls: /^SpreadsheetApp\.(openById|openByUrl)$/, ms: 800, basis: 'Opens another spreadsheet: its metadata and sheets are fetched.' },
  { calls: /^SpreadsheetApp\.create$/, ms: 2000, basis: 'Creates a Drive file and a spreadsheet.' },
  { calls: /^(File|Folder)\.(addEditor|addEditors|removeEditor|addViewer|addViewers|removeViewer|setOwner)$/, ms: 1000, basis: DRIVE_PERMISSION },
  { calls: /^(File|Folder)\.(setSharing|setShareableByEditors|setTrashed|moveTo|setName|addFile|removeFile)$/, ms: 600, basis: 'A Drive metadata update.' },
  { calls: /^(File\.makeCopy|Folder\.createFile|DriveApp\.(createFile|createFolder)|Folder\.createFolder)$/, ms: 1500, basis: 'Creates a Drive file.' },
  { calls: /^(DriveApp\.(getFileById|getFolderById|getRootFolder|getFiles|getFilesByName|getFolders|getFoldersByName|searchFiles|searchFolders)|Folder\.(getFiles|getFilesByName|getFolders|searchFiles)|(File|Folder)\.(getEditors|getViewers|getOwner|getParents))$/, ms: 300, basis: DRIVE_READ },
  { calls: /^Drive\.Files\.list$/, ms: 300, basis: 'One Drive API request (the advanced service), returning a page of up to 1,000 files.' },
  { calls: /^Drive\.Files\.get$/, ms: 300, basis: 'One Drive API request (the advanced service): one file\'s metadata, owner and permissions.' },
  { calls: /^Drive\.Files\.create$/, ms: 2500, basis: 'Creates a Google Doc (a Drive file and a document), as DocumentApp.create does.' },
  { calls: /^Sheets\.Spreadsheets\.get$/, ms: 300, basis: 'One Sheets API request (the advanced service) answering with only the fields asked for.' },
  { calls: /^Docs\.Documents\.batchUpdate$/, ms: 1000, basis: 'One Docs API request applying all its edits to the document.' },
  { calls: /^(FileIterator|FolderIterator)\.(hasNext|next)$/, ms: 20, basis: 'Iterators fetch a page of results per request and hand them out one by one.' },
  { calls: /^(File|Folder|User)\./, ms: 10, basis: 'A field of a Drive item already fetched.' },
  { calls: /^DocumentApp\.create$/, ms: 2500, basis: 'Creates a Google Doc (a Drive file and a document).' },
  { calls: /^DocumentApp\.(openById|openByUrl)$/, ms: 1000, basis: 'Opens a document: its whole body is fetched.' },
  { calls: /^Document\.saveAndClose$/, ms: 500, basis: 'Writes the document\'s pending changes.' },
  { calls: /^(Document|Body|Paragraph|Text)\./, ms: 10, basis: 'Edits the open document in the script; saved at saveAndClose.' },
  { calls: /^(PropertiesService|Properties)\./, ms: 50, basis: 'The Properties store: a small request.' },
  { calls: /^(LockService|Lock)\./, ms: 50, basis: 'The Lock service: a small request (waiting for another holder is not modelled).' },
  { calls: /^Session\./, ms: 20, basis: 'The user\'s identity, known to the run.' },
  { calls: /^Ui\./, ms: 100, basis: 'Shows something in the editor (time a person takes to answer is not counted).' },
  { calls: /./, ms: 50, basis: 'Any other call: one small request.' },
];

/** The estimated cost of one call. */
export function estimateCallMs(call: string): number {
  return (CALL_COSTS.find((row) => row.calls.test(call)) ?? CALL_COSTS[CALL_COSTS.length - 1]).ms;
}

/** The estimated Apps Script time of a run's `calls` (POST /api/run's counts), e.g. for the bench. */
export function estimateRunMs(calls: Readonly<Record<string, number>>): number {
  return Object.entries(calls).reduce((total, [call, count]) => total + estimateCallMs(call) * count, 0);
}
