import { nextCaseBatch, unfinishedSentence } from '../../src/core/caseBatches';

const CASES = new Map(['quiet lantern', 'amber kettle', 'home shelf', 'blue river', 'calm field'].map((name) => [name, { name }]));

describe('nextCaseBatch', () => {
  it('takes the first cases by key and says where to continue', () => {
    const { batch, continueAfter, remaining } = nextCaseBatch(CASES, null, 2);
    expect([[...batch.keys()], continueAfter, remaining]).toEqual([['amber kettle', 'blue river'], 'blue river', 3]);
  });

  it('continues after the last case of the previous run, keeping the cases’ own order within a batch', () => {
    const { batch, continueAfter, remaining } = nextCaseBatch(CASES, 'blue river', 2);
    expect([[...batch.keys()], continueAfter, remaining]).toEqual([['home shelf', 'calm field'], 'home shelf', 1]);
  });

  it('ends with no cursor when the batch reaches the last case', () => {
    const { batch, continueAfter, remaining } = nextCaseBatch(CASES, 'home shelf', 2);
    expect([[...batch.keys()], continueAfter, remaining]).toEqual([['quiet lantern'], null, 0]);
  });

  it('skips a cursor whose case was removed, and gives nothing after the last key', () => {
    expect([...nextCaseBatch(CASES, 'bright meadow', 1).batch.keys()]).toEqual(['calm field']);
    expect(nextCaseBatch(CASES, 'zz', 1)).toEqual({ batch: new Map(), continueAfter: null, remaining: 0 });
  });

  it('keeps every case in one batch when there are few', () => {
    expect(nextCaseBatch(CASES, null).batch.size).toBe(5);
  });
});

describe('unfinishedSentence', () => {
  it('says how far the run got and how to go on', () => {
    expect(unfinishedSentence(100, 1, 'Onboard member')).toBe(
      'Done for 100 case documents in this run; 1 more remains, as Google stops a run after six minutes. Run Onboard member again to continue where this run stopped.',
    );
  });
});
