import type { RunContext } from '../../run/runContext';
import { instrument } from '../../run/instrument';
import { domainOf, emailVisibleTo } from './policy';

/** Which proxies stand for which user, so they can be passed back in (addEditor(user)) without a counted call. */
const userEmails = new WeakMap<object, string>();

/**
 * A Drive user (https://developers.google.com/apps-script/reference/drive/user). `getEmail()`
 * returns '' when the address is hidden from the running user (see emailVisibleTo); the User still
 * stands for that person when passed back to a sharing method, as Google's does.
 */
export function createUser(run: RunContext, email: string) {
  const visible = emailVisibleTo(run.workspace, email, run.user);
  const at = email.indexOf('@');
  const user = {
    getEmail: (): string => (visible ? email : ''),
    /** Google shows the account's display name; the emulator has none, so the part before @ (null when hidden). */
    getName: (): string | null => (!visible ? null : at < 0 ? email : email.slice(0, at)),
    getDomain: (): string => domainOf(email),
  };
  const proxy = instrument(user, 'User', run);
  userEmails.set(proxy, email);
  return proxy;
}

export type EmulatedUser = ReturnType<typeof createUser>;

/** The email a User proxy made by {@link createUser} stands for, or undefined for anything else. */
export function emailOfUser(value: object): string | undefined {
  return userEmails.get(value);
}
