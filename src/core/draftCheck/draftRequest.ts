/**
 * What `checkDraft` accepts (spec section 16). The refusals never quote the draft.
 */
import { UserError } from '../errors';

/** A draft longer than this is refused: a message, not a case file. */
export const MAX_DRAFT_LENGTH = 100_000;

/** @throws UserError 'invalid-draft' saying what to correct. */
export function readDraftText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new UserError('invalid-draft', 'Paste the draft to check first.');
  }
  if (text.length > MAX_DRAFT_LENGTH) {
    throw new UserError('invalid-draft', 'The draft is longer than 100,000 characters. Check it in parts.');
  }
  return text;
}
