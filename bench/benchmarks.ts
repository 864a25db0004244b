/**
 * `npm run bench` (spec section 10): every action of the add-on, and the naive peer of
 * bench/naive/naivePeer.ts, on trackers of 100 to 50,000 case rows (and 10 or 500 case documents
 * for the sharing actions), each in the emulator, in this one process. For each: service calls
 * (the figure that carries over to Google, where each is a round trip), projected Apps Script
 * time (bench/projection.ts), the emulator's CPU time (median and spread of repeated runs) and
 * the process's peak memory. Writes bench/RESULTS.md.
 *
 * BENCH_SIZES (comma-separated rows) and BENCH_REPEATS narrow a run while working on it.
 */
import { cpus, totalmem, platform, release } from 'node:os';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFunction, RunResponse } from '../emulator/runner';
import type { WorkspaceState } from '../emulator/workspace/state';
import { CHAIR_EMAIL } from '../test/integration/helpers';
import { BUNDLE_BUDGETS, CALL_BUDGETS, TWO_PEOPLE_ONE_NEW } from './budgets';
import { projectedSeconds, projectionAssumptions } from './projection';
import { LEAVING_MEMBER, NEW_MEMBER, Tracker, buildTracker } from './trackers';

const ROOT = join(__dirname, '..');
const BUILD_DIR = join(ROOT, 'build');
const NAIVE_BUILD_DIR = join(ROOT, '.emulator-dist', 'naive');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000,50000').split(',').map(Number);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
/** The naive peer makes a call per cell: one run per size is plenty to count them. */
const NAIVE_REPEATS = 1;
const FEW_DOCUMENTS = 10;
const MANY_DOCUMENTS = 500;
/** Apps Script's limit on one execution. */
const EXECUTION_LIMIT_SECONDS = 6 * 60;

interface Action {
  label: string;
  fn: string;
  args: unknown[];
  /** The active cell, for menu handlers. */
  selection?: (tracker: Tracker) => { sheet: string; a1: string };
  /** Grows with case documents: measured with 10 and 500 of them. */
  sharing?: boolean;
  /** Only when the built bundle has the entry point (the actions of issues still landing). */
  optional?: boolean;
}

const ACTIONS: Action[] = [
  { label: 'generate code name', fn: 'generateCodeName', args: [], selection: (t) => ({ sheet: 'Cases', a1: `B${t.firstEmptyRow}` }) },
  { label: 'validate records', fn: 'validateRecords', args: [] },
  { label: 'refresh identity key', fn: 'refreshIdentityKey', args: [] },
  { label: 'log report (2 people, 1 new)', fn: 'logReport', args: [TWO_PEOPLE_ONE_NEW] },
  { label: 'open case document', fn: 'openCaseDocument', args: [], selection: (t) => ({ sheet: 'Cases', a1: `B${t.firstCaseRow}` }) },
  { label: 'export statistics (by year)', fn: 'exportStatistics', args: [{ grouping: 'year', dateBasis: 'report' }] },
  { label: 'onboard member', fn: 'onboardMember', args: [NEW_MEMBER, { role: 'Member', identityKeyAccess: false, conflicts: [] }], sharing: true },
  { label: 'offboard member', fn: 'offboardMember', args: [LEAVING_MEMBER], sharing: true },
  { label: 'audit sharing (report only)', fn: 'auditSharing', args: [false], sharing: true },
  { label: 'review retention', fn: 'reviewRetention', args: [false], optional: true },
  { label: 'needs attention', fn: 'needsAttention', args: [], optional: true },
];

const NAIVE: { label: string; fn: string; peerOf: string }[] = [
  { label: 'validate records', fn: 'naiveValidateRecords', peerOf: 'validateRecords' },
  { label: 'refresh identity key', fn: 'naiveRefreshIdentityKey', peerOf: 'refreshIdentityKey' },
  { label: 'export statistics', fn: 'naiveExportStatistics', peerOf: 'exportStatistics' },
];

interface Measurement {
  label: string;
  fn: string;
  rows: number;
  documents: number | null;
  calls: number;
  projected: number | null;
  cpuMs: number[];
  /** The most the heap grew during one run, after a full collection before it. */
  heapGrowthMb: number;
  error?: string;
}

/** A full collection, so each run starts from the same heap (run.mjs starts node with --expose-gc). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function totalCalls(response: RunResponse): number {
  return Object.values(response.calls).reduce((sum, count) => sum + count, 0);
}

/** Whether the built bundle has this entry point (the actions of issues still landing may not be there yet). */
function hasEntryPoint(name: string): boolean {
  return readFileSync(join(BUILD_DIR, 'Code.js'), 'utf8').includes(`\nfunction ${name}(`);
}

