/**
 * Recognises React, Dexie and zod inside a built (minified) bundle by strings that survive
 * minification. The build test runs it over every content script, and over the side panel's bundle
 * (which must be recognised) so that the detector itself is known to work.
 */
export const LIBRARY_SIGNATURES: Record<'react' | 'dexie' | 'zod', RegExp> = {
  react: /react\.transitional\.element|react\.dev\/errors|__CLIENT_INTERNALS_DO_NOT_USE/,
  dexie: /DatabaseClosedError|MissingAPIError|Dexie\.version/,
  zod: /unrecognized_keys|invalid_union|\$ZodType/,
};

export function librariesIn(code: string): string[] {
  return Object.entries(LIBRARY_SIGNATURES)
    .filter(([, signature]) => signature.test(code))
    .map(([name]) => name);
}
