/**
 * Chrome reads the extension's name and description from `_locales/<lang>/messages.json`. They are
 * generated at build time from locales/*.json so that every string has one source.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const MANIFEST_KEYS = ['extName', 'extDescription'] as const;
const LANGUAGES = ['en', 'sw'] as const;

export function writeLocalizedManifestStrings(root = process.cwd()): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((lang) => {
    const messages = JSON.parse(readFileSync(resolve(root, 'locales', `${lang}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    const chromeMessages = Object.fromEntries(
      MANIFEST_KEYS.map((key) => {
        const message = messages[key];
        if (typeof message !== 'string') throw new Error(`locales/${lang}.json lacks the manifest string "${key}"`);
        return [key, { message }];
      }),
    );
    return { relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(chromeMessages, null, 2) };
  });
}
