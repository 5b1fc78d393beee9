import { describe, expect, it } from 'vitest';
import { HOOTSUITE_MAX_ROWS, exportHootsuiteCsv } from '@/utils/export/hootsuite-csv';
import { NAIROBI, PLAN, makePost } from './sample-posts';

describe('exportHootsuiteCsv', () => {
  it('writes date/time, message and link, without a header row', () => {
    const result = exportHootsuiteCsv(PLAN, { timeZone: NAIROBI });
    expect(result.csv).toBe(
      '03/13/2025 18:00,"\'=HYPERLINK(""https://evil.example"",""bonyeza"")",\r\n' +
        '03/14/2025 09:30,"Habari za asubuhi! ☕ Kahawa mpya, ""Kilimanjaro AA"", kwa bei nafuu.\nKaribu dukani 🛍️\n\n#kahawa #Nairobi",',
    );
    expect(result.included).toEqual(['post-x', 'post-reel']);
  });

  it('exports the first 350 posts in time order and reports the rest', () => {
    // Built latest first, so the cap must sort before it cuts.
    const posts = Array.from({ length: 400 }, (_, index) =>
      makePost({ id: `p${String(399 - index).padStart(3, '0')}`, text: 'Habari', scheduledAt: Date.UTC(2025, 3, 1, 6) + (399 - index) * 3_600_000 }),
    );
    const result = exportHootsuiteCsv(posts, { timeZone: NAIROBI });
    expect(HOOTSUITE_MAX_ROWS).toBe(350);
    expect(result.included).toHaveLength(350);
    expect(result.included[0]).toBe('p000');
    expect(result.included[349]).toBe('p349');
    expect(result.omitted).toHaveLength(50);
    expect(result.omitted.every((post) => post.reason === 'row-limit')).toBe(true);
    expect(result.omitted[0]).toEqual({ id: 'p350', reason: 'row-limit' });
    const rows = result.csv.split('\r\n');
    expect(rows).toHaveLength(350);
    expect(rows[0]).toBe('04/01/2025 09:00,Habari,');
  });

  it('takes a smaller cap when posts are already scheduled in Hootsuite', () => {
    const posts = Array.from({ length: 5 }, (_, index) => makePost({ id: `p${index}`, text: 'Habari', scheduledAt: Date.UTC(2025, 3, 1 + index, 6) }));
    const result = exportHootsuiteCsv(posts, { timeZone: NAIROBI, maxRows: 2 });
    expect(result.included).toEqual(['p0', 'p1']);
    expect(result.omitted.map((post) => post.id)).toEqual(['p2', 'p3', 'p4']);
  });

  it('refuses a negative or fractional cap', () => {
    expect(() => exportHootsuiteCsv(PLAN, { timeZone: NAIROBI, maxRows: -1 })).toThrow(RangeError);
    expect(() => exportHootsuiteCsv(PLAN, { timeZone: NAIROBI, maxRows: 1.5 })).toThrow(RangeError);
  });
});
