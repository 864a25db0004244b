/**
 * The identity key (spec section 3). Each entry point that changes records checks access inside
 * the document lock, so the members it shares the key with are the ones on record when it writes.
 */
import { runEntryPoint, runMenuHandler } from './run';
import { Access, requireAccess } from '../actions/access';
import {
  IDENTITY_KEY_FILE_NAME,
  createIdentityKey as createKey,
  linkIdentityKey as linkKey,
  refreshIdentityKey as refreshKey,
} from '../actions/identityKey';
import { ActionContext } from '../gas/context';
import { withDocumentLock } from '../gas/lock';
import { alert, prompt } from '../gas/ui';
import { checkAccess } from '../core/members';
import type { IdentityKeyResult, RefreshIdentityKeyResult } from '../core/apiTypes';

const CREATE = 'create the identity key';
const LINK = 'link the identity key';
const REFRESH = 'refresh the identity key';

/** Creating or linking the key is the chair's, and needs Identity Key Access like all key work. */
function requireChairWithKeyAccess(context: ActionContext, action: string): Access {
  const access = requireAccess(context, 'chair', action);
  checkAccess(context.userEmail, access.members, 'identity-key', action);
  return access;
}

/** Spec section 3: a new private identity key, shared with the members who have Identity Key Access. */
export function createIdentityKey(): IdentityKeyResult {
  return runEntryPoint((context) => withDocumentLock(() => createKey(context, requireChairWithKeyAccess(context, CREATE).members)));
}

export function createIdentityKeyFromMenu(): void {
  runMenuHandler((context) => {
    const { url, notShared } = withDocumentLock(() => createKey(context, requireChairWithKeyAccess(context, CREATE).members));
    alert(
      [
        `Created the identity key "${IDENTITY_KEY_FILE_NAME}" in your Google Drive. It is private: only members with Identity Key Access can open it.`,
        ...(notShared ?? []),
        url,
      ].join('\n\n'),
    );
  });
}

/** Spec section 3: links an existing identity key by its id or its Google Sheets link. */
export function linkIdentityKey(idOrUrl: string): IdentityKeyResult {
  return runEntryPoint((context) =>
    withDocumentLock(() => {
      return linkKey(context, idOrUrl, requireChairWithKeyAccess(context, LINK).members);
    }),
  );
}

export function linkIdentityKeyFromMenu(): void {
  runMenuHandler((context) => {
    requireChairWithKeyAccess(context, LINK);
    const answer = prompt("Paste the identity key's Google Sheets link or spreadsheet id:", 'Link existing identity key');
    if (answer === null) return;
    withDocumentLock(() => linkKey(context, answer, requireChairWithKeyAccess(context, LINK).members));
    alert('The identity key is linked. Members with Identity Key Access can now use it.');
  });
}

/** Spec section 3: recomputes Report Count and Highest Consequence from Cases. */
export function refreshIdentityKey(): RefreshIdentityKeyResult {
  return runEntryPoint((context) =>
    withDocumentLock(() => {
      requireAccess(context, 'identity-key', REFRESH);
      return refreshKey(context);
    }),
  );
}

export function refreshIdentityKeyFromMenu(): void {
  runMenuHandler((context) => {
    const { people, unknownConsequences } = withDocumentLock(() => {
      requireAccess(context, 'identity-key', REFRESH);
      return refreshKey(context);
    });
    const unknown =
      unknownConsequences.length === 0
        ? ''
        : `\n\n${unknownConsequences.length} Consequences value${unknownConsequences.length === 1 ? ' is' : 's are'} not in the Settings list, so ${unknownConsequences.length === 1 ? 'it was' : 'they were'} not ranked. Run Django CoC › Validate records to find the cells.`;
    alert(`Refreshed the identity key: Report Count and Highest Consequence are up to date for ${people} ${people === 1 ? 'person' : 'people'}.${unknown}`);
  });
}
