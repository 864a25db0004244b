/**
 * Spec sections 1 and 10: a real name, alias or summary never appears anywhere but the identity
 * key (summaries: the case documents). A working group's realistic afternoon is played through the
 * built bundle, mistakes included, and then the whole emulated workspace outside the key, and
 * everything the runs returned, threw and showed, is searched for every name and summary used.
 */
import {
  CHAIR_EMAIL,
  KEY_HOLDER_EMAIL,
  MEMBER_EMAIL,
  OUTSIDER_EMAIL,
  addMember,
  cellOf,
  ok,
  run,
  setUpWorkspace,
  sheetValues,
} from './helpers';
import { findTexts } from './privacyScan';
import type { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';
import type { IdentityKeyResult, LogReportResult, ReportFormInput } from '../../src/core/apiTypes';

const ALPHA = 'Fictional Person Alpha';
const BETA = 'Fictional Person Beta';
const GAMMA = '=Fictional Person Gamma';
const ALPHA_ALIASES = ['fictional-alpha-handle', 'alpha.fictional@example.net'];
const NAMES = [ALPHA, BETA, GAMMA, 'Fictional Person Gamma', ...ALPHA_ALIASES];
const SUMMARIES = [
  'Fictional summary one: repeated unwanted messages after a fictional sprint.',
  'Fictional summary two: a hostile remark during a fictional conference talk.',
  'Fictional summary three: handled by the fictional local organisers on the day.',
];

function form(overrides: Partial<ReportFormInput>): ReportFormInput {
  return { dateOfReport: '2025-02-03', kind: 'needs-decision', people: [], safetyRisk: 'No', ongoingHarassment: 'No', status: 'Ongoing', summary: SUMMARIES[0], ...overrides };
}

interface Afternoon {
  workspace: WorkspaceState;
  keyId: string;
  responses: RunResponse[];
}

/** Everything a group does in an afternoon, mistakes included; every run's response is kept. */
function playAfternoon(): Afternoon {
  const workspace = setUpWorkspace();
  addMember(workspace, KEY_HOLDER_EMAIL, { identityKeyAccess: true });
  addMember(workspace, MEMBER_EMAIL, { identityKeyAccess: false });
  const responses: RunResponse[] = [];
  const step = (fn: string, options: Parameters<typeof run>[2] = {}): RunResponse => {
    const response = run(workspace, fn, options);
    responses.push(response);
    return response;
  };

  const { spreadsheetId: keyId } = ok<IdentityKeyResult>(step('createIdentityKey'));
  const first = ok<LogReportResult>(
    step('logReport', {
      args: [form({ people: [{ realName: ALPHA }], status: 'Resolved', resolutionSource: 'CoC WG', resolutionDate: '2025-02-10', consequences: 'Warning' })],
    }),
  );
  // A key holder records Alpha's other names in the key, as the manual has them do by hand.
  const key = sheetValues(workspace, 'Identity Key', keyId);
  const alphaRow = key.findIndex((row) => row[0] === ALPHA);
  key[alphaRow][key[0].indexOf('Aliases')] = ALPHA_ALIASES.join('; ');

  ok(step('logReport', { user: KEY_HOLDER_EMAIL, args: [form({ people: [{ realName: ALPHA_ALIASES[1].toUpperCase() }, { realName: BETA }], summary: SUMMARIES[1] })] }));
  ok(step('logReport', { args: [form({ kind: 'keep-on-file', people: [{ realName: ` ${GAMMA} ` }], summary: SUMMARIES[2] })] }));
  ok(step('logReport', { user: MEMBER_EMAIL, args: [form({ people: [{ personCodeName: first.personCodeNames[0] }], summary: SUMMARIES[0] })] }));
  ok(step('getLogReportOptions', { user: KEY_HOLDER_EMAIL }));
  ok(step('getLogReportOptions', { user: MEMBER_EMAIL }));
  step('showLogReportSidebar', { user: MEMBER_EMAIL });

  // Mistakes: a real name where it does not belong, in every way a form allows.
  step('logReport', { user: MEMBER_EMAIL, args: [form({ people: [{ realName: BETA }], summary: SUMMARIES[1] })] });
  step('logReport', { user: KEY_HOLDER_EMAIL, args: [form({ people: [{ personCodeName: ALPHA }], summary: SUMMARIES[1] })] });
  step('logReport', { user: MEMBER_EMAIL, args: [form({ people: [{ personCodeName: ALPHA_ALIASES[0] }], summary: SUMMARIES[1] })] });
  step('logReport', { args: [{ ...form({ summary: SUMMARIES[2] }), dateOfReport: ALPHA, safetyRisk: BETA, people: [{ realName: GAMMA, personCodeName: ALPHA }] }] });
  step('logReport', { args: [form({ people: [{ realName: ALPHA }, { realName: ALPHA.toLowerCase() }], summary: SUMMARIES[0] })] });
  step('logReport', { user: OUTSIDER_EMAIL, args: [form({ people: [{ realName: ALPHA }] })] });
  step('linkIdentityKey', { args: [ALPHA] });
  step('linkIdentityKey', { args: [`https://docs.google.com/spreadsheets/d/${BETA}/edit`] });
  step('refreshIdentityKey', { user: MEMBER_EMAIL });
  step('createIdentityKey');

  // Someone types a name straight into the status spreadsheet; validation must name the cell only.
  const cases = sheetValues(workspace, 'Cases');
  const typedRow = cases.length;
  cases.push(cases[1].map((cell, index) => (index === cases[0].indexOf('Person Code Name') ? `${BETA}` : cell)));
  step('validateRecords');
  cases.splice(typedRow, 1);

  ok(step('refreshIdentityKey', { user: KEY_HOLDER_EMAIL }));
  step('refreshIdentityKeyFromMenu');
  ok(step('validateRecords'));
  ok(step('exportStatistics', { args: [{ grouping: 'year', dateBasis: 'report' }] }));
  step('openCaseDocument', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Case Code Name', 2) } });
  step('generateCodeName', { selection: { sheet: 'Cases', a1: cellOf(workspace, 'Cases', 'Person Code Name', 2) }, answers: ['NO'] });
  step('auditSharing', { args: [false] });
  // The first report (a Warning resolved in February 2025) is due by now; listing and expunging
  // it must name only code names, in the dialog's list, the audit line and the journal.
  ok(step('reviewRetention', { args: [false] }));
  ok(step('reviewRetention', { args: [true] }));
  return { workspace, keyId, responses };
}

describe('privacy across a realistic sequence of actions', () => {
  let afternoon: Afternoon;

  beforeAll(() => {
    afternoon = playAfternoon();
  });

  it('keeps the names it searches for in the identity key, so the search can find them', () => {
    const { workspace, responses } = afternoon;
    for (const name of NAMES) expect(findTexts([name], workspace, [], responses).length).toBeGreaterThan(0);
  });

  it('puts no real name or alias anywhere outside the identity key, nor in anything a run returned, threw or showed', () => {
    const { workspace, keyId, responses } = afternoon;
    expect(findTexts(NAMES, workspace, [keyId], responses)).toEqual([]);
  });

  it('puts no summary anywhere but the body of a case document', () => {
    const { workspace, responses } = afternoon;
    expect(findTexts(SUMMARIES, workspace, [], responses, { includeDocumentBodies: false })).toEqual([]);
  });

  it('expunged the first report in the retention review, so the scans above cover it', () => {
    const last = afternoon.responses[afternoon.responses.length - 1];
    const result = ok<{ expunged: boolean; expungedCases: string[] }>(last);
    expect([result.expunged, result.expungedCases.length]).toEqual([true, 1]);
  });

  it('refused every mistake with an error', () => {
    const errors = afternoon.responses.filter((response) => 'error' in response).length;
    expect(errors).toBeGreaterThanOrEqual(10);
  });

  it('logs every report only as its case code name in the audit log', () => {
    const audit = sheetValues(afternoon.workspace, 'Audit Log').slice(1);
    const logged = audit.filter((row) => row[2] === 'Logged report');
    expect(logged).toHaveLength(4);
    for (const row of logged) expect(String(row[3])).toMatch(/^[a-z]+[ -][a-z]+$/);
    expect(audit.every((row) => row[1] === CHAIR_EMAIL || row[1] === KEY_HOLDER_EMAIL || row[1] === MEMBER_EMAIL)).toBe(true);
  });
});
