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

export interface DemoBrief {
  /** A member of the submitting organisation. */
  author: string;
  organization: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  riskLevel: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  regions: string[];
  languages: string[];
  /** One per question, in order. */
  answers: string[];
}

export interface DemoConsultation {
  title: string;
  description: string;
  convenor: string;
  creator: string;
  election: string;
  countryCodes: string[];
  questions: string[];
  invited: string[];
  /** Days from seeding until it closes: it stays open for a while after each seeding. */
  closesInDays: number;
  brief: DemoBrief;
}

/** An open consultation under the Chatham House Rule, with one submitted brief. */
export const DEMO_CONSULTATION: DemoConsultation = {
  title: 'Online harms ahead of the Kenyan general election (demo)',
  description:
    'Northwind Social asks Kenyan civil society and the election authority which harms to expect on its platform before polling day, and what would help.',
  convenor: 'Northwind Social (demo)',
  creator: 'ada',
  election: 'Kenya General Election (demo)',
  countryCodes: ['KE'],
  questions: [
    'Which harms do you expect in the six weeks before polling day?',
    'What should the platform do differently this time?',
  ],
  invited: ['Uchaguzi Watch Kenya (demo)', 'Electoral Commission of Kenya (demo)'],
  closesInDays: 45,
  brief: {
    author: 'amina',
    organization: 'Uchaguzi Watch Kenya (demo)',
    title: 'Coordinated harassment of women candidates in the coastal counties',
    summary:
      'Since the nominations, accounts that post in Swahili and Sheng have targeted women candidates in Mombasa and Kilifi with the same edited images and phone numbers.',
    body: [
      '## What we see',
      '',
      '- The same three edited images, posted within minutes by **40–60 new accounts**.',
      '- Candidates’ personal phone numbers published beside them.',
      '',
      '## What would help',
      '',
      '1. A reporting channel in Swahili with an answer within 24 hours.',
      '2. Faster removal of posts that publish a candidate’s phone number.',
    ].join('\n'),
    topics: ['HARASSMENT_OF_CANDIDATES', 'HATE_SPEECH'],
    riskLevel: 'HIGH',
    regions: ['Mombasa', 'Kilifi'],
    languages: ['sw', 'en'],
    answers: [
      'Doxxing and sexualised edited images of women candidates, rising as polling day nears.',
      'Review Swahili reports within 24 hours, and tell us what was done with them.',
    ],
  },
};

export interface DemoReview {
  title: string;
  owner: string;
  creator: string;
  coAuthors: string[];
  election: string;
  recommendation: { text: string; owner: string; dueInDays: number };
  /** What the co-authors wrote: paragraphs for each section of the standard debrief, in order. */
  text: string[][];
  /** The version frozen from that text, ready to ask for sign-off. */
  version: string;
}

/** The past by-election's review: the authority and the tech company, with one recommendation. */
export const DEMO_REVIEW: DemoReview = {
  title: 'Nairobi County By-election: what we learned (demo)',
  owner: 'Electoral Commission of Kenya (demo)',
  creator: 'wanjiru',
  coAuthors: ['Northwind Social (demo)'],
  election: 'Nairobi County By-election (demo)',
  recommendation: {
    text: 'Name one contact point at each side for results-night escalations, checked a week before polling day.',
    owner: 'Northwind Social (demo)',
    dueInDays: 30,
  },
  text: [
    [
      'Voting ran without major incident across the county. The Commission raised 23 escalations with Northwind Social between polling day and the declaration; 19 were resolved within four hours.',
    ],
    [
      'The named duty officers on both sides answered every call on results night.',
      'Posts explaining how results are transmitted and checked ran in English and Swahili in the week before polling day.',
    ],
    [
      'Two escalations sat in a shared inbox for most of a day before they reached the elections desk.',
      'An edited image of a polling station circulated for six hours before it was labelled.',
    ],
    [
      'Polling day, 14:20: an image of fabricated "results" claimed a winner before polls closed. The Commission escalated it at 14:35; it was labelled at 15:10 and its reach limited.',
      'The day after: accounts impersonating a returning officer. Reported by the Commission, removed within two hours.',
    ],
    [
      'One escalation channel with a named contact point on each side, checked a week before polling day, owned by Northwind Social.',
    ],
  ],
  version: 'First draft (demo)',
};

export interface DemoContactPoint {
  /** A member of `organization`, who adds it. */
  addedBy: string;
  organization: string;
  name: string;
  title: string;
  channels: { kind: 'EMAIL' | 'PHONE' | 'SIGNAL'; value: string; preferred?: boolean }[];
  languages: string[];
  timeZone: string;
  availability: string;
}

export interface DemoRelationship {
  proposer: string;
  from: string;
  acceptor: string;
  to: string;
  election: string;
  note: string;
  contacts: DemoContactPoint[];
  /** On the same election, added by a member of its authority. */
  blackoutWindow: { addedBy: string; daysAfterElectionDay: [number, number]; reason: string };
}

/** The tech company and the Kenyan authority, accepted, with a critical contact point on each side. */
export const DEMO_RELATIONSHIP: DemoRelationship = {
  proposer: 'ada',
  from: 'Northwind Social (demo)',
  acceptor: 'wanjiru',
  to: 'Electoral Commission of Kenya (demo)',
  election: 'Kenya General Election (demo)',
  note: 'Results-night escalations and takedown requests for the general election.',
  contacts: [
    {
      addedBy: 'ada',
      organization: 'Northwind Social (demo)',
      name: 'Northwind elections desk (demo)',
      title: 'Election integrity on-call',
      channels: [
        { kind: 'EMAIL', value: 'elections-desk@northwind.example.org', preferred: true },
        { kind: 'PHONE', value: '+254 711 000 001' },
      ],
      languages: ['en', 'sw'],
      timeZone: 'Africa/Nairobi',
      availability: 'Around the clock from two weeks before polling day until results are declared.',
    },
    {
      addedBy: 'wanjiru',
      organization: 'Electoral Commission of Kenya (demo)',
      name: 'Commission ICT duty officer (demo)',
      title: 'Duty officer, results transmission',
      channels: [
        { kind: 'PHONE', value: '+254 20 2877000', preferred: true },
        { kind: 'EMAIL', value: 'ict-duty@commission.example.ke' },
      ],
      languages: ['en', 'sw'],
      timeZone: 'Africa/Nairobi',
      availability: 'Weekdays 08:00–18:00; on results nights until the last county has reported.',
    },
  ],
  blackoutWindow: {
    addedBy: 'wanjiru',
    daysAfterElectionDay: [0, 3],
    reason: 'Results tallying: no product or policy changes without a call to the duty officer.',
  },
};
