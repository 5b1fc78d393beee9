/** A competitor's website as typed: blank is none, a bare domain gets https:// (the schema wants a URL). */
export function websiteFromInput(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^[a-z][a-z0-9+-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
