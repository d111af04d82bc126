import { ChannelKind, EscalationTier } from '@ecw/domain';
import { describeChanges, describeCreation } from './contact-change.js';

const BASE = {
  name: 'Amina Odhiambo',
  title: 'Duty officer',
  channels: [{ kind: ChannelKind.PHONE, value: '+254201234567', preferred: true }],
  languages: ['en', 'sw'],
  timeZone: 'Africa/Nairobi',
  availability: null,
  escalationTier: EscalationTier.CRITICAL,
  validFrom: null,
  validUntil: null,
};

describe('contact revision summaries', () => {
  it('describes a creation by contract field names, leaving out empty fields', () => {
    expect(describeCreation(BASE)).toBe(
      'created: name: Amina Odhiambo; title: Duty officer; channels: PHONE +254201234567 (preferred); languages: en, sw; timeZone: Africa/Nairobi; escalationTier: CRITICAL',
    );
  });

  it('names each changed field with its old and new value', () => {
    const after = {
      ...BASE,
      title: 'Head of ICT security',
      channels: [...BASE.channels, { kind: ChannelKind.EMAIL, value: 'ict@example.org', preferred: false }],
      validUntil: '2026-12-31',
    };
    expect(describeChanges(BASE, after)).toBe(
      'title: Duty officer → Head of ICT security; channels: PHONE +254201234567 (preferred) → PHONE +254201234567 (preferred), EMAIL ict@example.org; validUntil: — → 2026-12-31',
    );
  });

  it('says nothing when nothing changed', () => {
    expect(describeChanges(BASE, { ...BASE })).toBe('');
  });
});
