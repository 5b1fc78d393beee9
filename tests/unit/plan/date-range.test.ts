// Date ranges of campaigns and events: the locale's range form within a month, two whole dates across
// months (ICU's Kiswahili pattern would drop the first month).
import { describe, expect, it } from 'vitest';
import { formatLocalDateRange } from '@/components/plan/campaigns/date-range';

describe('formatLocalDateRange', () => {
  it('uses the short range form within one month', () => {
    expect(formatLocalDateRange('en-KE', '2026-11-27', '2026-11-30')).toMatch(/^27\s*–\s*30 Nov 2026$/);
  });
  it('names both months across months, in English and Kiswahili', () => {
    expect(formatLocalDateRange('en-KE', '2026-10-01', '2026-12-31')).toBe('1 Oct 2026 – 31 Dec 2026');
    const sw = formatLocalDateRange('sw-KE', '2026-10-01', '2026-12-31');
    expect(sw).toContain('Okt');
    expect(sw).toContain('Des');
  });
});
