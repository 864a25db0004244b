import { emailDomain, isPersonalAccount, sameOrganisation } from '../../src/core/organisation';

describe('emailDomain', () => {
  it('is the lower-case part after the @', () => {
    expect(emailDomain(' Fictional.Member@Example.ORG ')).toBe('example.org');
  });

  it('is blank for text without an @', () => {
    expect(emailDomain('fictional')).toBe('');
  });
});

describe('isPersonalAccount', () => {
  it.each(['fictional.person@gmail.com', 'fictional.person@GoogleMail.com'])('says %s is a personal Google Account', (email) => {
    expect(isPersonalAccount(email)).toBe(true);
  });

  it('says an organisation address is not', () => {
    expect(isPersonalAccount('chair@example.org')).toBe(false);
  });
});

describe('sameOrganisation', () => {
  it('holds for two addresses of one domain', () => {
    expect(sameOrganisation('chair@example.org', 'Fictional.Member@example.org')).toBe(true);
  });

  it('does not hold across domains', () => {
    expect(sameOrganisation('chair@example.org', 'fictional.person@elsewhere.example')).toBe(false);
  });

  it('does not hold between two personal accounts, which share no organisation', () => {
    expect(sameOrganisation('fictional.one@gmail.com', 'fictional.two@gmail.com')).toBe(false);
  });
});
