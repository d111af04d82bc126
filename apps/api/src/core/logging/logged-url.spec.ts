import { loggedQuery, loggedUrl } from './logged-url.js';

describe('loggedUrl', () => {
  it.each([
    ['/reset-password?token=abc123', '/reset-password?token=[redacted]'],
    ['/anything/at/all?code=1234&lang=fr', '/anything/at/all?code=[redacted]&lang=fr'],
    [
      '/x?api_key=k&client_secret=s&resetToken=t',
      '/x?api_key=[redacted]&client_secret=[redacted]&resetToken=[redacted]',
    ],
    [
      '/x?next=%2Finvitations%2Faccept%23token%3Decwi_abcDEF-12',
      '/x?next=%2Finvitations%2Faccept%23token%3D[redacted]',
    ],
    ['/invitations/accept/ecwi_abc', '/invitations/accept/[redacted]'],
    ['/graphql', '/graphql'],
    ['/organizations?page=2', '/organizations?page=2'],
  ])('%s is logged as %s', (url, logged) => {
    expect(loggedUrl(url)).toBe(logged);
  });

  it('redacts parsed query values by the same rule', () => {
    expect(loggedQuery({ token: 'a', page: '2', next: '/x#token=ecwr_abc' })).toEqual({
      token: '[redacted]',
      page: '2',
      next: '/x#token=[redacted]',
    });
  });
});
