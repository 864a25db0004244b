/**
 * The demo opens as a group that keeps its own rules: Audit sharing, the first thing a careful
 * chair runs, finds nothing to fix on the status spreadsheet itself.
 */
import { buildDemoWorkspace } from '../../emulator/demo';
import { DEMO_MEMBERS } from '../../emulator/demo/demoData';
import { BUILD_DIR, ok, run } from './helpers';

describe('the demo status spreadsheet', () => {
  it('is edited by the active members only', () => {
    const workspace = buildDemoWorkspace(BUILD_DIR);
    const editors = workspace.files[workspace.activeSpreadsheetId].editors;
    const inactive = DEMO_MEMBERS.filter((member) => member.active !== 'Yes').map((member) => member.email);
    expect(inactive.length).toBeGreaterThan(0);
    for (const email of inactive) expect(editors).not.toContain(email);
  });

  it('gives Audit sharing nothing to report about the tracker itself', () => {
    const workspace = buildDemoWorkspace(BUILD_DIR);
    const { findings } = ok<{ findings: { caseCodeName?: string; problem: string }[] }>(run(workspace, 'auditSharing', { args: [false] }));
    expect(findings.filter((finding) => /status spreadsheet|tracker/i.test(finding.problem))).toEqual([]);
  });
});
