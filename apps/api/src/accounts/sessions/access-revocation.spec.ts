import { toAccessRevoked } from './access-revocation.js';

describe('access revocation events read off the bus', () => {
  it('keep one session, one token, or all of an account’s credentials', () => {
    expect(toAccessRevoked({ userId: 'u', sessionId: 's' })).toEqual({ userId: 'u', sessionId: 's' });
    expect(toAccessRevoked({ userId: 'u', apiTokenId: 't' })).toEqual({ userId: 'u', apiTokenId: 't' });
    expect(toAccessRevoked({ userId: 'u', allCredentials: true })).toEqual({
      userId: 'u',
      allCredentials: true,
    });
  });

  it('drop anything else, rather than closing every socket of the account by mistake', () => {
    for (const value of [
      null,
      'u',
      {},
      { userId: 'u' },
      { userId: 7, sessionId: 's' },
      { userId: 'u', allCredentials: 'yes' },
    ]) {
      expect(toAccessRevoked(value)).toBeNull();
    }
  });
});
