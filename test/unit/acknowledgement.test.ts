import { REPORTER_PLACEHOLDER, acknowledgementEmail } from '../../src/core/acknowledgement';
import { validateReportForm } from '../../src/core/reportForm';
import { defaultVocabularies } from '../../src/core/vocabularies';
import type { ReportKind } from '../../src/core/apiTypes';

const MEMBER_NAME = 'Fictional Member';
const REPORTED_NAME = 'Fictional Person One';
const KINDS: ReportKind[] = ['needs-decision', 'keep-on-file'];

const SIGNATURE = `Regards,\n${MEMBER_NAME}\nDSF Code of Conduct Working Group`;

describe('acknowledgementEmail', () => {
  it('gives the manual’s "we’ll discuss and get back to you" text for a report that needs a decision', () => {
    expect(acknowledgementEmail('needs-decision', MEMBER_NAME)).toContain(
      "We'll discuss and get back to you with the outcome, and will keep this report on file.",
    );
  });

  it('gives the manual’s "kept on file" text for a report already handled locally', () => {
    expect(acknowledgementEmail('keep-on-file', MEMBER_NAME)).toContain(
      "We're going to keep this report on file to look for patterns in the future across the community.",
    );
  });

  it('does not promise a decision when the report is only kept on file', () => {
    expect(acknowledgementEmail('keep-on-file', MEMBER_NAME)).not.toContain('get back to you');
  });

  it.each(KINDS)('signs the %s email with the member’s name', (kind) => {
    expect(acknowledgementEmail(kind, MEMBER_NAME).endsWith(SIGNATURE)).toBe(true);
  });

  it.each(KINDS)('greets the reporter with a placeholder in the %s email', (kind) => {
    expect(acknowledgementEmail(kind, MEMBER_NAME).startsWith(`Hi ${REPORTER_PLACEHOLDER},\n\n`)).toBe(true);
  });

  it('keeps the manual’s signature placeholder when the member’s name is blank', () => {
    expect(acknowledgementEmail('needs-decision', '  ')).toContain('Regards,\n[First Last name]\n');
  });

  it('takes no name but the member’s, so the reported person’s name cannot appear', () => {
    const form = validateReportForm(
      {
        dateOfReport: '2025-03-01',
        kind: 'needs-decision',
        people: [{ realName: REPORTED_NAME }],
        safetyRisk: 'No',
        ongoingHarassment: 'No',
        status: 'Ongoing',
        summary: `Fictional summary naming ${REPORTED_NAME}.`,
      },
      { vocabularies: defaultVocabularies(), today: '2025-03-10', canUseIdentityKey: true },
    );
    expect([acknowledgementEmail.length, acknowledgementEmail(form.kind, MEMBER_NAME).includes(REPORTED_NAME)]).toEqual([2, false]);
  });

  it('rejects an unknown kind', () => {
    expect(() => acknowledgementEmail('urgent' as ReportKind, MEMBER_NAME)).toThrow('unknown report kind');
  });
});
