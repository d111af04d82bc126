import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import { type Presence, presenceOf } from './presence';

/** The people in the document, updated as awareness changes. */
export function usePresence(provider: HocuspocusProvider | null): Presence[] {
  const [people, setPeople] = useState<Presence[]>([]);
  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return;
    const read = () => setPeople(presenceOf(awareness.getStates(), awareness.clientID));
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider]);
  return people;
}
