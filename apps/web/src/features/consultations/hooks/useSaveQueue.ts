import { useCallback, useEffect, useRef, useState } from 'react';

/** What the editor shows about its content: whether what is on screen is what the server has. */
export interface SaveQueue<T> {
  /** Saves this content now, or right after the save that is running; true once the last one succeeded. */
  save: (content: T) => Promise<boolean>;
  saving: boolean;
  /** The content the server last accepted, and when. */
  saved: { content: T; at: Date } | null;
}

/**
 * Saves one after the other. A save asked for while another runs is not dropped: it is remembered
 * (only the newest content, as it replaces the rest) and sent when the running one ends, so a slow
 * connection never loses the last edits. Callers of the running save wait for the remembered one too.
 */
export function useSaveQueue<T>(persist: (content: T) => Promise<boolean>): SaveQueue<T> {
  const persistLatest = useRef(persist);
  useEffect(() => {
    persistLatest.current = persist;
  });
  const running = useRef<Promise<boolean> | null>(null);
  const next = useRef<{ content: T } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ content: T; at: Date } | null>(null);

  const save = useCallback((content: T): Promise<boolean> => {
    if (running.current) {
      next.current = { content };
      return running.current;
    }
    const run = async (first: T): Promise<boolean> => {
      let content = first;
      for (;;) {
        // A failure is shown by the caller (the mutation's error state); the queue carries on.
        const ok = await persistLatest.current(content).catch(() => false);
        if (ok) setSaved({ content, at: new Date() });
        const waiting = next.current;
        if (!waiting) {
          // Cleared in the same turn as the check above: a save asked for from now on starts afresh.
          running.current = null;
          setSaving(false);
          return ok;
        }
        next.current = null;
        content = waiting.content;
      }
    };
    setSaving(true);
    running.current = run(content);
    return running.current;
  }, []);

  return { save, saving, saved };
}
