// The composer's counters: X's weighted length (twitter-text), grapheme counts elsewhere, 90 % warnings.
import { describe, expect, it } from 'vitest';
import type { Platform } from '@/utils/platforms';
import { countGraphemes, countText, countXWeighted, levelOf } from '@/utils/compose/count-text';
import type { TextField } from '@/utils/compose/limits';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'; // 👨‍👩‍👧‍👦: 7 code points, 11 UTF-16 units
const KENYA_FLAG = '\u{1F1F0}\u{1F1EA}'; // 🇰🇪: two regional indicators
const THUMBS_MEDIUM = '\u{1F44D}\u{1F3FD}'; // 👍🏽: with a skin tone
const RED_HEART = '\u2764\uFE0F'; // ❤️: with variation selector 16
const CAFE_NFC = 'Caf\u00E9';
const CAFE_NFD = 'Cafe\u0301';

describe('X weighted counting', () => {
  it('counts each URL as 23, with or without a scheme, however long', () => {
    expect(countXWeighted('Soma zaidi: https://kahawa.co.ke/ofa?id=1')).toBe(12 + 23);
    expect(countXWeighted('example.com')).toBe(23);
    expect(countXWeighted('http://a.co')).toBe(23); // shorter than 23, still 23
    const longPath = 'https://kahawa.co.ke/a/very/long/path/that/is/much/longer/than/twenty-three/characters';
    expect(countXWeighted(`a ${longPath} b example.com`)).toBe(2 + 23 + 3 + 23);
  });

  it('counts an emoji as 2, whatever it is made of', () => {
    expect(countXWeighted('\u{1F600}')).toBe(2); // 😀
    expect(countXWeighted(FAMILY)).toBe(2);
    expect(countXWeighted(KENYA_FLAG)).toBe(2);
    expect(countXWeighted(THUMBS_MEDIUM)).toBe(2);
    expect(countXWeighted(RED_HEART)).toBe(2);
    expect(countXWeighted(`Karibu! ${KENYA_FLAG}`)).toBe(8 + 2);
    expect(countXWeighted('Habari \u{1F44B} https://kahawa.co.ke')).toBe(7 + 2 + 1 + 23);
  });

  it('counts CJK, and every character beyond X’s light ranges, as 2', () => {
    expect(countXWeighted('日本語')).toBe(6);
    expect(countXWeighted('こんにちは')).toBe(10);
    expect(countXWeighted('한국')).toBe(4);
    expect(countXWeighted('ሰላም')).toBe(6); // Ethiopic (U+1200…) is past U+10FF too
    expect(countXWeighted('Habari, ĉu ŝi?')).toBe(14); // Latin with accents counts 1
  });

  it('normalises to NFC first: an accent typed as a combining mark is still one character', () => {
    expect(countXWeighted(CAFE_NFD)).toBe(4);
    expect(countXWeighted(CAFE_NFC)).toBe(4);
    const decomposed = 'e\u0301'.repeat(280); // 560 UTF-16 units
    expect(countText('x', decomposed)).toMatchObject({ used: 280, remaining: 0, level: 'near' });
  });

  it('reaches the limit at 280 and goes over at 281, also when the last character is wide', () => {
    expect(countText('x', 'a'.repeat(278) + '\u{1F600}')).toMatchObject({ used: 280, level: 'near' });
    expect(countText('x', 'a'.repeat(279) + '\u{1F600}')).toMatchObject({ used: 281, remaining: -1, level: 'over' });
    expect(countText('x', '日'.repeat(140))).toMatchObject({ used: 280, level: 'near' });
    expect(countText('x', '日'.repeat(141))).toMatchObject({ used: 282, level: 'over' });
    // 256 characters, a space and one URL = 280, however long the URL is written.
    expect(countText('x', `${'a'.repeat(256)} https://kahawa.co.ke/${'b'.repeat(100)}`)).toMatchObject({ used: 280, level: 'near' });
    expect(countText('x', `${'a'.repeat(257)} https://kahawa.co.ke/${'b'.repeat(100)}`)).toMatchObject({ used: 281, level: 'over' });
  });
});

