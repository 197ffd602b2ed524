// The stage's viewport: zoom (buttons, Ctrl+wheel), pan (scrolling, or dragging the background),
// and which stretch of the picture is in view, so that only the rows there are drawn.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3] as const;

export interface Viewport {
  readonly ref: RefObject<HTMLDivElement | null>;
  readonly zoom: number;
  readonly setZoom: (zoom: number) => void;
  /** The visible band, in SVG user units. */
  readonly visible: { readonly top: number; readonly bottom: number };
  readonly onPointerDown: (event: React.PointerEvent) => void;
}

export function useViewport(layoutWidth: number): Viewport {
  const ref = useRef<HTMLDivElement | null>(null);
  const [zoom, setZoom] = useState(1);
  const [visible, setVisible] = useState({ top: 0, bottom: 2000 });
  const frame = useRef<number | null>(null);

  const measure = useCallback(() => {
    frame.current = null;
    const el = ref.current;
    if (!el) return;
    // Not laid out (a test's DOM, a hidden tab): draw everything rather than nothing.
    if (el.clientHeight === 0) return setVisible({ top: 0, bottom: Infinity });
    const scale = (el.clientWidth * zoom) / layoutWidth || 1;
    setVisible({ top: el.scrollTop / scale, bottom: (el.scrollTop + el.clientHeight) / scale });
  }, [zoom, layoutWidth]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const soon = () => {
      frame.current ??= requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', soon, { passive: true });
    const resize = new ResizeObserver(soon);
    resize.observe(el);
    const wheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      setZoom((z) => {
        const i = ZOOMS.indexOf(z as (typeof ZOOMS)[number]);
        const next =
          e.deltaY < 0 ? ZOOMS[Math.min(ZOOMS.length - 1, i + 1)] : ZOOMS[Math.max(0, i - 1)];
        return next ?? z;
      });
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      el.removeEventListener('scroll', soon);
      el.removeEventListener('wheel', wheel);
      resize.disconnect();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [measure]);

  // Dragging the background pans, as on a map; clicks on things are theirs.
  const onPointerDown = useCallback((event: React.PointerEvent) => {
    const el = ref.current;
    if (!el || event.button !== 0 || (event.target as Element).closest('.focusable, .cell')) return;
    const start = { x: event.clientX, y: event.clientY, left: el.scrollLeft, top: el.scrollTop };
    const move = (e: PointerEvent) => {
      el.scrollLeft = start.left - (e.clientX - start.x);
      el.scrollTop = start.top - (e.clientY - start.y);
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }, []);

  return { ref, zoom, setZoom, visible, onPointerDown };
}
