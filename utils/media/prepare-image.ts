/**
 * Preparing an image for a platform, in the side panel: decode → cut the chosen region → resize to the
 * preset's exact pixels with pica (Lanczos-class filter with sharpening: what "good quality" means for a
 * downscale; the browser's own drawImage scaling is bilinear and blurs) → text overlay → encode within
 * the platform's byte limit.
 *
 * pica runs in its split build without web workers: an extension page's CSP allows no blob: workers,
 * and one image at a time does not need them. Its WebAssembly path is allowed by MV3's default CSP
 * ('wasm-unsafe-eval'); if it is refused anyway pica falls back to plain JS.
 */
import createPica from 'pica/pica_main';
import { cropRect, type CropChoice } from './crop';
import { encodeWithinBudget, type OutputType } from './fit-bytes';
import { drawOverlay, type Overlay } from './overlay';

export interface PrepareRequest {
  source: Blob;
  width: number;
  height: number;
  crop: CropChoice;
  overlay: Overlay;
  type: OutputType;
  /** 0–1 for JPEG/WebP; ignored for PNG. */
  quality: number;
  /** The platform's file-size limit. */
  maxBytes: number;
}

export interface PreparedImage {
  blob: Blob;
  type: OutputType;
  width: number;
  height: number;
  bytes: number;
  quality: number | null;
  /** The cut region was smaller than the output: the image was enlarged and may look soft. */
  enlarged: boolean;
}

let resizer: ReturnType<typeof createPica> | null = null;
function pica() {
  resizer ??= createPica({ features: ['js', 'wasm'] });
  return resizer;
}

/** The decoded size of an image file, or an error the caller shows ("not an image we can read"). */
export async function imageSize(file: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(file);
  try {
    return { width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}

export async function prepareImage(request: PrepareRequest): Promise<PreparedImage> {
  const { width, height } = request;
  // EXIF orientation applied ('from-image'), so a phone's portrait photo is cut upright.
  const decoded = await createImageBitmap(request.source, { imageOrientation: 'from-image' });
  const region = cropRect(decoded.width, decoded.height, width, height, request.crop);
  const cut = await createImageBitmap(decoded, region.x, region.y, region.width, region.height);
  decoded.close();
  const output = new OffscreenCanvas(width, height);
  try {
    await pica().resize(cut, output);
  } finally {
    cut.close();
  }
  const context = output.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  if (request.type === 'image/jpeg') {
    // JPEG has no transparency: a transparent PNG's clear areas would turn black. White behind instead.
    context.save();
    context.globalCompositeOperation = 'destination-over';
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.restore();
  }
  drawOverlay(context, width, height, request.overlay);
  const encoded = await encodeWithinBudget((type, quality) => output.convertToBlob({ type, quality }), request.type, request.quality, request.maxBytes);
  return {
    blob: encoded.blob,
    type: request.type,
    width,
    height,
    bytes: encoded.blob.size,
    quality: encoded.quality,
    enlarged: region.width < width || region.height < height,
  };
}
