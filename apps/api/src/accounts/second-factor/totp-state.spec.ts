import { TotpStateSeal } from './totp-state.js';

const KEY = 'a session secret of at least thirty-two characters';
const USER = '6f1c1c43-5f3b-4d6e-9d2b-2c0c7d1f0a11';
const OTHER_USER = '0b8e7c9e-2f4d-4b1a-8c3e-5d6f7a8b9c0d';

describe('sealed TOTP state', () => {
  const seal = new TotpStateSeal(KEY);

  it('opens what it sealed for the same account, and reveals nothing in the sealed text', () => {
    const sealed = seal.seal(USER, { secret: 'JBSWY3DPEHPK3PXP', lastStep: 42 });
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(seal.open(USER, sealed)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', lastStep: 42 });
    expect(seal.seal(USER, { secret: 'JBSWY3DPEHPK3PXP', lastStep: 42 })).not.toBe(sealed);
  });

  it('does not open for another account, under another key, or when altered', () => {
    const sealed = seal.seal(USER, { secret: 'JBSWY3DPEHPK3PXP', lastStep: null });
    expect(seal.open(OTHER_USER, sealed)).toBeNull();
    expect(new TotpStateSeal(`${KEY} but different`).open(USER, sealed)).toBeNull();
    const [format, iv, body = '', tag] = sealed.split('.');
    const flipped = `${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`;
    expect(seal.open(USER, [format, iv, flipped, tag].join('.'))).toBeNull();
    expect(seal.open(USER, 'JBSWY3DPEHPK3PXP')).toBeNull();
  });
});
