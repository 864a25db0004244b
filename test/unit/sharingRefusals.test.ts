import { describeFiles, outsideOrganisationSentences } from '../../src/core/sharingRefusals';

describe('describeFiles', () => {
  it('names a few files in full', () => {
    expect(describeFiles(['home shelf', 'quiet lamp', 'Identity key'])).toBe('home shelf, quiet lamp and Identity key');
  });

  it('names one file alone', () => {
    expect(describeFiles(['home shelf'])).toBe('home shelf');
  });

  it('counts many files and names the first three', () => {
    const labels = Array.from({ length: 250 }, (_, index) => `quiet lamp ${index}`);
    expect(describeFiles(labels)).toBe('250 files, quiet lamp 0, quiet lamp 1 and quiet lamp 2 among them');
  });
});

describe('outsideOrganisationSentences', () => {
  it('says nothing when every file was shared', () => {
    expect(outsideOrganisationSentences('fictional.person@gmail.com', [])).toEqual([]);
  });

  it('gives one sentence for all the files, naming the person and what to do', () => {
    expect(outsideOrganisationSentences('fictional.person@gmail.com', ['home shelf', 'quiet lamp'])).toEqual([
      'Your organisation does not allow sharing with people outside it, so home shelf and quiet lamp could not be shared with fictional.person@gmail.com. Ask your Google Workspace administrator to allow it, or use an address in your organisation.',
    ]);
  });
});
