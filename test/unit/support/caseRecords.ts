import type { CaseRecord } from '../../../src/core/caseRecord';

/** A `Cases` row of an ongoing case reported on 1 May 2025, naming nobody unless overridden. */
export function ongoingRecord(caseCodeName: string, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    rowIndex: 1,
    dateOfReport: '2025-05-01',
    caseCodeName,
    personCodeName: '',
    status: 'Ongoing',
    resolutionSource: '',
    resolutionDate: null,
    safetyRisk: 'No',
    ongoingHarassment: 'No',
    consequences: '',
    documents: '',
    raw: {},
    ...overrides,
  };
}
