import { describe, expect, it } from 'vitest';
import { composePostText } from '@/utils/export/post-text';

describe('composePostText', () => {
  it('adds hashtags with # after a blank line', () => {
    expect(composePostText({ text: ' Habari \n', hashtags: ['kahawa', '#Nairobi', 'Black Friday', ''] })).toBe(
      'Habari\n\n#kahawa #Nairobi #BlackFriday',
    );
  });

  it('is the tags alone without text, and empty without either', () => {
    expect(composePostText({ text: '', hashtags: ['kahawa'] })).toBe('#kahawa');
    expect(composePostText({ text: ' ', hashtags: [] })).toBe('');
  });
});
