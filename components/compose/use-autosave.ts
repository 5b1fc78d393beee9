/**
 * Autosave for one planned post: each change is merged into a pending patch and written ~500 ms after
 * the last one, through updatePost. Writes run one after another (one promise chain, as the Plan
 * editor's saves do), so a slow write can never land after a newer one and undo it: the last text
 * wins. The pending patch is written at once when the panel is hidden or closed (`pagehide`,
 * `visibilitychange` to hidden) and when the composer unmounts, so closing mid-sentence loses nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { updatePost, type PostInput } from '@/storage/posts';

export const AUTOSAVE_DELAY_MS = 500;

export type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; error: unknown };

export function useAutosave(postId: string): { schedule: (patch: Partial<PostInput>) => void; flush: () => Promise<void>; state: SaveState } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Partial<PostInput> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (!patch) return queue.current;
    pending.current = null;
    if (mounted.current) setState({ kind: 'saving' });
    queue.current = queue.current.then(async () => {
      try {
        await updatePost(postId, patch);
        // A newer change may be waiting: "Saved" only once nothing is.
        if (mounted.current && !pending.current) setState({ kind: 'saved' });
      } catch (error) {
        if (mounted.current) setState({ kind: 'error', error });
      }
    });
    return queue.current;
  }, [postId]);

  const schedule = useCallback(
    (patch: Partial<PostInput>) => {
      pending.current = { ...pending.current, ...patch };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    mounted.current = true;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { schedule, flush, state };
}
