import { describe, expect, it } from 'vitest';
import { parseTime } from '@/utils/collect/time';

describe('parseTime: Date.parse without its cost for the platforms’ ISO timestamps', () => {
  it('reads the UTC forms the platforms write', () => {
    expect(parseTime('2025-11-20T14:05:00.000Z')).toBe(Date.UTC(2025, 10, 20, 14, 5, 0, 0));
    expect(parseTime('2025-11-20T14:05:07Z')).toBe(Date.UTC(2025, 10, 20, 14, 5, 7));
  });

  it('gives what Date.parse gives for anything, odd values and other forms included', () => {
    const samples = [
      '', 'x', '2025-11-20', '2025-11-20T14:05:00.000+02:00', '2025-02-30T00:00:00.000Z', '2025-04-31T10:00:00Z',
      '2025-01-01T24:00:00.000Z', '2025-01-01T23:60:00.000Z', '2025-01-01T23:59:60.000Z', '0099-01-01T00:00:00.000Z',
      '2025-13-01T00:00:00.000Z', '2025-00-10T00:00:00.000Z', '2025-1a-01T00:00:00.000Z', '2025-11-20 14:05:00.000Z',
      'Thu, 20 Nov 2025 14:05:00 GMT', '2025-11-20T14:05:00.000z', '+002025-11-20T14:05:00.000Z',
    ];
    for (const sample of samples) expect(parseTime(sample), sample).toBe(Date.parse(sample));
  });

  it('agrees with Date.parse over a seeded fuzz of near-ISO strings', () => {
    let seed = 0x74696d65;
    const random = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const pad = (value: number, width: number): string => String(value).padStart(width, '0');
    const noise = '0123456789-:.TZ +x';
    const wrong: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      let text = `${pad(random(10000), 4)}-${pad(random(14), 2)}-${pad(random(33), 2)}T${pad(random(26), 2)}:${pad(random(62), 2)}:${pad(random(62), 2)}${random(3) ? `.${pad(random(1000), 3)}` : ''}Z`;
      if (random(4) === 0) {
        const at = random(text.length);
        text = text.slice(0, at) + noise.charAt(random(noise.length)) + text.slice(at + 1);
      }
      if (!Object.is(parseTime(text), Date.parse(text))) wrong.push(text);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