/** Runs `fn` on fresh copies of the tracker, timing only the run (not the copy). */
function measure(
  tracker: Tracker,
  label: string,
  fn: string,
  args: unknown[],
  selection: { sheet: string; a1: string } | undefined,
  buildDir: string,
  repeats: number,
  documents: number | null,
): Measurement {
  const cpuMs: number[] = [];
  let heapGrowth = 0;
  let last: RunResponse | null = null;
  for (let i = 0; i < repeats; i++) {
    const workspace: WorkspaceState = structuredClone(tracker.workspace);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const before = process.cpuUsage();
    // The naive peer is measured to the end, however far past Apps Script's limit it would run.
    last = runFunction(workspace, { function: fn, args, user: CHAIR_EMAIL, selection }, { buildDir, ignoreTimeLimit: buildDir === NAIVE_BUILD_DIR });
    const used = process.cpuUsage(before);
    heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - heapBefore);
    cpuMs.push((used.user + used.system) / 1000);
  }
  const response = last as RunResponse;
  return {
    label,
    fn,
    rows: tracker.workspace.spreadsheets[tracker.workspace.activeSpreadsheetId].sheets.find((s) => s.name === 'Cases')!.values.length - 1,
    documents,
    calls: totalCalls(response),
    projected: projectedSeconds(response),
    cpuMs,
    heapGrowthMb: heapGrowth / 2 ** 20,
    error: 'error' in response ? response.error : undefined,
  };
}

const format = {
  int: (n: number) => n.toLocaleString('en-GB'),
  ms: (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1)),
  spread: (values: readonly number[]) => `${format.ms(Math.min(...values))}–${format.ms(Math.max(...values))}`,
  seconds: (s: number | null) => (s === null ? '—' : s < 10 ? s.toFixed(2) : s.toFixed(0)),
};

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function log(m: Measurement): void {
  const docs = m.documents === null ? '' : ` ${m.documents} docs`;
  console.log(
    `${m.label.padEnd(30)} ${format.int(m.rows).padStart(7)} rows${docs.padEnd(10)} ${format.int(m.calls).padStart(9)} calls ` +
      `cpu ${format.ms(median(m.cpuMs)).padStart(7)} ms (${format.spread(m.cpuMs)})${m.error ? `  error: ${m.error}` : ''}`,
  );
}

function bundleSizes(): { file: string; bytes: number }[] {
  return readdirSync(BUILD_DIR)
    .filter((name) => name === 'Code.js' || name.endsWith('.html'))
    .map((name) => ({ file: name, bytes: statSync(join(BUILD_DIR, name)).size }));
}

function main(): void {
  const actions = ACTIONS.filter((action) => !action.optional || hasEntryPoint(action.fn));
  const results: Measurement[] = [];
  const naiveResults: Measurement[] = [];
  for (const rows of SIZES) {
    const trackers = new Map<number, Tracker>();
    const trackerWith = (documents: number): Tracker => {
      if (!trackers.has(documents)) trackers.set(documents, buildTracker(rows, documents));
      return trackers.get(documents)!;
    };
    for (const action of actions) {
      for (const documents of action.sharing ? [FEW_DOCUMENTS, MANY_DOCUMENTS] : [FEW_DOCUMENTS]) {
        const tracker = trackerWith(documents);
        const m = measure(tracker, action.label, action.fn, action.args, action.selection?.(tracker), BUILD_DIR, REPEATS, action.sharing ? tracker.documents : null);
        results.push(m);
        log(m);
      }
    }
    for (const naive of NAIVE) {
      const m = measure(trackerWith(FEW_DOCUMENTS), `naive ${naive.label}`, naive.fn, [], undefined, NAIVE_BUILD_DIR, NAIVE_REPEATS, null);
      naiveResults.push(m);
      log(m);
    }
  }
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), report(results, naiveResults));
  console.log('Wrote bench/RESULTS.md');
  const shortfalls = naiveShortfalls(results, naiveResults);
  shortfalls.forEach((line) => console.error(line));
  if (shortfalls.length > 0) process.exitCode = 1;
}

/** Spec section 10's claim: at 10,000 rows the naive peer makes at least 100 times the add-on's calls. */
function naiveShortfalls(results: readonly Measurement[], naive: readonly Measurement[]): string[] {
  return naive
    .filter((n) => n.rows === 10_000)
    .flatMap((n) => {
      const ours = results.find((m) => m.fn === NAIVE.find((entry) => entry.fn === n.fn)?.peerOf && m.rows === n.rows);
      return ours && n.calls < 100 * ours.calls ? [`${n.label}: only ${(n.calls / ours.calls).toFixed(0)} times the add-on's calls at 10,000 rows`] : [];
    });
}

