import { describe, expect, it } from 'vitest';
import { exportPublerCsv } from '@/utils/export/publer-csv';
import { NAIROBI, PLAN } from './sample-posts';

describe('exportPublerCsv', () => {
  it('writes all 12 columns, labels and subtypes, in time order', () => {
    const result = exportPublerCsv(PLAN, { timeZone: NAIROBI, campaignNames: new Map([['camp-ramadhani', 'Ramadhani 2025']]) });
    expect(result.csv).toBe(
      'Date,Text,Link(s),Media URL(s),Title,Labels,Alt text(s),Comment(s),Pin board,Post subtype,CTA,Reminder\r\n' +
        '2025-03-13 18:00,"\'=HYPERLINK(""https://evil.example"",""bonyeza"")",,,"Bei; ""poa"", leo","Ofa punguzo,text",,,,,,\r\n' +
        '2025-03-14 09:30,"Habari za asubuhi! ☕ Kahawa mpya, ""Kilimanjaro AA"", kwa bei nafuu.\nKaribu dukani 🛍️\n\n#kahawa #Nairobi",,,Kahawa ya asubuhi,"Bidhaa,Ramadhani 2025,reel",,,,reel,,',
    );
    expect(result.included).toEqual(['post-x', 'post-reel']);
    expect(result.omitted).toEqual([]);
  });

  it('leaves a campaign it cannot name out of the labels', () => {
    const result = exportPublerCsv(PLAN, { timeZone: NAIROBI, platform: 'instagram' });
    expect(result.csv.split('\r\n')[1]).toContain(',"Bidhaa,reel",');
  });
});
