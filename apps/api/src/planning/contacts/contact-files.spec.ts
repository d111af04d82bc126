import { parse } from 'vcard4';
import { ChannelKind, EscalationTier } from '@ecw/domain';
import { ContactPointEntity } from './contact-point.entity.js';
import { fromCsv, neutraliseFormula, toCsv } from './contact-csv.js';
import { toVCard } from './contact-vcard.js';

const contact = Object.assign(new ContactPointEntity(), {
  id: '6f9f8c8e-2d7a-4c1e-9a55-0d1f2e3a4b5c',
  relationshipId: 'r',
  organizationId: 'o',
  name: 'Odhiambo, Amina; desk',
  title: '=HYPERLINK("http://evil.example","click")',
  channels: [
    { kind: ChannelKind.PHONE, value: '+254712345678', preferred: true },
    { kind: ChannelKind.EMAIL, value: 'amina@example.org', preferred: false },
    { kind: ChannelKind.TELEGRAM, value: '@ke_desk', preferred: false },
  ],
  languages: ['en', 'sw'],
  timeZone: 'Africa/Nairobi',
  availability: '@all hours',
  escalationTier: EscalationTier.CRITICAL,
  validFrom: '2026-01-01',
  validUntil: null,
});

describe('contact files', () => {
  it('CSV cells that a spreadsheet would run as formulas are neutralised', () => {
    for (const cell of ['=1+1', '+254', '-2', '@SUM(A1)', '\tx'])
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    expect(neutraliseFormula('Duty officer')).toBe('Duty officer');
    const csv = toCsv([contact]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain("'+254712345678");
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });

  it('CSV round-trips through import: the same fields come back', () => {
    const [row] = fromCsv(toCsv([contact]), 10);
    expect(row).toEqual({
      name: contact.name,
      title: contact.title,
      escalationTier: 'CRITICAL',
      channels: [
        { kind: ChannelKind.EMAIL, value: 'amina@example.org', preferred: false },
        { kind: ChannelKind.PHONE, value: '+254712345678', preferred: true },
        { kind: ChannelKind.TELEGRAM, value: '@ke_desk', preferred: false },
      ],
      languages: ['en', 'sw'],
      timeZone: 'Africa/Nairobi',
      availability: '@all hours',
      validFrom: '2026-01-01',
      validUntil: null,
    });
  });

  it('vCard 4.0 round-trips: the parser reads back name, title, channels, languages and zone', () => {
    const card = toVCard(contact);
    expect(card).toMatch(/^BEGIN:VCARD\r?\nVERSION:4\.0/);
    const parsed = parse(card);
    const properties = (Array.isArray(parsed) ? parsed[0] : parsed)?.parsedVcard ?? [];
    const values = (name: string) => properties.filter((p) => p.property === name).map((p) => p.value);
    expect(values('FN')).toEqual([contact.name]);
    expect(values('TITLE')).toEqual([contact.title]);
    expect(values('TEL')).toEqual(['tel:+254712345678']);
    expect(properties.find((p) => p.property === 'TEL')?.parameters).toMatchObject({ PREF: '1' });
    expect(values('EMAIL')).toEqual(['amina@example.org']);
    expect(values('IMPP')).toEqual(['https://t.me/ke_desk']);
    expect(values('LANG')).toEqual(['en', 'sw']);
    expect(values('TZ')).toEqual(['Africa/Nairobi']);
    expect(values('UID')).toEqual([`urn:uuid:${contact.id}`]);
  });
});
