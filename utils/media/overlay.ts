/**
 * Text on a prepared image, in the brand colour: a caption band (a headline across the bottom) or a
 * watermark (the brand's name, small, in the corner). Drawn on the output canvas after the resize, so
 * the text is sharp at the final size. The layout (wrapping, sizes, which ink reads on the colour) is
 * plain arithmetic over a `measure` function, tested without a canvas.
 */

export type OverlayKind = 'none' | 'caption' | 'watermark';

export interface Overlay {
  kind: OverlayKind;
  text: string;
  /** #rrggbb: the brand colour. */
  color: string;
}

export const NO_OVERLAY: Overlay = { kind: 'none', text: '', color: '#000000' };
/** A caption longer than this many lines is cut with an ellipsis: a picture is not a paragraph. */
export const CAPTION_MAX_LINES = 3;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Black or white, whichever reads better on `color` (WCAG relative luminance). */
export function inkOn(color: string): '#ffffff' | '#111111' {
  const linear = (start: number) => {
    const channel = parseInt(color.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
  // Contrast against white is (1.05)/(L+0.05), against #111 (L≈0.0056) is (L+0.05)/0.0556: pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0556 ? '#ffffff' : '#111111';
}

/** Words greedily into lines no wider than `maxWidth`; a word wider than that stands alone on its line. */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number, maxLines = CAPTION_MAX_LINES): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}

export interface OverlayLayout {
  fontPx: number;
  lines: string[];
  /** The band behind a caption (null for a watermark). */
  band: { y: number; height: number } | null;
  /** Where each line's baseline starts. */
  positions: { x: number; y: number }[];
  align: 'center' | 'right';
}

/** Where the text goes on a `width`×`height` image. Sizes follow the shorter side, so a story and a banner read alike. */
export function layoutOverlay(overlay: Overlay, width: number, height: number, measure: (text: string, fontPx: number) => number): OverlayLayout | null {
  if (overlay.kind === 'none' || overlay.text.trim() === '') return null;
  const side = Math.min(width, height);
  const margin = Math.round(side * 0.04);
  if (overlay.kind === 'watermark') {
    const fontPx = Math.max(10, Math.round(side * 0.035));
    const lines = wrapLines(overlay.text, width - 2 * margin, (text) => measure(text, fontPx), 1);
    return { fontPx, lines, band: null, positions: [{ x: width - margin, y: height - margin }], align: 'right' };
  }
  const fontPx = Math.max(12, Math.round(side * 0.065));
  const lines = wrapLines(overlay.text, width - 2 * margin, (text) => measure(text, fontPx));
  const lineHeight = Math.round(fontPx * 1.25);
  const bandHeight = lines.length * lineHeight + 2 * margin;
  const bandY = height - bandHeight;
  // A line's baseline sits about 0.9 em below its top (the ascent of a sans-serif font).
  const positions = lines.map((_, index) => ({ x: width / 2, y: bandY + margin + index * lineHeight + Math.round(fontPx * 0.9) }));
  return { fontPx, lines, band: { y: bandY, height: bandHeight }, positions, align: 'center' };
}

/** Draws the overlay onto the finished image. */
export function drawOverlay(context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, width: number, height: number, overlay: Overlay): void {
  const font = (px: number) => `600 ${px}px ${FONT_FAMILY}`;
  const layout = layoutOverlay(overlay, width, height, (text, px) => {
    context.font = font(px);
    return context.measureText(text).width;
  });
  if (!layout) return;
  context.save();
  context.font = font(layout.fontPx);
  context.textAlign = layout.align;
  context.textBaseline = 'alphabetic';
  if (layout.band) {
    context.fillStyle = overlay.color;
    context.fillRect(0, layout.band.y, width, layout.band.height);
    context.fillStyle = inkOn(overlay.color);
  } else {
    // A watermark sits on the photo itself: the brand colour, slightly see-through, with a soft shadow of
    // the opposite ink so it stays legible on light and dark areas alike.
    context.globalAlpha = 0.85;
    context.shadowColor = inkOn(overlay.color) === '#ffffff' ? 'rgba(255,255,255,0.6)' : 'rgba(0,0,0,0.6)';
    context.shadowBlur = Math.round(layout.fontPx / 4);
    context.fillStyle = overlay.color;
  }
  layout.lines.forEach((line, index) => {
    const at = layout.positions[index] ?? layout.positions[0]!;
    context.fillText(line, at.x, at.y);
  });
  context.restore();
}
