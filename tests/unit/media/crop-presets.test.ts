// Where an image is cut for a preset, how feeds frame it, and the presets' exact sizes.
import { describe, expect, it } from 'vitest';
import { cropRect, frameRect } from '@/utils/media/crop';
import { FEED_FRAMES, IMAGE_MAX_BYTES, IMAGE_PRESETS, findPreset, framedRatio, presetsFor, ratioLabel } from '@/utils/media/presets';
import { PLATFORMS } from '@/utils/platforms';

describe('cropRect', () => {
  it('cuts the largest centred region of the target ratio', () => {
    // 4000×3000 photo to 4:5 (1080×1350): full height 3000, width 2400, centred.
    expect(cropRect(4000, 3000, 1080, 1350)).toEqual({ x: 800, y: 0, width: 2400, height: 3000 });
    // A tall phone photo 3024×4032 to 1.91:1-ish (1200×630): full width, height 3024/1.9048 = 1587.6 → 1588.
    expect(cropRect(3024, 4032, 1200, 630)).toEqual({ x: 0, y: 1222, width: 3024, height: 1588 });
    // Same ratio: the whole image.
    expect(cropRect(2160, 2700, 1080, 1350)).toEqual({ x: 0, y: 0, width: 2160, height: 2700 });
  });

  it('moves the region with the focus and shrinks it with the zoom', () => {
    expect(cropRect(4000, 3000, 1080, 1080, { focusX: 0, focusY: 0.5, zoom: 1 })).toEqual({ x: 0, y: 0, width: 3000, height: 3000 });
    expect(cropRect(4000, 3000, 1080, 1080, { focusX: 1, focusY: 0.5, zoom: 1 })).toEqual({ x: 1000, y: 0, width: 3000, height: 3000 });
    expect(cropRect(4000, 3000, 1080, 1080, { focusX: 0.5, focusY: 1, zoom: 2 })).toEqual({ x: 1250, y: 1500, width: 1500, height: 1500 });
  });

  it('clamps silly choices instead of leaving the image', () => {
    expect(cropRect(1000, 1000, 100, 100, { focusX: 7, focusY: -3, zoom: 99 })).toEqual({ x: 750, y: 0, width: 250, height: 250 });
    expect(cropRect(1000, 1000, 100, 100, { focusX: Number.NaN, focusY: 0.5, zoom: Number.NaN })).toEqual({ x: 0, y: 0, width: 1000, height: 1000 });
    expect(() => cropRect(0, 100, 10, 10)).toThrow(RangeError);
  });

  it('keeps every preset region inside any source shape, at the preset ratio within a pixel', () => {
    for (const preset of IMAGE_PRESETS) {
      for (const [width, height] of [[4000, 3000], [3024, 4032], [640, 480], [1080, 1920], [5000, 800], [37, 2000]] as const) {
        for (const zoom of [1, 1.7, 4]) {
          const r = cropRect(width, height, preset.width, preset.height, { focusX: 0.3, focusY: 0.8, zoom });
          expect(r.x).toBeGreaterThanOrEqual(0);
          expect(r.y).toBeGreaterThanOrEqual(0);
          expect(r.x + r.width).toBeLessThanOrEqual(width);
          expect(r.y + r.height).toBeLessThanOrEqual(height);
          expect(Math.abs(r.width - r.height * (preset.width / preset.height))).toBeLessThanOrEqual(1 + preset.width / preset.height);
        }
      }
    }
  });
});

describe('presets', () => {
  it('has the reference’s exact pixel sizes', () => {
    const sizes = Object.fromEntries(IMAGE_PRESETS.map((preset) => [preset.id, `${preset.width}×${preset.height}`]));
    expect(sizes).toMatchObject({
      'instagram-square': '1080×1080',
      'instagram-portrait': '1080×1350',
      'instagram-landscape': '1080×566',
      'instagram-story': '1080×1920',
      'facebook-link': '1200×630',
      'x-landscape': '1600×900',
      'x-landscape-small': '1200×675',
      'linkedin-landscape': '1200×627',
      'linkedin-square': '1200×1200',
      'tiktok-vertical': '1080×1920',
      'youtube-thumbnail': '1280×720',
    });
  });

  it('covers the issue’s ratios 1:1, 4:5, 1.91:1, 16:9 and 9:16', () => {
    const ratios = new Set(IMAGE_PRESETS.map((preset) => (preset.width / preset.height).toFixed(2)));
    for (const ratio of ['1.00', '0.80', '1.91', '1.78', '0.56']) expect(ratios).toContain(ratio);
  });

  it('gives every platform presets, a byte limit and a feed frame; ids are unique', () => {
    for (const platform of PLATFORMS) {
      expect(presetsFor(platform).length).toBeGreaterThan(0);
      expect(IMAGE_MAX_BYTES[platform]).toBeGreaterThan(0);
      expect(FEED_FRAMES[platform].length).toBeGreaterThan(0);
    }
    expect(new Set(IMAGE_PRESETS.map((preset) => preset.id)).size).toBe(IMAGE_PRESETS.length);
    expect(findPreset('instagram-portrait')?.height).toBe(1350);
    expect(findPreset(null)).toBeUndefined();
    expect(findPreset('video-cover')).toBeUndefined();
  });

  it('writes ratios as people do', () => {
    expect(ratioLabel(1080, 1350)).toBe('4:5');
    expect(ratioLabel(1600, 900)).toBe('16:9');
    expect(ratioLabel(1080, 1920)).toBe('9:16');
    expect(ratioLabel(1200, 1200)).toBe('1:1');
    expect(ratioLabel(1200, 627)).toBe('1.91:1');
    expect(ratioLabel(1080, 566)).toBe('1.91:1');
    expect(ratioLabel(500, 1300)).toBe('5:13');
    expect(ratioLabel(333, 1000)).toBe('1:3');
  });
});

describe('feed frames', () => {
  const [instagramFeed, instagramGrid] = FEED_FRAMES.instagram;
  it('shows an in-range image whole and clamps the rest', () => {
    expect(framedRatio(1080 / 1350, instagramFeed!)).toBeCloseTo(0.8);
    expect(framedRatio(1080 / 1920, instagramFeed!)).toBeCloseTo(0.8); // a 9:16 post is cut to 4:5 in the feed
    expect(framedRatio(3, instagramFeed!)).toBeCloseTo(1.91);
    expect(framedRatio(1, instagramGrid!)).toBeCloseTo(0.75);
    expect(framedRatio(9 / 16, FEED_FRAMES.x[0]!)).toBe(1); // X: a tall image shows as the centre square
  });

  it('frameRect is the centred part the frame shows', () => {
    expect(frameRect(1080, 1920, 0.8)).toEqual({ x: 0, y: 285, width: 1080, height: 1350 });
    expect(frameRect(1080, 1080, 0.75)).toEqual({ x: 135, y: 0, width: 810, height: 1080 });
  });
});
