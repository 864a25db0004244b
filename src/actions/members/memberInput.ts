/**
 * What the chair or a member typed when onboarding, declaring a conflict or offboarding: a member's
 * email and case code names, checked against `Cases`. The errors never repeat what was typed.
 */
import { caseCodeNameKey, looksLikeCaseCodeName } from '../../core/codeNames';
import { UserError } from '../../core/errors';
import { isEmailAddress, normaliseEmail } from '../../core/members';
import { CaseEntry } from '../caseDocuments/findCaseDocuments';

/** The member's email, trimmed and lower-cased. Never repeats what was typed in the error. */
export function parseMemberEmail(raw: unknown): string {
  const email = typeof raw === 'string' ? normaliseEmail(raw) : '';
  if (!isEmailAddress(email)) throw new UserError('invalid-email', 'Enter the member’s email address, such as name@example.org.');
  return email;
}

/** The case as `Cases` spells it. Never repeats the text in the error: it may not be a code name. */
export function knownCase(cases: ReadonlyMap<string, CaseEntry>, text: unknown, message: string): string {
  const entry = typeof text === 'string' ? cases.get(caseCodeNameKey(text)) : undefined;
  // A "case" whose cell is not shaped like a code name (a real name typed there) is never copied.
  if (!entry || !looksLikeCaseCodeName(entry.caseCodeName)) throw new UserError('unknown-case', message);
  return entry.caseCodeName;
}
