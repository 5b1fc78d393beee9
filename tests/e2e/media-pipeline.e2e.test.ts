// The image and video pipeline in real Chromium (canvas, pica, the JPEG encoder, the media decoder):
// every preset's exact output pixels and byte limit, compression to a budget, where the crop falls,
// overlays in the brand colour, transparency on JPEG, and a video's facts and cover frame — from a
// video without duration metadata, as MediaRecorder writes them. The modules run bundled into a plain
// page (no extension needed: they are the side panel's code, not the manifest's).
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../scripts/chromium.mjs';
import { IMAGE_MAX_BYTES, IMAGE_PRESETS } from '@/utils/media/presets';

const ROOT = join(import.meta.dirname, '../..');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: `export * from './utils/media/prepare-image'; export * from './utils/media/probe-video'; export { OverBudgetError } from './utils/media/fit-bytes';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'media',
    write: false,
    tsconfig: join(ROOT, 'tsconfig.json'),
    platform: 'browser',
    logLevel: 'error',
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new'] });
  page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  // Test images made in the page: `photo` is noisy (JPEG cannot shrink it to nothing), `halves` is red
  // on the left and blue on the right, `clear` is a transparent PNG with a black dot.
  await page.evaluate(() => {
    const make = async (width: number, height: number, draw: (c: OffscreenCanvasRenderingContext2D) => void, type = 'image/png') => {
      const canvas = new OffscreenCanvas(width, height);
      draw(canvas.getContext('2d')!);
      return canvas.convertToBlob({ type, quality: 0.95 });
    };
    const g = globalThis as unknown as Record<string, unknown>;
    g.makeImages = async () => {
      g.photo = await make(3000, 2000, (c) => {
        const data = c.createImageData(3000, 2000);
        let seed = 7;
        for (let i = 0; i < data.data.length; i += 4) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          data.data[i] = (i / 4) % 3000 / 12;
          data.data[i + 1] = seed & 255;
          data.data[i + 2] = (seed >> 8) & 255;
          data.data[i + 3] = 255;
        }
        c.putImageData(data, 0, 0);
      }, 'image/jpeg');
      g.halves = await make(2000, 1000, (c) => {
        c.fillStyle = '#ff0000';
        c.fillRect(0, 0, 1000, 1000);
        c.fillStyle = '#0000ff';
        c.fillRect(1000, 0, 1000, 1000);
      });
      g.clear = await make(400, 400, (c) => {
        c.fillStyle = '#000000';
        c.fillRect(190, 190, 20, 20);
      });
    };
    /** The RGB of a pixel of an encoded image, and its size. */
    g.inspect = async (blob: Blob, x: number, y: number) => {
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const [r, g2, b] = context.getImageData(Math.round(x * (bitmap.width - 1)), Math.round(y * (bitmap.height - 1)), 1, 1).data;
      return { width: bitmap.width, height: bitmap.height, rgb: [r, g2, b], type: blob.type, bytes: blob.size };
    };
  });
  await page.evaluate(() => (globalThis as unknown as { makeImages: () => Promise<void> }).makeImages());
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

interface Inspected {
  width: number;
  height: number;
  rgb: [number, number, number];
  type: string;
  bytes: number;
}

/** Prepares the page image `source` with `request` and inspects the pixel at (x, y) as fractions. */
function prepare(source: string, request: Record<string, unknown>, at: [number, number] = [0.5, 0.5]) {
  return page.evaluate(
    async ({ source, request, at }) => {
      const g = globalThis as unknown as Record<string, unknown> & {
        media: { prepareImage: (r: unknown) => Promise<{ blob: Blob; quality: number | null; bytes: number; enlarged: boolean }> };
        inspect: (b: Blob, x: number, y: number) => Promise<Inspected>;
      };
      const prepared = await g.media.prepareImage({
        source: g[source],
        crop: { focusX: 0.5, focusY: 0.5, zoom: 1 },
        overlay: { kind: 'none', text: '', color: '#000000' },
        type: 'image/jpeg',
        quality: 0.9,
        maxBytes: 8 * 1024 * 1024,
        ...request,
      });
      return { ...(await g.inspect(prepared.blob, at[0], at[1])), quality: prepared.quality, bytes: prepared.bytes, enlarged: prepared.enlarged };
    },
    { source, request, at },
  );
}

describe('images', () => {
  it.each(IMAGE_PRESETS.map((preset) => [preset.id, preset] as const))('%s: exact pixels, within the platform’s limit', async (_id, preset) => {
    const result = await prepare('photo', { width: preset.width, height: preset.height, maxBytes: IMAGE_MAX_BYTES[preset.platform] });
    expect([result.width, result.height]).toEqual([preset.width, preset.height]);
    expect(result.type).toBe('image/jpeg');
    expect(result.bytes).toBeLessThanOrEqual(IMAGE_MAX_BYTES[preset.platform]);
    expect(result.quality).toBe(0.9);
    expect(result.enlarged).toBe(preset.width > 3000 || preset.height > 2000);
  });

  it('compresses to a byte budget: the highest quality that fits, said', async () => {
    const free = await prepare('photo', { width: 1080, height: 1350, maxBytes: 50 * 1024 * 1024 });
    const budget = Math.round(free.bytes * 0.6);
    const squeezed = await prepare('photo', { width: 1080, height: 1350, maxBytes: budget });
    expect(squeezed.bytes).toBeLessThanOrEqual(budget);
    expect(squeezed.quality!).toBeLessThan(0.9);
    expect(squeezed.quality!).toBeGreaterThanOrEqual(0.5);
    expect([squeezed.width, squeezed.height]).toEqual([1080, 1350]);
  });

  it('refuses a budget no quality can meet, by name', async () => {
    const name = await page.evaluate(async () => {
      const g = globalThis as unknown as Record<string, unknown> & { media: { prepareImage: (r: unknown) => Promise<unknown> } };
      try {
        await g.media.prepareImage({ source: g.photo, width: 1080, height: 1350, crop: { focusX: 0.5, focusY: 0.5, zoom: 1 }, overlay: { kind: 'none', text: '', color: '#000000' }, type: 'image/jpeg', quality: 0.9, maxBytes: 5_000 });
        return 'prepared';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(name).toBe('OverBudgetError');
  });

  it('cuts where the focus says: left edge red, right edge blue', async () => {
    const left = await prepare('halves', { width: 1080, height: 1080, crop: { focusX: 0, focusY: 0.5, zoom: 1 } });
    const right = await prepare('halves', { width: 1080, height: 1080, crop: { focusX: 1, focusY: 0.5, zoom: 1 } });
    expect(left.rgb[0]).toBeGreaterThan(200);
    expect(left.rgb[2]).toBeLessThan(60);
    expect(right.rgb[2]).toBeGreaterThan(200);
    expect(right.rgb[0]).toBeLessThan(60);
  });

  it('draws a caption band in the brand colour across the bottom, and leaves the top alone', async () => {
    const overlay = { kind: 'caption', text: 'Cupping Friday', color: '#ffd500' };
    const bottom = await prepare('halves', { width: 1080, height: 1080, crop: { focusX: 0, focusY: 0.5, zoom: 1 }, overlay }, [0.02, 0.995]);
    const top = await prepare('halves', { width: 1080, height: 1080, crop: { focusX: 0, focusY: 0.5, zoom: 1 }, overlay }, [0.02, 0.02]);
    expect(bottom.rgb[0]).toBeGreaterThan(230);
    expect(bottom.rgb[1]).toBeGreaterThan(190);
    expect(bottom.rgb[2]).toBeLessThan(60);
    expect(top.rgb[0]).toBeGreaterThan(200);
    expect(top.rgb[1]).toBeLessThan(60);
  });

  it('puts white behind transparency in a JPEG, and keeps PNG lossless', async () => {
    const jpeg = await prepare('clear', { width: 1080, height: 1080 }, [0.1, 0.1]);
    expect(jpeg.rgb.every((channel) => channel > 240)).toBe(true);
    const png = await prepare('clear', { width: 1080, height: 1080, type: 'image/png' }, [0.5, 0.5]);
    expect(png.type).toBe('image/png');
    expect(png.quality).toBeNull();
    expect(png.rgb.every((channel) => channel < 30)).toBe(true);
    expect(png.enlarged).toBe(true);
  });
});

describe('video', () => {
  it('reads a MediaRecorder video (no duration in its header), and takes covers from the right moments', async () => {
    const result = await page.evaluate(async () => {
      // Two seconds of 360×640: red for the first second, blue for the second.
      const canvas = document.createElement('canvas');
      canvas.width = 360;
      canvas.height = 640;
      const context = canvas.getContext('2d')!;
      const stream = canvas.captureStream(30);
      const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      const started = performance.now();
      recorder.start(100);
      await new Promise<void>((resolve) => {
        const paint = () => {
          const elapsed = performance.now() - started;
          context.fillStyle = elapsed < 1000 ? '#ff0000' : '#0000ff';
          context.fillRect(0, 0, 360, 640);
          if (elapsed < 2100) requestAnimationFrame(paint);
          else resolve();
        };
        paint();
      });
      recorder.stop();
      await stopped;
      const file = new Blob(chunks, { type: 'video/webm' });
      const g = globalThis as unknown as {
        media: {
          probeVideo: (d: Document, f: Blob) => Promise<{ durationSeconds: number; width: number; height: number }>;
          captureFrame: (d: Document, f: Blob, s: number) => Promise<{ blob: Blob; width: number; height: number; at: number }>;
        };
        inspect: (b: Blob, x: number, y: number) => Promise<Inspected>;
      };
      const probe = await g.media.probeVideo(document, file);
      const early = await g.media.captureFrame(document, file, 0.3);
      const late = await g.media.captureFrame(document, file, 1.7);
      const beyond = await g.media.captureFrame(document, file, 99);
      let unreadable = '';
      try {
        await g.media.probeVideo(document, new Blob([new Uint8Array(2000).fill(7)], { type: 'video/mp4' }));
      } catch (error) {
        unreadable = (error as Error).name;
      }
      return {
        probe,
        early: { ...(await g.inspect(early.blob, 0.5, 0.5)), at: early.at },
        late: { ...(await g.inspect(late.blob, 0.5, 0.5)), at: late.at },
        beyondAt: beyond.at,
        unreadable,
      };
    });
    expect(result.probe.width).toBe(360);
    expect(result.probe.height).toBe(640);
    expect(result.probe.durationSeconds).toBeGreaterThan(1.5);
    expect(result.probe.durationSeconds).toBeLessThan(3);
    expect([result.early.width, result.early.height]).toEqual([360, 640]);
    expect(result.early.rgb[0]).toBeGreaterThan(180);
    expect(result.early.rgb[2]).toBeLessThan(80);
    expect(result.late.rgb[2]).toBeGreaterThan(180);
    expect(result.late.rgb[0]).toBeLessThan(80);
    expect(result.beyondAt).toBeLessThan(result.probe.durationSeconds);
    expect(result.unreadable).toBe('UnreadableVideoError');
  });
});
