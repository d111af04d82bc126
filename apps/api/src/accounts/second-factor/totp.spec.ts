import { Secret, TOTP } from 'otpauth';
import { isTotpCodeShaped, matchingStep, newTotpSecret, otpauthUri } from './totp.js';

// RFC 6238 appendix B: the SHA1 seed "12345678901234567890", 8-digit codes; we use the last 6.
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32;
const rfcCode = (seconds: number) =>
  new TOTP({ secret: Secret.fromBase32(RFC_SECRET), digits: 6 }).generate({ timestamp: seconds * 1000 });

describe('TOTP codes', () => {
  it('matches the RFC 6238 test vectors', () => {
    expect(rfcCode(59)).toBe('287082');
    expect(rfcCode(1111111109)).toBe('081804');
    expect(matchingStep(RFC_SECRET, '287082', 59_000)).toBe(1);
    expect(matchingStep(RFC_SECRET, '081804', 1_111_111_109_000)).toBe(37_037_036);
  });

  it('accepts the previous and the next step for clock drift, and nothing further', () => {
    const now = 1_111_111_109_000;
    const step = 37_037_036;
    const codeAt = (s: number) => rfcCode(s * 30);
    expect(matchingStep(RFC_SECRET, codeAt(step - 1), now)).toBe(step - 1);
    expect(matchingStep(RFC_SECRET, codeAt(step + 1), now)).toBe(step + 1);
    expect(matchingStep(RFC_SECRET, codeAt(step - 2), now)).toBeNull();
    expect(matchingStep(RFC_SECRET, codeAt(step + 2), now)).toBeNull();
  });

  it('ignores spaces but refuses anything that is not six digits', () => {
    expect(matchingStep(RFC_SECRET, '287 082', 59_000)).toBe(1);
    for (const code of ['28708', '2870820', 'abcdef', '', '287O82'])
      expect(matchingStep(RFC_SECRET, code, 59_000)).toBeNull();
    expect(isTotpCodeShaped(' 123 456 ')).toBe(true);
    expect(isTotpCodeShaped('abcde-12345')).toBe(false);
  });

  it('makes 160-bit base32 secrets and a URI authenticator apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(otpauthUri(secret, 'amina@example.org')).toBe(
      `otpauth://totp/Election%20Workspace:amina%40example.org?issuer=Election%20Workspace&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
  });
});
