// UTM tags on a post's links: exact output for each case, links found as X finds them.
import { describe, expect, it } from 'vitest';
import { applyUtmToUrl, slugify, utmParamsFor, withUtm } from '@/utils/compose/utm';

const PARAMS = { source: 'instagram', medium: 'social', campaign: 'ofa-ya-ijumaa-nyeusi', content: 'post-1' };
const TAGS = 'utm_source=instagram&utm_medium=social&utm_campaign=ofa-ya-ijumaa-nyeusi&utm_content=post-1';

describe('slugify', () => {
  it('lower-cases, strips accents and joins words with "-"', () => {
    expect(slugify('Ofa ya Ijumaa Nyeusi')).toBe('ofa-ya-ijumaa-nyeusi');
    expect(slugify('Café Été')).toBe('cafe-ete');
    expect(slugify('Cafe\u0301 E\u0301te\u0301')).toBe('cafe-ete'); // accents typed as combining marks
    expect(slugify('  Black Friday 2026!!  ')).toBe('black-friday-2026');
    expect(slugify('Kahawa & Chai — Ofa_Maalum')).toBe('kahawa-chai-ofa-maalum');
    expect(slugify('Straße Łódź Ærø Ñandú İstanbul')).toBe('strasse-lodz-aero-nandu-istanbul');
  });

  it('keeps other scripts, with their vowel signs, and gives "" for a name with no letters', () => {
    expect(slugify('ऑफ़र २०२६')).toBe('ऑफ़र-२०२६'.normalize('NFC'));
    expect(slugify('セール 2026')).toBe('セール-2026');
    expect(slugify('!!! — ???')).toBe('');
  });

  it('leaves a slug as it is', () => {
    expect(slugify('ofa-ya-ijumaa-nyeusi')).toBe('ofa-ya-ijumaa-nyeusi');
  });
});

describe('utmParamsFor', () => {
  it('maps platform, campaign slug and post id; no campaign gives an empty campaign', () => {
    expect(utmParamsFor({ platform: 'x', campaignSlug: 'Ofa ya Ijumaa Nyeusi', postId: 'p1' })).toEqual({
      source: 'x',
      medium: 'social',
      campaign: 'ofa-ya-ijumaa-nyeusi',
      content: 'p1',
    });
    expect(utmParamsFor({ platform: 'tiktok', campaignSlug: null, postId: 'p2' }).campaign).toBe('');
  });
});

describe('applyUtmToUrl', () => {
  it('adds the four tags in a fixed order', () => {
    expect(applyUtmToUrl('https://kahawa.co.ke/ofa', PARAMS)).toBe(`https://kahawa.co.ke/ofa?${TAGS}`);
  });

  it('keeps the existing query as written and the fragment last', () => {
    expect(applyUtmToUrl('https://kahawa.co.ke/duka?size=250g&q=a%20b+c#bei', PARAMS)).toBe(`https://kahawa.co.ke/duka?size=250g&q=a%20b+c&${TAGS}#bei`);
    // A "?" inside the fragment belongs to the fragment.
    expect(applyUtmToUrl('https://app.kahawa.co.ke/#/menu?tab=1', PARAMS)).toBe(`https://app.kahawa.co.ke/?${TAGS}#/menu?tab=1`);
    expect(applyUtmToUrl('https://kahawa.co.ke/duka?', PARAMS)).toBe(`https://kahawa.co.ke/duka?${TAGS}`);
  });

  it('replaces every utm_* parameter it had instead of adding a second one', () => {
    expect(
      applyUtmToUrl('https://kahawa.co.ke/?utm_source=facebook&id=7&UTM_Medium=email&utm_term=kahawa&utm%5Fcampaign=old', {
        source: 'x',
        medium: 'social',
        content: 'p1',
      }),
    ).toBe('https://kahawa.co.ke/?id=7&utm_source=x&utm_medium=social&utm_content=p1');
  });

  it('is idempotent', () => {
    const once = applyUtmToUrl('https://kahawa.co.ke/duka?size=250g#bei', PARAMS);
    expect(applyUtmToUrl(once, PARAMS)).toBe(once);
  });

  it('adds no slash to a bare host and encodes the values', () => {
    expect(applyUtmToUrl('https://kahawa.co.ke', { source: 'x', medium: 'social', campaign: null, content: 'a b&c' })).toBe(
      'https://kahawa.co.ke?utm_source=x&utm_medium=social&utm_content=a%20b%26c',
    );
  });

  it('leaves anything that is not an absolute http(s) URL exactly as it was', () => {
    for (const url of ['https://kaha wa.co.ke/', 'https://', 'http://[::1', 'mailto:info@kahawa.co.ke', 'tel:+254700000000', 'ftp://kahawa.co.ke/x', '/duka', 'kahawa.co.ke']) {
      expect(applyUtmToUrl(url, PARAMS)).toBe(url);
    }
  });
});

