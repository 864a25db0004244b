import { offboardingLeftoverSentences } from '../../src/core/offboardingLeftovers';

const CHAIR = 'chair@example.org';
const NOTHING = { owned: [], ownerOnly: [], unreachable: [] };

describe('offboardingLeftoverSentences', () => {
  it('says nothing when everything was done', () => {
    expect(offboardingLeftoverSentences({ email: 'fictional.member@example.org', chairEmail: CHAIR, ...NOTHING })).toEqual([]);
  });

  it('asks a member of the chair\'s organisation to transfer ownership', () => {
    const [sentence] = offboardingLeftoverSentences({ email: 'fictional.member@example.org', chairEmail: CHAIR, ...NOTHING, owned: ['home shelf'] });
    expect(sentence).toMatch(/^fictional\.member@example\.org owns home shelf, and only an owner can hand a file over: ask them to transfer ownership to you/);
  });

  it('asks a personal account for a copy, since Google cannot transfer out of it', () => {
    const [sentence] = offboardingLeftoverSentences({ email: 'fictional.person@gmail.com', chairEmail: CHAIR, ...NOTHING, owned: ['home shelf', 'quiet lamp'] });
    expect(sentence).toMatch(/^fictional\.person@gmail\.com owns home shelf, quiet lamp in a personal Google Account, .* make a copy/);
  });

  it('says an account of another organisation is outside yours', () => {
    const [sentence] = offboardingLeftoverSentences({ email: 'fictional.person@elsewhere.example', chairEmail: CHAIR, ...NOTHING, owned: ['home shelf'] });
    expect(sentence).toContain('in an account outside your organisation');
  });

  it('gives one sentence each for owned, owner-only and unreachable files, in that order', () => {
    const sentences = offboardingLeftoverSentences({
      email: 'fictional.member@example.org',
      chairEmail: CHAIR,
      owned: ['home shelf'],
      ownerOnly: ['quiet lamp'],
      unreachable: ['amber kettle'],
    });
    const starts = ['fictional.member@example.org owns home shelf', 'The owners of quiet lamp', 'The documents of amber kettle'];
    expect(sentences.map((sentence, index) => sentence.startsWith(starts[index]))).toEqual([true, true, true]);
  });
});