function report(results: readonly Measurement[], naive: readonly Measurement[]): string {
  const cpu = cpus();
  const lines: string[] = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/benchmarks.ts); do not edit by hand.',
    '',
    `- Run: ${new Date().toISOString()}`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}, Node ${process.version}`,
    `- Runs: the add-on's actions ${REPEATS} times each (median and min–max of emulator CPU time), the naive peer ${NAIVE_REPEATS} time; all in one process, each on a fresh copy of the tracker.`,
    '- Trackers: two case rows per case, an identity key of a fifth as many people as rows, five members; the sharing actions with 10 and with 500 case documents.',
    '- Projected Apps Script time: the emulator\'s cost model, with the per-call assumptions listed at the end.',
    '- Memory is how much the heap grew during the run (the largest of the repeats), after a full collection before it: what the run allocated and had not yet freed, a lower bound of its peak.',
    '',
    '## The add-on',
    '',
    `Call budgets on the demo tracker (bench/budgets.ts, asserted by test/integration/callBudgets.test.ts): ${CALL_BUDGETS.map((b) => `${b.label} ${b.budget}`).join(', ')}.`,
    '',
    row(['action', 'rows', 'case documents', 'service calls', 'projected Apps Script s', 'emulator CPU ms (median)', 'spread (min–max)', 'heap growth MB']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---', '---:']),
    ...results.map((m) =>
      row([
        m.error ? `${m.label} (error: ${m.error})` : m.label, format.int(m.rows), m.documents === null ? '' : m.documents, format.int(m.calls),
        format.seconds(m.projected), format.ms(median(m.cpuMs)), format.spread(m.cpuMs), m.heapGrowthMb.toFixed(0),
      ]),
    ),
    '',
    '## Against a naive script',
    '',
    'The naive peer (bench/naive/naivePeer.ts) reads and writes one cell per call, as hand-made tracker scripts do. It is run to the end even where Apps Script would stop it at 6 minutes, so its calls and projected time are whole.',
    '',
    row(['action', 'rows', 'add-on calls', 'naive calls', 'calls ratio', 'add-on projected s', 'naive projected s', 'projected ratio', 'add-on CPU ms', 'naive CPU ms']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...naive.map((n) => {
      const peer = NAIVE.find((entry) => entry.fn === n.fn)!;
      const ours = results.find((m) => m.fn === peer.peerOf && m.rows === n.rows)!;
      const projectedRatio = ours.projected && n.projected ? (n.projected / ours.projected).toFixed(0) : '—';
      return row([
        peer.label, format.int(n.rows), format.int(ours.calls), format.int(n.calls), `${format.int(Math.round(n.calls / ours.calls))}×`,
        format.seconds(ours.projected), `${format.seconds(n.projected)}${n.projected !== null && n.projected > EXECUTION_LIMIT_SECONDS ? ' (over the limit)' : ''}`,
        projectedRatio === '—' ? projectedRatio : `${projectedRatio}×`, format.ms(median(ours.cpuMs)), format.ms(median(n.cpuMs)),
      ]);
    }),
    '',
    '## Within Apps Script\'s 6-minute limit',
    '',
    ...withinLimit(results),
    '',
    '## Bundle',
    '',
    row(['file', 'bytes', 'budget']),
    row(['---', '---:', '---:']),
    ...bundleSizes().map((entry) => {
      const budget = (BUNDLE_BUDGETS as Record<string, number>)[entry.file] ?? BUNDLE_BUDGETS.defaultHtml;
      return row([entry.file, format.int(entry.bytes), format.int(budget)]);
    }),
    '',
    '## Per-call assumptions',
    '',
    ...projectionAssumptions(),
    '',
  ];
  return lines.join('\n');
}

function withinLimit(results: readonly Measurement[]): string[] {
  const largest = Math.max(...results.map((m) => m.rows));
  const atLargest = results.filter((m) => m.rows === largest && (m.documents === null || m.documents === MANY_DOCUMENTS));
  if (atLargest.every((m) => m.projected === null)) {
    return [`No projection yet (see above). At ${format.int(largest)} rows and ${MANY_DOCUMENTS} documents the largest call count is ${format.int(Math.max(...atLargest.map((m) => m.calls)))}.`];
  }
  return atLargest.map((m) => {
    const verdict = m.projected === null ? 'not projected' : m.projected <= EXECUTION_LIMIT_SECONDS ? 'within the limit' : 'OVER the limit';
    return `- ${m.label}: ${format.seconds(m.projected)} s projected, ${verdict}.`;
  });
}

main();
