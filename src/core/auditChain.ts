/**
 * The audit log's chain of digests (spec section 9): each line carries the SHA-256 of the digest
 * before it and the line's own four cells, and the newest digest is kept in document properties,
 * so a line changed, removed or slipped in by hand breaks the chain where it happened.
 */
import { SheetCell, cellText } from './cells';
import { sha256Hex } from './sha256';

/** Where the newest digest is kept. */
export const AUDIT_DIGEST_KEY = 'djangoCoc.auditDigest';

/** What is digested for a line: the previous digest, then the line's cells, one per line. */
export function chainInput(previousDigest: string, cells: readonly string[]): string {
  return [previousDigest, ...cells].join('\n');
}

/** The digest as hex from Java's signed bytes (what Utilities.computeDigest returns). */
export function hexOfSignedBytes(bytes: readonly number[]): string {
  return bytes.map((byte) => (byte & 0xff).toString(16).padStart(2, '0')).join('');
}

/**
 * What breaks the chain, one sentence each, naming rows (never their contents). `body` is the log
 * without its header, each row's first four cells the line and the fifth its digest. Lines written
 * before the chain began (no digest, at the top) are left alone.
 */
export function auditChainProblems(body: readonly (readonly SheetCell[])[], newest: string | null): string[] {
  const problems: string[] = [];
  let previous = '';
  let beforeLast = '';
  let started = false;
  body.forEach((row, index) => {
    const sheetRow = index + 2;
    const digest = cellText(row[4]).trim().toLowerCase();
    if (digest === '') {
      if (started) problems.push(`Audit Log row ${sheetRow} has no digest: it was added or changed by hand.`);
      return;
    }
    started = true;
    const expected = sha256Hex(chainInput(previous, [0, 1, 2, 3].map((column) => cellText(row[column]))));
    if (digest !== expected) problems.push(`Audit Log row ${sheetRow} does not match its digest: it, or the line before it, was changed or removed by hand.`);
    beforeLast = previous;
    previous = digest;
  });
  if (started && newest !== previous) {
    // A line chained from the newest digest on record may be genuine (an action stopped between
    // writing it and recording it) or typed by someone who worked out its digest: it is said, not
    // believed, and a later line never chains on from it.
    problems.push(
      newest === beforeLast
        ? `Audit Log row ${body.length + 1} was written after the last line Django CoC recorded: it was added by hand, or an action stopped part-way while logging itself.`
        : 'The last line of the Audit Log is not the last one Django CoC wrote: lines at its end were removed or added by hand.',
    );
  }
  if (!started && newest !== null) problems.push('The Audit Log has lost every line Django CoC wrote since the chain began.');
  return problems;
}
