import { describe, expect, it } from 'vitest';
import { BUFFER_FREE_MAX_ROWS, exportBufferCsv } from '@/utils/export/buffer-csv';
import { FORMULA, NAIROBI, PLAN, REEL, makePost } from './sample-posts';

describe('exportBufferCsv', () => {
  it('writes the posts still to publish, in time order, in the brand zone', () => {
    const result = exportBufferCsv(PLAN, { timeZone: NAIROBI });
    expect(result.csv).toBe(
      'Text,Image URL,Tags,Posting Time\r\n' +
        '"\'=HYPERLINK(""https://evil.example"",""bonyeza"")",,,2025-03-13 18:00\r\n' +
        '"Habari za asubuhi! ☕ Kahawa mpya, ""Kilimanjaro AA"", kwa bei nafuu.\nKaribu dukani 🛍️\n\n#kahawa #Nairobi",,,2025-03-14 09:30',
    );
    expect(result.included).toEqual(['post-x', 'post-reel']);
    expect(result.omitted).toEqual([]);
  });

  it('takes one platform per file, as Buffer uploads go to one channel', () => {
    const result = exportBufferCsv(PLAN, { timeZone: NAIROBI, platform: 'x' });
    expect(result.included).toEqual(['post-x']);
    expect(result.csv.split('\r\n')).toHaveLength(2);
  });

  it('writes times on the wall clock of the export zone', () => {
    const result = exportBufferCsv([REEL, FORMULA], { timeZone: 'Europe/London' });
    expect(result.csv).toMatch(/,2025-03-13 15:00\r\n/);
    expect(result.csv).toMatch(/,2025-03-14 06:30$/);
  });

  it('stops at the row limit and leaves out posts with nothing to publish', () => {
    const posts = Array.from({ length: 12 }, (_, index) =>
      makePost({ id: `p${String(index).padStart(2, '0')}`, text: `Chapisho ${index}`, scheduledAt: Date.UTC(2025, 3, 1 + index, 6) }),
    );
    posts.push(makePost({ id: 'empty', text: '  ', scheduledAt: Date.UTC(2025, 2, 31, 6) }));
    const result = exportBufferCsv(posts, { timeZone: NAIROBI, maxRows: BUFFER_FREE_MAX_ROWS });
    expect(result.included).toHaveLength(10);
    expect(result.omitted).toEqual([
      { id: 'empty', reason: 'no-text' },
      { id: 'p10', reason: 'row-limit' },
      { id: 'p11', reason: 'row-limit' },
    ]);
  });
});
