/**
 * Adds UI strings to every catalogue in one step: `node scripts/add-messages.mjs new.json`, where the file
 * is `{ "en": { key: message }, "sw": { key: message } }` with the same keys in each language. Keys of a
 * catalogue part (`strategy.*`, `guide.*`, `validation.*` and `field.*` → locales/strategy/<lang>.json, loaded with every
 * area; `compose.*` → locales/compose/<lang>.json with the Compose area; `media.*` → locales/media/<lang>.json,
 * loaded with the composer's media; utils/i18n/translate.ts
 * PART_KEYS) go there, the rest to locales/<lang>.json, each at the end of its file
 * as one block after a blank line, keeping the files' layout. A key that exists already, or a language
 * missing a key, stops it before anything is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url).pathname;
const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/add-messages.mjs <file.json with {"en": {…}, "sw": {…}}>');
  process.exit(2);
}
const additions = JSON.parse(readFileSync(file, 'utf8'));
const languages = ['en', 'sw'];
/** Which file a key belongs in (the same rule as utils/i18n/translate.ts's PARTS). */
const PART_KEYS = { strategy: /^(strategy|guide|validation|field)\./, compose: /^compose\./, media: /^media\./, analytics: /^analytics\./, adjust: /^(adjust|suggest)\./ };
const fileOf = (language, key) => {
  const part = Object.keys(PART_KEYS).find((name) => PART_KEYS[name].test(key));
  return part ? `${ROOT}locales/${part}/${language}.json` : `${ROOT}locales/${language}.json`;
};
const keys = Object.keys(additions.en ?? {});
const problems = [];
for (const language of languages) {
  const given = Object.keys(additions[language] ?? {});
  const missing = keys.filter((key) => !given.includes(key));
  const extra = given.filter((key) => !keys.includes(key));
  if (missing.length) problems.push(`${language} lacks ${missing.join(', ')}`);
  if (extra.length) problems.push(`${language} has keys English lacks: ${extra.join(', ')}`);
  const taken = given.filter((key) => key in JSON.parse(readFileSync(fileOf(language, key), 'utf8')));
  if (taken.length) problems.push(`the ${language} catalogue has ${taken.join(', ')} already`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const written = new Set();
for (const language of languages) {
  const byFile = new Map();
  for (const key of keys) byFile.set(fileOf(language, key), [...(byFile.get(fileOf(language, key)) ?? []), key]);
  for (const [path, fileKeys] of byFile) {
    const text = readFileSync(path, 'utf8');
    const body = text.slice(0, text.lastIndexOf('}')).trimEnd();
    const block = fileKeys.map((key) => `  ${JSON.stringify(key)}: ${JSON.stringify(additions[language][key])}`).join(',\n');
    // An empty catalogue is just "{": no comma before the first block.
    writeFileSync(path, `${body}${body === '{' ? '' : ','}\n\n${block}\n}\n`);
    JSON.parse(readFileSync(path, 'utf8'));
    written.add(path.slice(ROOT.length));
  }
}
console.log(`added ${keys.length} messages to ${[...written].join(', ')}`);
