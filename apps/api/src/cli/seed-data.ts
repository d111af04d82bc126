import { MembershipRole, OrganizationKind } from '@ecw/domain';

/** Demo accounts only: never use this password anywhere real. */
export const DEMO_PASSWORD = 'demo workspace passphrase';

export interface DemoPerson {
  key: string;
  email: string;
  displayName: string;
  locale: 'en' | 'fr' | 'es' | 'ar';
  description: string;
}

export interface DemoOrganization {
  name: string;
  kind: OrganizationKind;
  countryCodes: string[];
  website: string | null;
  owner: string;
  verified: boolean;
  members: Partial<Record<string, MembershipRole>>;
}

/** Fictional people and organisations in two countries (Kenya and Colombia). */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'ada',
    email: 'ada.admin@demo.example.org',
    displayName: 'Ada Okafor',
    locale: 'en',
    description: 'platform admin; owner of the tech company',
  },
  {
    key: 'wanjiru',
    email: 'wanjiru@demo.example.org',
    displayName: 'Wanjiru Kamau',
    locale: 'en',
    description: 'owner of the Kenyan election authority',
  },
  {
    key: 'otieno',
    email: 'otieno@demo.example.org',
    displayName: 'Otieno Ouma',
    locale: 'en',
    description: 'admin at the Kenyan election authority',
  },
  {
    key: 'amina',
    email: 'amina@demo.example.org',
    displayName: 'Amina Hassan',
    locale: 'ar',
    description: 'owner of the Kenyan civil-society group (Arabic UI)',
  },
  {
    key: 'lucia',
    email: 'lucia@demo.example.org',
    displayName: 'Lucía Restrepo',
    locale: 'es',
    description: 'owner of the Colombian election authority (Spanish UI)',
  },
  {
    key: 'mateo',
    email: 'mateo@demo.example.org',
    displayName: 'Mateo Gómez',
    locale: 'es',
    description: 'owner of the Colombian civil-society group',
  },
  {
    key: 'claire',
    email: 'claire@demo.example.org',
    displayName: 'Claire Dubois',
    locale: 'fr',
    description: 'owner of the international organisation (French UI)',
  },
  {
    key: 'sam',
    email: 'sam@demo.example.org',
    displayName: 'Sam Lee',
    locale: 'en',
    description: 'member at the tech company; viewer at the Kenyan authority',
  },
  {
    key: 'priya',
    email: 'priya@demo.example.org',
    displayName: 'Priya Nair',
    locale: 'en',
    description: 'owner of the academic lab and the (unverified) fact-checkers',
  },
];

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: 'Northwind Social (demo)',
    kind: OrganizationKind.TECH_COMPANY,
    countryCodes: ['KE', 'CO'],
    website: 'https://northwind.example.com',
    owner: 'ada',
    verified: true,
    members: { sam: MembershipRole.MEMBER, otieno: MembershipRole.VIEWER },
  },
  {
    name: 'Electoral Commission of Kenya (demo)',
    kind: OrganizationKind.ELECTION_AUTHORITY,
    countryCodes: ['KE'],
    website: 'https://commission.example.ke',
    owner: 'wanjiru',
    verified: true,
    members: { otieno: MembershipRole.ADMIN, sam: MembershipRole.VIEWER },
  },
  {
    name: 'Uchaguzi Watch Kenya (demo)',
    kind: OrganizationKind.CIVIL_SOCIETY,
    countryCodes: ['KE'],
    website: null,
    owner: 'amina',
    verified: true,
    members: { wanjiru: MembershipRole.VIEWER },
  },
  {
    name: 'Registro Electoral de Colombia (demo)',
    kind: OrganizationKind.ELECTION_AUTHORITY,
    countryCodes: ['CO'],
    website: 'https://registro.example.co',
    owner: 'lucia',
    verified: true,
    members: { mateo: MembershipRole.VIEWER },
  },
  {
    name: 'Observatorio Cívico Colombia (demo)',
    kind: OrganizationKind.CIVIL_SOCIETY,
    countryCodes: ['CO'],
    website: 'https://observatorio.example.org',
    owner: 'mateo',
    verified: true,
    members: { claire: MembershipRole.MEMBER },
  },
  {
    name: 'Electoral Support Network (demo)',
    kind: OrganizationKind.INTERNATIONAL_ORGANIZATION,
    countryCodes: ['KE', 'CO'],
    website: 'https://esn.example.org',
    owner: 'claire',
    verified: true,
    members: { lucia: MembershipRole.MEMBER },
  },
  {
    name: 'Democracy Data Lab (demo)',
    kind: OrganizationKind.ACADEMIC,
    countryCodes: ['KE', 'CO'],
    website: null,
    owner: 'priya',
    verified: true,
    members: { amina: MembershipRole.MEMBER },
  },
  {
    name: 'Fact-check Collective (demo)',
    kind: OrganizationKind.OTHER,
    countryCodes: ['CO'],
    website: null,
    owner: 'priya',
    verified: false,
    members: { mateo: MembershipRole.MEMBER },
  },
];

export interface DemoElection {
  name: string;
  countryCode: string;
  type: 'GENERAL' | 'PRESIDENTIAL' | 'LOCAL';
  timeZone: string;
  /** The authority that runs it (one of DEMO_ORGANIZATIONS); its creator is a member of it. */
  authority: string;
  creator: string;
  /** Election day, in days from the day the demo is seeded: the demo stays current. */
  daysFromSeeding: number;
}

/** One election past (for a review), two coming (for consultations and contact planning). */
export const DEMO_ELECTIONS: DemoElection[] = [
  {
    name: 'Nairobi County By-election (demo)',
    countryCode: 'KE',
    type: 'LOCAL',
    timeZone: 'Africa/Nairobi',
    authority: 'Electoral Commission of Kenya (demo)',
    creator: 'otieno',
    daysFromSeeding: -40,
  },
  {
    name: 'Kenya General Election (demo)',
    countryCode: 'KE',
    type: 'GENERAL',
    timeZone: 'Africa/Nairobi',
    authority: 'Electoral Commission of Kenya (demo)',
    creator: 'wanjiru',
    daysFromSeeding: 75,
  },
  {
    name: 'Colombia Presidential Election (demo)',
    countryCode: 'CO',
    type: 'PRESIDENTIAL',
    timeZone: 'America/Bogota',
    authority: 'Registro Electoral de Colombia (demo)',
    creator: 'lucia',
    daysFromSeeding: 160,
  },
];
