// Hashtags and mentions as each platform reads them; adding a hashtag set to a draft.
import { describe, expect, it } from 'vitest';
import { extractHashtags, extractMentions, insertHashtagSet } from '@/utils/compose/hashtags';

const MIXED = '#Kahawa #Café #日本 #हिन्दी #کتاب\u200Cها #V60 #2024 C#sharp &#39; #Black-Friday ＃Nairobi #kahawa_bora.';

describe('extractHashtags', () => {
  it('reads tags in any script outside X, without the sign, in order', () => {
    expect(extractHashtags('instagram', MIXED)).toEqual(['Kahawa', 'Café', '日本', 'हिन्दी', 'کتاب\u200Cها', 'V60', 'Black', 'Nairobi', 'kahawa_bora']);
  });

  it('reads X’s tags with twitter-text', () => {
    expect(extractHashtags('x', MIXED)).toEqual(['Kahawa', 'Café', '日本', 'हिन्दी', 'کتاب\u200Cها', 'V60', 'Black', 'Nairobi', 'kahawa_bora']);
    // twitter-text's own rule: a tag followed straight by another "#" is no tag at all on X.
    expect(extractHashtags('x', '#kahawa#nairobi #')).toEqual([]);
    expect(extractHashtags('instagram', '#kahawa#nairobi #')).toEqual(['kahawa']);
  });

  it('keeps repeats and needs a letter; a sign glued to a word is no tag', () => {
    expect(extractHashtags('threads', '#kahawa #Kahawa #1 #_ no#tag (#ndani) #mwisho!')).toEqual(['kahawa', 'Kahawa', 'ndani', 'mwisho']);
    expect(extractHashtags('linkedin', 'Hakuna alama hapa')).toEqual([]);
  });

  it('keeps an accent typed as a combining mark inside the tag', () => {
    expect(extractHashtags('instagram', '#Cafe\u0301 ni bora')).toEqual(['Cafe\u0301']);
  });
});

describe('extractMentions', () => {
  it('reads handles outside X with dots inside, not an e-mail address, not a closing dot', () => {
    expect(extractMentions('instagram', '@kahawa_bora, @nairobi.coffee. info@kahawa.co.ke @ (@mama)')).toEqual(['kahawa_bora', 'nairobi.coffee', 'mama']);
  });

  it('reads X’s handles with twitter-text (no dots in an X handle)', () => {
    expect(extractMentions('x', '@kahawa_bora, @nairobi.coffee. info@kahawa.co.ke')).toEqual(['kahawa_bora', 'nairobi']);
  });
});

describe('insertHashtagSet', () => {
  it('appends the set after one blank line, each tag with #, spaces and hyphens dropped', () => {
    expect(insertHashtagSet('Habari za asubuhi!', ['KahawaBora', '#NairobiCoffee', 'Black Friday', 'Ijumaa-Nyeusi'])).toBe(
      'Habari za asubuhi!\n\n#KahawaBora #NairobiCoffee #BlackFriday #IjumaaNyeusi',
    );
  });

  it('leaves out tags the text already has, in any case, and repeats within the set', () => {
    expect(insertHashtagSet('Kikombe cha #kahawabora leo.', ['KahawaBora', 'Nairobi', 'nairobi', 'NAIROBI'])).toBe('Kikombe cha #kahawabora leo.\n\n#Nairobi');
    // The same tag whether its accent is one code point or a combining mark.
    expect(insertHashtagSet('Kahawa #Cafe\u0301', ['Café'])).toBe('Kahawa #Cafe\u0301');
  });

  it('drops the text’s trailing blank space, so there is exactly one blank line', () => {
    expect(insertHashtagSet('Habari  \n\n\n', ['Nairobi'])).toBe('Habari\n\n#Nairobi');
    expect(insertHashtagSet('\n  Habari', ['Nairobi'])).toBe('\n  Habari\n\n#Nairobi');
  });

  it('joins a closing line of hashtags instead of starting a second block', () => {
    expect(insertHashtagSet('Habari\n\n#KahawaBora #V60', ['v60', 'PourOver'])).toBe('Habari\n\n#KahawaBora #V60 #PourOver');
    expect(insertHashtagSet('#KahawaBora', ['Nairobi'])).toBe('#KahawaBora #Nairobi');
    // A last line that only mentions a tag is prose: the set starts its own block.
    expect(insertHashtagSet('Habari #KahawaBora leo', ['Nairobi'])).toBe('Habari #KahawaBora leo\n\n#Nairobi');
  });

  it('is the set alone for an empty draft, and the text unchanged when nothing is new', () => {
    expect(insertHashtagSet('', ['Nairobi', 'V60'])).toBe('#Nairobi #V60');
    expect(insertHashtagSet('  \n', ['Nairobi'])).toBe('#Nairobi');
    expect(insertHashtagSet('Habari #Nairobi  ', ['nairobi'])).toBe('Habari #Nairobi  ');
    expect(insertHashtagSet('Habari', ['2024', '#', '', '  '])).toBe('Habari');
    expect(insertHashtagSet('Habari', [])).toBe('Habari');
  });
});