describe('grapheme counting (every platform but X)', () => {
  it('counts what a person sees as one character', () => {
    expect(countGraphemes(FAMILY)).toBe(1);
    expect(countGraphemes(KENYA_FLAG)).toBe(1);
    expect(countGraphemes(THUMBS_MEDIUM)).toBe(1);
    expect(countGraphemes(RED_HEART)).toBe(1);
    expect(countGraphemes(CAFE_NFD)).toBe(4);
    expect(countGraphemes(CAFE_NFC)).toBe(4);
    expect(countGraphemes('日本語 https://kahawa.co.ke')).toBe(4 + 20); // a URL is its own length here
    expect(countGraphemes('')).toBe(0);
  });

  it('counts long texts in pieces without splitting a character across two pieces', () => {
    const oracle = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length;
    const mixed = `Habari ${FAMILY} caf${CAFE_NFD.slice(3)} ${KENYA_FLAG}🇹🇿 日本語 한국어 नमस्ते ${THUMBS_MEDIUM}\r\n`;
    // Shift the clusters across every position around the 256-unit piece boundary.
    for (let shift = 240; shift <= 270; shift += 1) {
      const text = 'a'.repeat(shift) + mixed.repeat(40);
      expect(countGraphemes(text)).toBe(oracle(text));
    }
    expect(countGraphemes('a'.repeat(255) + CAFE_NFD)).toBe(259);
    expect(countGraphemes('a'.repeat(255) + FAMILY)).toBe(256);
    expect(countGraphemes('a'.repeat(255) + '\r\n')).toBe(256);
    expect(countGraphemes('日'.repeat(1000) + KENYA_FLAG.repeat(200))).toBe(1200);
  });

  it('puts a limit of emoji exactly at the limit (UTF-16 would make it four times over)', () => {
    expect(countText('threads', THUMBS_MEDIUM.repeat(500))).toMatchObject({ used: 500, remaining: 0, level: 'near' });
    expect(countText('threads', THUMBS_MEDIUM.repeat(501))).toMatchObject({ used: 501, remaining: -1, level: 'over' });
  });
});

describe('countText against every limit', () => {
  // [platform, field, limit, first count that is "near"]
  const cases: [Platform, TextField, number, number][] = [
    ['x', 'post', 280, 252],
    ['x', 'comment', 280, 252],
    ['instagram', 'post', 2200, 1980],
    ['instagram', 'comment', 2196, 1977],
    ['instagram', 'altText', 1000, 900],
    ['facebook', 'post', 63206, 56886],
    ['facebook', 'title', 255, 230],
    ['linkedin', 'post', 3000, 2700],
    ['linkedin', 'comment', 1250, 1125],
    ['youtube', 'post', 5000, 4500],
    ['youtube', 'title', 100, 90],
    ['tiktok', 'post', 2200, 1980],
    ['threads', 'post', 500, 450],
  ];

  it.each(cases)('%s %s (limit %i, near from %i): ok below, near up to the limit, over past it', (platform, field, limit, near) => {
    const count = (length: number) => countText(platform, 'a'.repeat(length), { field });
    expect(count(near - 1)).toMatchObject({ used: near - 1, limit, remaining: limit - near + 1, level: 'ok' });
    expect(count(near)).toMatchObject({ used: near, limit, level: 'near' });
    expect(count(limit)).toMatchObject({ used: limit, limit, remaining: 0, level: 'near' });
    expect(count(limit + 1)).toMatchObject({ used: limit + 1, limit, remaining: -1, level: 'over' });
  });

  it('says which platform, field and unit it counted', () => {
    expect(countText('x', 'Habari')).toEqual({ platform: 'x', field: 'post', unit: 'x-weighted', used: 6, limit: 280, remaining: 274, level: 'ok' });
    expect(countText('linkedin', 'Habari', { field: 'comment' })).toEqual({
      platform: 'linkedin',
      field: 'comment',
      unit: 'graphemes',
      used: 6,
      limit: 1250,
      remaining: 1244,
      level: 'ok',
    });
  });

  it('gives no limit, and so no warning, for a field the reference has no figure for', () => {
    expect(countText('x', 'a'.repeat(500), { field: 'title' })).toMatchObject({ used: 500, limit: null, remaining: null, level: 'ok' });
  });

  it('takes overrides for figures the reference marks as varying (X Premium, TikTok in-app)', () => {
    expect(countText('x', 'a'.repeat(300), { limits: { post: 25000 } })).toMatchObject({ used: 300, limit: 25000, level: 'ok' });
    expect(countText('tiktok', 'a'.repeat(2201))).toMatchObject({ level: 'over' });
    expect(countText('tiktok', 'a'.repeat(2201), { limits: { post: 4000 } })).toMatchObject({ limit: 4000, level: 'ok' });
    // The override changes the limit, never how X counts.
    expect(countText('x', '日本', { limits: { post: 25000 } }).used).toBe(4);
  });
});

