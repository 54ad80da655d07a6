import { useEffect, useState } from 'preact/hooks';

/**
 * False for the first frame a live region is in the page, then true: content rendered only once
 * it is true arrives after the region, so screen readers announce it (content inserted together
 * with its region is often not read).
 */
export function useAnnounced(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return ready;
}
