/**
 * Hashtags and @mentions as each platform reads them, and adding a hashtag set to a draft.
 *
 * X: twitter-text, the library X publishes for exactly this (what it extracts is what X links).
 * Elsewhere the reference (smm-facts.md) gives no rule, so one Unicode-aware rule stands for all:
 * - a hashtag is `#` (or the full-width `＃`) followed by letters, combining marks, digits or `_` of any
 *   script ("#Kahawa", "#Café", "#日本", "#हिन्दी"), with at least one letter ("#2024" is not a tag on X,
 *   and we assume the same elsewhere); it is not a tag when glued to a word before it ("C#", "no#1")
 *   or part of an HTML entity ("&#39;"). The tag ends at the first other character: "#Black-Friday"
 *   reads as "#Black" (X and Instagram stop there too).
 * - a mention is `@` followed by letters, digits, `_` or `.`, not glued to a word before it (so an
 *   e-mail address is no mention); a dot at its end closes the sentence, not the handle.
 * Tags and handles are returned without their sign, as written, in order, repeats kept (a cap counts
 * what is typed).
 */
import twitterText from 'twitter-text';
import type { Platform } from '@/utils/platforms';

// ZWNJ/ZWJ join letters inside words of Persian and Indic scripts, so they stay inside a tag.
const TAG_CHARS = '\\p{L}\\p{M}\\p{N}_\\u200C\\u200D';
const HASHTAG = new RegExp(`(?<![&#＃${TAG_CHARS}])[#＃]([${TAG_CHARS}]+)`, 'gu');
const MENTION = /(?<![\p{L}\p{M}\p{N}_.@＠])[@＠]([\p{L}\p{M}\p{N}_.]+)/gu;
const LETTER = /\p{L}/u;
const HASHTAG_WORD = new RegExp(`^[#＃][${TAG_CHARS}]+$`, 'u');
const NOT_TAG_CHAR = new RegExp(`[^${TAG_CHARS}]`, 'gu');

function readHashtags(text: string): string[] {
  const tags: string[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1]!.replace(/[\u200C\u200D]+$/u, '');
    if (LETTER.test(tag)) tags.push(tag);
  }
  return tags;
}

/** The hashtags of a text as `platform` reads them, without `#`. */
export function extractHashtags(platform: Platform, text: string): string[] {
  return platform === 'x' ? twitterText.extractHashtags(text) : readHashtags(text);
}

/** The @mentions of a text as `platform` reads them, without `@`. */
export function extractMentions(platform: Platform, text: string): string[] {
  if (platform === 'x') return twitterText.extractMentions(text);
  const handles: string[] = [];
  for (const match of text.matchAll(MENTION)) {
    const handle = match[1]!.replace(/\.+$/, '');
    if (handle !== '') handles.push(handle);
  }
  return handles;
}

/** The same tag however it is cased or composed ("#Café" written with a combining accent too). */
function tagKey(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}

/**
 * A tag of a set as it can be typed: without its `#`, and without the characters that would end it
 * early (spaces, hyphens, dots: "Black Friday" and "Black-Friday" become "BlackFriday", as
 * composePostText does for spaces); null when no letter is left.
 */
function cleanTag(tag: string): string | null {
  const cleaned = tag.normalize('NFC').replace(NOT_TAG_CHAR, '');
  return LETTER.test(cleaned) ? cleaned : null;
}

/** A line made only of hashtags ("#kahawa #Nairobi"): where a set is appended, not started anew. */
function isHashtagLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.every((word) => HASHTAG_WORD.test(word));
}

/**
 * Appends a hashtag set to a draft: each tag once, leaving out those the text already has (in any
 * case), after one blank line; when the text already ends in a line of hashtags, the new ones join
 * that line instead of starting a second block. Trailing blank space of the text is dropped; a text
 * that gains nothing is returned exactly as it was.
 */
export function insertHashtagSet(text: string, tags: readonly string[]): string {
  const seen = new Set(readHashtags(text).map(tagKey));
  const added: string[] = [];
  for (const tag of tags) {
    const cleaned = cleanTag(tag);
    if (cleaned === null || seen.has(tagKey(cleaned))) continue;
    seen.add(tagKey(cleaned));
    added.push(`#${cleaned}`);
  }
  if (added.length === 0) return text;
  const block = added.join(' ');
  const body = text.trimEnd();
  if (body === '') return block;
  const lastLine = body.slice(body.lastIndexOf('\n') + 1);
  return isHashtagLine(lastLine) ? `${body} ${block}` : `${body}\n\n${block}`;
}
