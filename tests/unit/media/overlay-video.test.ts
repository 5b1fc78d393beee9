// Text on images (wrapping, layout, ink) and video facts against each platform's limits.
import { describe, expect, it } from 'vitest';
import { inkOn, layoutOverlay, wrapLines } from '@/utils/media/overlay';
import { checkVideo, VIDEO_LIMITS, videoFits } from '@/utils/media/video-limits';
import { PLATFORMS } from '@/utils/platforms';

/** A monospace measure: every character 10 px at 20 px type (so width = length × fontPx / 2). */
const mono = (text: string, fontPx = 20) => (text.length * fontPx) / 2;

describe('overlay layout', () => {
  it('wraps words greedily and cuts after the last allowed line', () => {
    expect(wrapLines('Cupping Friday at the roastery', 150, mono)).toEqual(['Cupping Friday', 'at the roastery']);
    expect(wrapLines('  one   two  ', 1000, mono)).toEqual(['one two']);
    expect(wrapLines('a b c d e f', 10, mono, 3)).toEqual(['a', 'b', 'c…']);
    expect(wrapLines('Supercalifragilistic x', 50, mono)).toEqual(['Supercalifragilistic', 'x']);
    expect(wrapLines('', 100, mono)).toEqual([]);
  });

  it('picks the ink that reads on the colour', () => {
    expect(inkOn('#0f766e')).toBe('#ffffff');
    expect(inkOn('#000000')).toBe('#ffffff');
    expect(inkOn('#ffd500')).toBe('#111111');
    expect(inkOn('#ffffff')).toBe('#111111');
  });

  it('puts a caption band across the bottom, sized by the shorter side', () => {
    const layout = layoutOverlay({ kind: 'caption', text: 'Cupping Friday at the roastery this week', color: '#0f766e' }, 1080, 1350, mono)!;
    expect(layout.fontPx).toBe(70); // 6.5 % of 1080
    expect(layout.align).toBe('center');
    expect(layout.band!.y + layout.band!.height).toBe(1350);
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.every((line) => mono(line, 70) <= 1080 - 2 * 43)).toBe(true);
    expect(layout.positions.every((at) => at.y > layout.band!.y && at.y < 1350)).toBe(true);
  });

  it('puts a one-line watermark in the bottom-right corner; nothing for none or blank text', () => {
    const layout = layoutOverlay({ kind: 'watermark', text: 'Kahawa Bora', color: '#0f766e' }, 1600, 900, mono)!;
    expect(layout).toMatchObject({ fontPx: 32, band: null, align: 'right', lines: ['Kahawa Bora'], positions: [{ x: 1600 - 36, y: 900 - 36 }] });
    expect(layoutOverlay({ kind: 'none', text: 'x', color: '#000000' }, 100, 100, mono)).toBeNull();
    expect(layoutOverlay({ kind: 'caption', text: '   ', color: '#000000' }, 100, 100, mono)).toBeNull();
  });
});

describe('video limits', () => {
  const reel = { durationSeconds: 45, width: 1080, height: 1920, bytes: 80 * 1024 * 1024 };

  it('a 45 s vertical reel fits Instagram, TikTok and Threads without advice', () => {
    for (const platform of ['instagram', 'tiktok', 'threads'] as const) expect(checkVideo(reel, platform)).toEqual([]);
  });

  it('names each limit a video breaks', () => {
    expect(checkVideo({ ...reel, durationSeconds: 200 }, 'x')).toEqual([{ kind: 'too-long', limit: 140 }, { kind: 'ratio-advice', recommended: 16 / 9 }]);
    expect(checkVideo({ ...reel, durationSeconds: 2 }, 'tiktok')).toEqual([{ kind: 'too-short', limit: 3 }]);
    expect(checkVideo({ ...reel, bytes: 600 * 1024 * 1024 }, 'linkedin')).toEqual([{ kind: 'too-big', limit: 500 * 1024 * 1024 }]);
    expect(checkVideo({ ...reel, width: 3000, height: 1000 }, 'linkedin')).toEqual([{ kind: 'ratio-out', min: 1 / 2.4, max: 2.4 }]);
    expect(checkVideo({ ...reel, width: 1000, height: 3000 }, 'x')).toEqual([{ kind: 'ratio-advice', recommended: 16 / 9 }]); // 1:3 is X's edge, allowed
    expect(checkVideo({ ...reel, width: 1000, height: 3100 }, 'x')[0]).toMatchObject({ kind: 'ratio-out' });
  });

  it('separates faults from advice', () => {
    expect(videoFits({ ...reel, width: 1920, height: 1080 }, 'instagram')).toBe(true);
    expect(checkVideo({ ...reel, width: 1920, height: 1080 }, 'instagram')).toEqual([{ kind: 'ratio-advice', recommended: 9 / 16 }]);
    expect(videoFits({ ...reel, durationSeconds: 16 * 60 }, 'instagram')).toBe(false);
  });

  it('has sane limits for every platform', () => {
    for (const platform of PLATFORMS) {
      const limits = VIDEO_LIMITS[platform];
      expect(limits.minSeconds).toBeLessThan(limits.maxSeconds);
      expect(limits.minRatio).toBeLessThan(limits.maxRatio);
      expect(limits.maxBytes).toBeGreaterThan(50 * 1024 * 1024);
    }
  });
});