describe('withUtm', () => {
  const target = { platform: 'x' as const, campaignSlug: 'ofa-ya-ijumaa-nyeusi', postId: 'p1' };
  const tags = 'utm_source=x&utm_medium=social&utm_campaign=ofa-ya-ijumaa-nyeusi&utm_content=p1';

  it('tags a link and keeps the sentence’s full stop outside it', () => {
    expect(withUtm('Ofa! Nunua sasa: https://kahawa.co.ke/ofa. Karibu!', target)).toBe(`Ofa! Nunua sasa: https://kahawa.co.ke/ofa?${tags}. Karibu!`);
  });

  it('tags every link, leaving brackets, commas and question marks around them alone', () => {
    expect(withUtm('(https://kahawa.co.ke/a) na https://kahawa.co.ke/b?x=1#juu, au https://kahawa.co.ke/c?', target)).toBe(
      `(https://kahawa.co.ke/a?${tags}) na https://kahawa.co.ke/b?x=1&${tags}#juu, au https://kahawa.co.ke/c?${tags}?`,
    );
  });

  it('finds links after emoji and CJK (UTF-16 positions) and with an upper-case scheme', () => {
    expect(withUtm('🎉🇰🇪 日本 https://kahawa.co.ke/ofa 🎉 HTTP://KAHAWA.CO.KE/B', target)).toBe(
      `🎉🇰🇪 日本 https://kahawa.co.ke/ofa?${tags} 🎉 HTTP://KAHAWA.CO.KE/B?${tags}`,
    );
  });

  it('replaces a link’s old tags', () => {
    expect(withUtm('https://kahawa.co.ke/?utm_source=facebook&utm_campaign=zamani&id=7', target)).toBe(`https://kahawa.co.ke/?id=7&${tags}`);
  });

  it('leaves platform and messenger links, other schemes and links without a scheme alone', () => {
    const text =
      'https://www.instagram.com/kahawabora https://m.facebook.com/kahawa https://youtu.be/abc https://x.com/k/status/1 ' +
      'https://wa.me/254700000000 https://www.threads.com/@kahawa mailto:info@kahawa.co.ke kahawa.co.ke/ofa';
    expect(withUtm(text, target)).toBe(text);
  });

  it('matches a platform by whole host name, not by its ending', () => {
    expect(withUtm('https://notinstagram.com/x', target)).toBe(`https://notinstagram.com/x?${tags}`);
  });

  it('sets no utm_campaign without a campaign, and slugifies a name given as the slug', () => {
    expect(withUtm('https://kahawa.co.ke/', { platform: 'linkedin', postId: 'p9' })).toBe(
      'https://kahawa.co.ke/?utm_source=linkedin&utm_medium=social&utm_content=p9',
    );
    expect(withUtm('https://kahawa.co.ke/', { platform: 'facebook', campaignSlug: 'Café Été', postId: 'p9' })).toBe(
      'https://kahawa.co.ke/?utm_source=facebook&utm_medium=social&utm_campaign=cafe-ete&utm_content=p9',
    );
  });

  it('returns a text without links unchanged, and tagging twice changes nothing more', () => {
    expect(withUtm('Habari za asubuhi! #kahawa @mama', target)).toBe('Habari za asubuhi! #kahawa @mama');
    const once = withUtm('Soma https://kahawa.co.ke/blog?id=3#maoni.', target);
    expect(withUtm(once, target)).toBe(once);
  });
});
