import { createHash } from 'node:crypto';
import { auditChainProblems, chainInput } from '../../src/core/auditChain';
import { sha256Hex } from '../../src/core/sha256';

const LINES = [
  ['2025-01-02T10:00:00.000Z', 'fictional.chair@example.org', 'Set up or repair', ''],
  ['2025-01-03T10:00:00.000Z', 'fictional.chair@example.org', 'Declared conflict', 'home shelf'],
  ['2025-01-04T10:00:00.000Z', 'fictional.member@example.org', 'Logged report', 'quiet lantern'],
];

/** The rows as the add-on writes them: each line with its chained digest. */
function chained(lines: string[][]): { rows: string[][]; newest: string } {
  let previous = '';
  const rows = lines.map((line) => {
    previous = sha256Hex(chainInput(previous, line));
    return [...line, previous];
  });
  return { rows, newest: previous };
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors, and UTF-8 beyond ASCII', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    const text = `é€😀 ${'x'.repeat(200)}`;
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('auditChainProblems', () => {
  it('finds nothing wrong with the chain as written', () => {
    const { rows, newest } = chained(LINES);
    expect(auditChainProblems(rows, newest)).toEqual([]);
  });

  it('names the row a hand edit changed, never its contents', () => {
    const { rows, newest } = chained(LINES);
    rows[1][3] = 'amber kettle';
    expect(auditChainProblems(rows, newest)).toEqual(['Audit Log row 3 does not match its digest: it, or the line before it, was changed or removed by hand.']);
  });

  it('notices a line removed from the middle, and one removed from the end', () => {
    const { rows, newest } = chained(LINES);
    expect(auditChainProblems([rows[0], rows[2]], newest)).toEqual([expect.stringMatching(/^Audit Log row 3 does not match/)]);
    expect(auditChainProblems(rows.slice(0, 2), newest)).toEqual([expect.stringMatching(/^The last line of the Audit Log is not the last one/)]);
  });

  it('notices a line added by hand, with or without a digest', () => {
    const { rows, newest } = chained(LINES);
    expect(auditChainProblems([...rows, ['2025-01-05T10:00:00.000Z', 'x@example.org', 'Logged report', '']], newest)).toEqual([
      'Audit Log row 5 has no digest: it was added or changed by hand.',
    ]);
    const forged = sha256Hex(chainInput(newest, LINES[0]));
    expect(auditChainProblems([...rows, [...LINES[0], forged]], newest)).toEqual([expect.stringMatching(/^Audit Log row 5 was written after the last line Django CoC recorded/)]);
  });

  it('leaves alone the lines written before the chain began', () => {
    const { rows, newest } = chained(LINES.slice(1));
    expect(auditChainProblems([LINES[0], ...rows], newest)).toEqual([]);
  });
});

describe('a line written after the newest digest on record', () => {
  it('is named, as added by hand or by an action stopped part-way, never believed', () => {
    const { rows } = chained(LINES);
    expect(auditChainProblems(rows, rows[1][4])).toEqual([
      'Audit Log row 4 was written after the last line Django CoC recorded: it was added by hand, or an action stopped part-way while logging itself.',
    ]);
  });
});
