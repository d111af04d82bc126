/** Post-election reviews: the contract's enums and the rules both apps apply. */
export enum ReviewStatus {
  DRAFTING = 'DRAFTING',
  IN_SIGNOFF = 'IN_SIGNOFF',
  PUBLISHED = 'PUBLISHED',
}

export enum ReviewVisibility {
  CO_AUTHORS = 'CO_AUTHORS',
  PUBLIC = 'PUBLIC',
}

export enum RecommendationStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

export enum ReviewEventKind {
  SECTION_ADDED = 'SECTION_ADDED',
  SECTION_UPDATED = 'SECTION_UPDATED',
  VERSION_CREATED = 'VERSION_CREATED',
  SIGNED_OFF = 'SIGNED_OFF',
  SIGNOFF_REQUESTED = 'SIGNOFF_REQUESTED',
  PUBLISHED = 'PUBLISHED',
  RECOMMENDATION_CHANGED = 'RECOMMENDATION_CHANGED',
  CO_AUTHOR_ADDED = 'CO_AUTHOR_ADDED',
}

/**
 * Where a recommendation may go from each status: OPEN → IN_PROGRESS → DONE / DROPPED, and an
 * open one may be closed directly. DONE and DROPPED are final.
 */
const RECOMMENDATION_NEXT: Record<RecommendationStatus, readonly RecommendationStatus[]> = {
  [RecommendationStatus.OPEN]: [
    RecommendationStatus.IN_PROGRESS,
    RecommendationStatus.DONE,
    RecommendationStatus.DROPPED,
  ],
  [RecommendationStatus.IN_PROGRESS]: [RecommendationStatus.DONE, RecommendationStatus.DROPPED],
  [RecommendationStatus.DONE]: [],
  [RecommendationStatus.DROPPED]: [],
};

export function canMoveRecommendation(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return from === to || RECOMMENDATION_NEXT[from].includes(to);
}

/** Limits shared by the API (enforced) and the web app (shown in forms). */
export const REVIEW_LIMITS = {
  titleMax: 200,
  sectionsMax: 50,
  coAuthorsMax: 20,
  versionLabelMax: 200,
  recommendationMax: 5_000,
} as const;

/**
 * Why the server ended one report's document connection. Hocuspocus sends only this reason to the
 * client (its close code stays on the server) and keeps the WebSocket open, so the web editor reads
 * the reason to explain the close and to know what to do next.
 */
export enum CollabCloseReason {
  FORBIDDEN = 'Forbidden',
  ACCESS_CHANGED = 'Access changed',
  PUBLISHED = 'Report published',
  UPDATE_TOO_LARGE = 'Update too large',
  DOCUMENT_TOO_LARGE = 'Document too large',
  TOO_FAST = 'Too many messages',
}

// Each at least 4.5:1 against white, for the white caret labels and avatar initials (WCAG AA).
const PRESENCE_PALETTE = [
  '#1864ab',
  '#0b7285',
  '#c92a2a',
  '#862e9c',
  '#a61e4d',
  '#364fc7',
  '#087f5b',
  '#b33c0b',
];

/**
 * An account's colour in a report's presence (avatars, carets): the same in every session, and the
 * same on both sides, since the collaboration server stamps it on what each connection publishes.
 * `#rrggbb`: the caret extension draws only six-digit colours.
 */
export function presenceColour(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_PALETTE[hash % PRESENCE_PALETTE.length] ?? '#1864ab';
}
