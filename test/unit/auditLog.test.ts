import { AUDIT_ACTIONS, AuditAction, auditLogHeaderRow, auditLogRow } from '../../src/core/auditLog';

const TIMESTAMP = '2025-03-10T14:05:00.000Z';
const MEMBER = 'fictional.member@example.org';
const REAL_NAME = 'Fictional Person One';

describe('auditLogRow', () => {
  it('gives timestamp, member, action and case code names in the header’s order', () => {
    expect(auditLogRow(TIMESTAMP, MEMBER, 'Logged report', ['home shelf'])).toEqual([TIMESTAMP, MEMBER, 'Logged report', 'home shelf']);
  });

  it('joins several case code names, each once', () => {
    expect(auditLogRow(TIMESTAMP, MEMBER, 'Fixed sharing', ['home shelf', 'quiet-lamp', ' home shelf '])[3]).toBe('home shelf, quiet-lamp');
  });

  it('leaves the case column blank for an action on no case', () => {
    expect(auditLogRow(TIMESTAMP, MEMBER, 'Set up or repair', [])[3]).toBe('');
  });

  it('lower-cases the member email', () => {
    expect(auditLogRow(TIMESTAMP, ' Fictional.Member@Example.org ', 'Onboarded member', [])[1]).toBe(MEMBER);
  });

  it('refuses a timestamp that is not ISO', () => {
    expect(() => auditLogRow('10/03/2025 14:05', MEMBER, 'Logged report', [])).toThrow('not an ISO date and time');
  });

  it('refuses a member email that is not an email, without repeating it', () => {
    expect(() => auditLogRow(TIMESTAMP, REAL_NAME, 'Logged report', [])).toThrow(/^auditLogRow: the member email is not an email address$/);
  });

  it('refuses an action outside the fixed list', () => {
    expect(() => auditLogRow(TIMESTAMP, MEMBER, `Logged report about ${REAL_NAME}` as AuditAction, [])).toThrow(/^auditLogRow: the action is not one of AUDIT_ACTIONS$/);
  });

  it('never copies a real name typed into a Case Code Name cell, even one of two words', () => {
    const row = auditLogRow(TIMESTAMP, MEMBER, 'Fixed sharing', ['home shelf', 'Fictional Person', `about ${REAL_NAME}`]);
    expect([row[3], JSON.stringify(row).includes('Fictional')]).toEqual(['home shelf', false]);
  });

  it('collapses stray spaces in a case code name', () => {
    expect(auditLogRow(TIMESTAMP, MEMBER, 'Logged report', [' home  shelf '])[3]).toBe('home shelf');
  });
});

describe('AUDIT_ACTIONS', () => {
  it('holds each action once', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});

describe('auditLogHeaderRow', () => {
  it('lists the schema columns in order', () => {
    expect(auditLogHeaderRow()).toEqual(['Timestamp', 'Member Email', 'Action', 'Case Code Names', 'Digest']);
  });
});
