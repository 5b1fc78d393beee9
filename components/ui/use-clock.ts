/**
 * The current time, refreshed every `intervalMs`: "now" for relative times ("3 minutes ago") and
 * last-hour windows without calling Date.now() during render, and without going stale while the
 * side panel stays open.
 */
import { useEffect, useState } from 'react';

export function useClock(intervalMs = 60_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