describe('hashtag and mention caps', () => {
  const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${String.fromCharCode(97 + i)}`).join(' ');

  it('tallies Instagram’s hashtags against its cap of 5', () => {
    expect(countText('instagram', `Habari ${tags(4)}`).hashtags).toEqual({ used: 4, limit: 5, remaining: 1, level: 'ok' });
    expect(countText('instagram', `Habari ${tags(5)}`).hashtags).toEqual({ used: 5, limit: 5, remaining: 0, level: 'near' });
    expect(countText('instagram', `Habari ${tags(6)}`).hashtags).toEqual({ used: 6, limit: 5, remaining: -1, level: 'over' });
  });

  it('counts every typed tag, repeats too, but not what is no tag', () => {
    const text = '#Kahawa #kahawa #Café #2024 C#sharp &#39; #日本';
    expect(countText('instagram', text).hashtags?.used).toBe(4);
  });

  it('caps the comment field too, but neither a title nor an alt text', () => {
    expect(countText('instagram', tags(6), { field: 'comment' }).hashtags?.level).toBe('over');
    expect(countText('instagram', tags(6), { field: 'altText' }).hashtags).toBeUndefined();
  });

  it('has no tally where the platform sets no cap', () => {
    const count = countText('x', tags(10));
    expect(count.hashtags).toBeUndefined();
    expect(count.mentions).toBeUndefined();
    expect(countText('linkedin', tags(40)).hashtags).toBeUndefined();
  });

  it('takes a cap as an override: Instagram’s former 30, a mention cap', () => {
    expect(countText('instagram', tags(6), { limits: { hashtags: 30 } }).hashtags).toEqual({ used: 6, limit: 30, remaining: 24, level: 'ok' });
    const mentions = countText('instagram', '@kahawa_bora @nairobi.coffee na info@kahawa.co.ke @mama_mboga.', { limits: { mentions: 3 } });
    expect(mentions.mentions).toEqual({ used: 3, limit: 3, remaining: 0, level: 'near' });
    // On X the tags are read by twitter-text: "#2024" is no hashtag, "@nairobi.coffee" is "@nairobi".
    expect(countText('x', '#kahawa #2024 @nairobi.coffee', { limits: { hashtags: 1, mentions: 2 } })).toMatchObject({
      hashtags: { used: 1, level: 'near' },
      mentions: { used: 1, level: 'ok' },
    });
  });
});

describe('levelOf', () => {
  it('is ok below 90 %, near from 90 % to the limit, over past it', () => {
    expect(levelOf(0, 280)).toBe('ok');
    expect(levelOf(251, 280)).toBe('ok');
    expect(levelOf(252, 280)).toBe('near');
    expect(levelOf(280, 280)).toBe('near');
    expect(levelOf(281, 280)).toBe('over');
  });
});
