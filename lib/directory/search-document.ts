import type { TI18nText } from "@/db/schema/types";

/**
 * The text full-text search runs over: every language of the name and description, the taxonomy term names,
 * the organisation and the towns. Indexed with the 'simple' configuration (no stemming) because it mixes
 * eight languages; the query side matches word prefixes, so "walk" finds "walking".
 */
export function buildSearchDocument(parts: { texts: (TI18nText | null | undefined)[]; plain: (string | null | undefined)[] }): string {
  const words: string[] = [];
  for (const text of parts.texts) if (text) words.push(...Object.values(text).filter((v): v is string => typeof v === "string"));
  for (const p of parts.plain) if (p) words.push(p);
  return words.join(" \n").slice(0, 20_000);
}

/**
 * Turns what a person typed into a safe prefix tsquery ("polish weight" → "polish:* & weight:*"), or null when
 * nothing searchable is left. Only letters and digits survive, so odd characters can never break the query.
 */
export function toPrefixTsQuery(input: string): string | null {
  const tokens = (input.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length <= 40).slice(0, 8);
  if (tokens.length === 0) return null;
  return tokens.map((t) => `${t}:*`).join(" & ");
}
