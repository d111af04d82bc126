/** What each open editor shares with the others through Yjs awareness. */
export interface PresenceUser {
  /** The account, so one person with two tabs shows once. */
  id: string;
  name: string;
  /** `#rrggbb`: the caret extension draws only six-digit colours. */
  color: string;
}

export interface Presence extends PresenceUser {
  /** The section the person last worked in, null before they focus one. */
  sectionId: string | null;
  self: boolean;
}

// Each at least 4.5:1 against white, for the white caret labels and avatar initials (WCAG AA).
const PALETTE = ['#1864ab', '#0b7285', '#c92a2a', '#862e9c', '#a61e4d', '#364fc7', '#087f5b', '#b33c0b'];

/** A stable colour per account, so a co-author has the same colour in every session. */
export function colourFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#1864ab';
}

/**
 * The people in the document, one entry per account (its most recently seen client wins),
 * from awareness states as the provider holds them. States without a user are connections
 * that have not announced themselves yet.
 */
export function presenceOf(
  states: ReadonlyMap<number, Record<string, unknown>>,
  selfClientId: number,
): Presence[] {
  const byUser = new Map<string, Presence>();
  for (const [clientId, state] of states) {
    const user = userIn(state['user']);
    if (!user) continue;
    const sectionId = typeof state['section'] === 'string' ? state['section'] : null;
    const self = clientId === selfClientId;
    const previous = byUser.get(user.id);
    byUser.set(user.id, {
      ...user,
      sectionId: sectionId ?? previous?.sectionId ?? null,
      self: self || (previous?.self ?? false),
    });
  }
  return [...byUser.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

function userIn(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color } = value as Partial<PresenceUser>;
  return typeof id === 'string' && typeof name === 'string' && typeof color === 'string'
    ? { id, name, color }
    : null;
}
