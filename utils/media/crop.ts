/**
 * Where to cut a source image for a target size: the largest region of the target's ratio, zoomed in
 * by the user's factor, placed by a focus point. Pure arithmetic so it can be tested exactly; the
 * pipeline (prepare-image.ts) draws the region and resizes it.
 */

export interface CropChoice {
  /** Where the region sits when it is smaller than the image: 0 = left/top edge, 0.5 = centre, 1 = right/bottom. */
  focusX: number;
  focusY: number;
  /** 1 = the largest region that fits; 2 = half its width and height (a closer crop). At most 4. */
  zoom: number;
}

export const CENTRED: CropChoice = { focusX: 0.5, focusY: 0.5, zoom: 1 };
export const MAX_ZOOM = 4;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The region of a `sourceWidth`×`sourceHeight` image to cut for a `targetWidth`×`targetHeight` output.
 * Whole pixels, inside the image, of the target's ratio to within one pixel of rounding.
 */
export function cropRect(sourceWidth: number, sourceHeight: number, targetWidth: number, targetHeight: number, choice: CropChoice = CENTRED): Rect {
  if (!(sourceWidth > 0 && sourceHeight > 0 && targetWidth > 0 && targetHeight > 0)) throw new RangeError('image and target sizes must be positive');
  const ratio = targetWidth / targetHeight;
  const zoom = clamp(choice.zoom, 1, MAX_ZOOM);
  // The largest region of the target's ratio inside the source, then zoomed.
  let width = Math.min(sourceWidth, sourceHeight * ratio) / zoom;
  let height = width / ratio;
  width = Math.max(1, Math.round(width));
  height = Math.max(1, Math.min(sourceHeight, Math.round(height)));
  const x = Math.round((sourceWidth - width) * clamp(choice.focusX, 0, 1));
  const y = Math.round((sourceHeight - height) * clamp(choice.focusY, 0, 1));
  return { x, y, width, height };
}

/** The part of an image a feed shows when it frames it at `frameRatio`: centred, as wide or tall as fits. */
export function frameRect(width: number, height: number, frameRatio: number): Rect {
  return cropRect(width, height, frameRatio * 1000, 1000);
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
