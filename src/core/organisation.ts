/**
 * Whose accounts Drive treats as one organisation. Google transfers ownership only within an
 * organisation, and a domain can forbid sharing outside it; a personal Google Account (gmail.com)
 * belongs to no organisation at all.
 */
import { normaliseEmail } from './members';

/** Domains of personal Google Accounts, which belong to no organisation. */
export const PERSONAL_ACCOUNT_DOMAINS: readonly string[] = ['gmail.com', 'googlemail.com'];

/** The part after the last @, lower case; '' when there is none. */
export function emailDomain(email: string): string {
  const text = normaliseEmail(email);
  const at = text.lastIndexOf('@');
  return at < 0 ? '' : text.slice(at + 1);
}

/** True for an address of a personal Google Account. */
export function isPersonalAccount(email: string): boolean {
  return PERSONAL_ACCOUNT_DOMAINS.includes(emailDomain(email));
}

/** True when both addresses belong to the same organisation's Google Workspace domain. */
export function sameOrganisation(a: string, b: string): boolean {
  const domain = emailDomain(a);
  return domain !== '' && domain === emailDomain(b) && !isPersonalAccount(a);
}
