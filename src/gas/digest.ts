import { hexOfSignedBytes } from '../core/auditChain';

/** SHA-256 of the text's UTF-8 bytes, as hex, from Utilities.computeDigest. */
export function sha256OfText(text: string): string {
  return hexOfSignedBytes(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8));
}
