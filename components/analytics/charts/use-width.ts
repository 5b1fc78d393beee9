/**
 * The width of a chart's frame in CSS pixels. The SVG's viewBox is drawn at this width and shown at
 * width: 100%, so its text stays the panel's size at 320 px and at 600 px instead of being scaled with
 * a fixed drawing; printing and a test (no layout) keep the last or the fallback width and still scale.
 */
import { useLayoutEffect, useRef, useState } from 'react';

export function useWidth<T extends Element>(fallback = 300) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels: sub-pixel changes would redraw without anything visible changing.
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
