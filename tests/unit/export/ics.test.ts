import { describe, expect, it } from 'vitest';
import { exportPlanToIcs } from '@/utils/export/ics';
import { escapeIcsText, foldIcsLine } from '@/utils/export/ics-text';
import { NOW, PLAN, makePost } from './sample-posts';

const OPTIONS = { calendarName: 'Mpango wa Machi, 2025', now: NOW, defaultLeadMinutes: 60 };
const octets = (line: string): number => new TextEncoder().encode(line).length;
const unfold = (ics: string): string => ics.replaceAll('\r\n ', '');

describe('exportPlanToIcs', () => {
  it('writes one event per dated, not cancelled post, in time order', () => {
    const expected = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Mkakati//Content plan//EN',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Mpango wa Machi\\, 2025',
      'BEGIN:VEVENT',
      'UID:post-published@mkakati',
      'DTSTAMP:20250312T080000Z',
      'DTSTART:20250310T090000Z',
      'DURATION:PT15M',
      'SUMMARY:Facebook: Tumefungua tawi jipya',
      'DESCRIPTION:Tumefungua tawi jipya Westlands.\\n\\n#Westlands',
      'URL:https://www.facebook.com/mkakati/posts/123',
      'CATEGORIES:image,Habari',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:post-x@mkakati',
      'DTSTAMP:20250312T080000Z',
      'DTSTART:20250313T150000Z',
      'DURATION:PT15M',
      'SUMMARY:X: Bei\\; "poa"\\, leo',
      'DESCRIPTION:=HYPERLINK("https://evil.example"\\,"bonyeza")',
      'CATEGORIES:text,Ofa\\, punguzo',
      'STATUS:TENTATIVE',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT30M',
      'DESCRIPTION:X: Bei\\; "poa"\\, leo',
      'END:VALARM',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:post-reel@mkakati',
      'DTSTAMP:20250312T080000Z',
      'DTSTART:20250314T063000Z',
      'DURATION:PT15M',
      'SUMMARY:Instagram: Kahawa ya asubuhi',
      // Exactly 75 octets (☕ is 3), then the fold: CRLF, one space, and the text's own space.
      'DESCRIPTION:Habari za asubuhi! ☕ Kahawa mpya\\, "Kilimanjaro AA"\\, kwa bei',
      '  nafuu.\\nKaribu dukani 🛍️\\n\\n#kahawa #Nairobi',
      'CATEGORIES:reel,Bidhaa',
      'STATUS:CONFIRMED',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT60M',
      'DESCRIPTION:Instagram: Kahawa ya asubuhi',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(exportPlanToIcs(PLAN, OPTIONS)).toBe(expected);
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    const ics = exportPlanToIcs(PLAN, OPTIONS);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('folds long multi-byte text without splitting a character, and unfolds to the original', () => {
    const codePoints = Array.from('Karibu Mkakati — mpango wa maudhui ✨🇰🇪 ñ; "sawa", asante!\n'.repeat(7));
    // Every start offset, so the 75-octet limit falls inside every kind of character at least once.
    for (let cut = 0; cut < 60; cut += 1) {
      const text = codePoints.slice(cut).join('');
      const post = makePost({ id: 'long', title: 'Ndefu', text, scheduledAt: NOW + 3_600_000 });
      const ics = exportPlanToIcs([post], OPTIONS);
      const lines = ics.split('\r\n');
      for (const line of lines) {
        expect(octets(line)).toBeLessThanOrEqual(75);
        // A lone surrogate would mean a code point was cut in two.
        expect(line.isWellFormed()).toBe(true);
      }
      expect(unfold(ics).split('\r\n')).toContain(`DESCRIPTION:${escapeIcsText(text.trim())}`);
    }
  });

  it('reminds with the post’s own lead, else the default, only before an unpublished post', () => {
    const soon = NOW + 86_400_000;
    const ics = exportPlanToIcs(
      [
        makePost({ id: 'own-lead', title: 'A', scheduledAt: soon, reminderLeadMinutes: 0 }),
        makePost({ id: 'default-lead', title: 'B', scheduledAt: soon + 1, status: 'idea' }),
        makePost({ id: 'published', title: 'C', scheduledAt: soon + 2, status: 'published' }),
        makePost({ id: 'past', title: 'D', scheduledAt: NOW - 1, status: 'missed' }),
      ],
      { ...OPTIONS, defaultLeadMinutes: 1_440 },
    );
    // `.` stops before the CR of each CRLF.
    expect(ics.match(/^TRIGGER:.*/gm)).toEqual(['TRIGGER:-PT0M', 'TRIGGER:-PT1440M']);
    // In time order: past (missed), own-lead (scheduled), default-lead (idea), published.
    expect(ics.match(/^STATUS:.*/gm)).toEqual(['STATUS:TENTATIVE', 'STATUS:CONFIRMED', 'STATUS:TENTATIVE', 'STATUS:CONFIRMED']);
  });

  it('keeps hostile text inside its property', () => {
    const post = makePost({
      id: 'hostile',
      title: 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT',
      text: 'a\\b;c,d\re\nf\u0000g\u001bh\ti',
      // The URL parser drops line breaks, so the schema accepts this.
      publishedUrl: 'https://example.com/a\r\nBEGIN:VALARM',
      scheduledAt: NOW - 1,
      status: 'published',
    });
    const ics = exportPlanToIcs([post], { ...OPTIONS, calendarName: 'Jina\nBEGIN:VEVENT' });
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
    expect(ics).toContain('\r\nX-WR-CALNAME:Jina\\nBEGIN:VEVENT\r\n');
    expect(ics).toContain('\r\nSUMMARY:Instagram: x\\nEND:VEVENT\\nBEGIN:VEVENT\r\n');
    expect(ics).toContain('\r\nDESCRIPTION:a\\\\b\\;c\\,d\\ne\\nfgh\ti\r\n');
    expect(ics).toContain('\r\nURL:https://example.com/aBEGIN:VALARM\r\n');
  });

  it('names an event by the start of its text when it has no title', () => {
    const post = makePost({ id: 'untitled', platform: 'threads', text: `${'neno '.repeat(20)}\nmstari wa pili`, scheduledAt: NOW - 1 });
    const summary = unfold(exportPlanToIcs([post], OPTIONS)).match(/^SUMMARY:(.*)\r$/m)?.[1];
    expect(summary).toBe(`Threads: ${'neno '.repeat(11)}neno…`);
    const bare = makePost({ id: 'bare', platform: 'youtube', scheduledAt: NOW - 1 });
    expect(exportPlanToIcs([bare], OPTIONS)).toContain('\r\nSUMMARY:YouTube\r\n');
  });

  it('writes an empty calendar when nothing is dated', () => {
    expect(exportPlanToIcs([], { ...OPTIONS, productId: '-//Test//EN' })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Mpango wa Machi\\, 2025\r\nEND:VCALENDAR\r\n',
    );
  });

  it('refuses a lead that is not whole minutes', () => {
    expect(() => exportPlanToIcs(PLAN, { ...OPTIONS, defaultLeadMinutes: -5 })).toThrow(RangeError);
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break (RFC 5545 §3.3.11)', () => {
    expect(escapeIcsText('C:\\njia; a, b\r\nc\rd\ne')).toBe('C:\\\\njia\\; a\\, b\\nc\\nd\\ne');
  });

  it('keeps colons, quotes, tabs, Kiswahili and emoji', () => {
    expect(escapeIcsText('Saa: "tatu"\tasubuhi 🌅')).toBe('Saa: "tatu"\tasubuhi 🌅');
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldIcsLine(line)).toBe(line);
  });

  it('folds before a 2-octet character that would cross 75 octets', () => {
    // 8 + 33 × 2 = 74 octets; the 34th ñ would make 76.
    expect(foldIcsLine(`SUMMARY:${'ñ'.repeat(40)}`)).toBe(`SUMMARY:${'ñ'.repeat(33)}\r\n ${'ñ'.repeat(7)}`);
  });

  it('folds before a 4-octet emoji, keeping its surrogate pair whole', () => {
    // 2 + 18 × 4 = 74 octets; a continuation line holds 1 + 18 × 4 = 73.
    expect(foldIcsLine(`X:${'😀'.repeat(40)}`)).toBe(`X:${'😀'.repeat(18)}\r\n ${'😀'.repeat(18)}\r\n ${'😀'.repeat(4)}`);
  });

  it('folds ASCII at exactly 75 octets per line, the continuation space included', () => {
    const folded = foldIcsLine('D'.repeat(200));
    expect(folded).toBe(`${'D'.repeat(75)}\r\n ${'D'.repeat(74)}\r\n ${'D'.repeat(51)}`);
  });
});
