/**
 * The acknowledgement emails from the Django Code of Conduct Working Group manual
 * (https://github.com/django/code-of-conduct/blob/main/working-group-manual.md, "Initial
 * Response"; CC BY), quoted as written. The manual's signature placeholder is filled with the
 * member's name. The greeting stays a placeholder on purpose: the reporter's name is never an
 * input here, so it cannot leak into anything the add-on returns, logs or stores.
 */
import type { ReportKind } from './apiTypes';

/** Left for the member to fill in, in their own email client. */
export const REPORTER_PLACEHOLDER = "[reporter's name]";
/** The manual's own placeholder, kept when no member name is known. */
const SIGNATURE_PLACEHOLDER = '[First Last name]';

const GREETING = `Hi ${REPORTER_PLACEHOLDER},`;
const THANKS =
  'Thank you so much for reporting this issue to the Django Code of Conduct Working Group. ' +
  'I appreciate you taking the time to get in touch - reports like this help us to make Django a better community.';

const BODIES: Record<ReportKind, readonly string[]> = {
  'needs-decision': [
    THANKS,
    "We'll discuss and get back to you with the outcome, and will keep this report on file. " +
      'Meanwhile, if there is anything else we can do to help or support you, please do let us know.',
  ],
  'keep-on-file': [
    `${THANKS} The action you've taken so far seems appropriate, and I'd like to thank you for handling the issue with care.`,
    "We're going to keep this report on file to look for patterns in the future across the community. " +
      'If there is anything else we can do to help or support you, please do let us know.',
    'Thank you again!',
  ],
};

/**
 * The email to send the reporter: the "we'll discuss and get back to you" text for a report that
 * needs a decision, the "kept on file" text for one already handled locally, signed by the member.
 *
 * @example acknowledgementEmail('keep-on-file', 'Fictional Member') // 'Hi [reporter's name],\n\n...'
 */
export function acknowledgementEmail(kind: ReportKind, memberName: string): string {
  const body = BODIES[kind];
  if (body === undefined) throw new Error('acknowledgementEmail: unknown report kind');
  const signature = memberName.trim().replace(/\s+/g, ' ') || SIGNATURE_PLACEHOLDER;
  const closing = ['Regards,', signature, 'DSF Code of Conduct Working Group'].join('\n');
  return [GREETING, ...body, closing].join('\n\n');
}
