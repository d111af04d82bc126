/**
 * What each open editor shares with the others through Yjs awareness. The server replaces whatever
 * a client claims here with its authenticated account (name, and `presenceColour` of its id).
 */
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
