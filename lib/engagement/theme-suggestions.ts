/**
 * Keyword-based theme suggestions. Each theme has keyword stems per language; an idea in any language is matched
 * against every language's list (people mix languages, and staff enter translations). A suggestion is only a
 * suggestion: a person confirms it, and the record keeps that it was suggested.
 */

export type TThemeKeywords = { slug: string; keywords: Partial<Record<string, string[]>> };
export type TSuggestion = { slug: string; score: number; matched: string[] };

/** Lower-case and without accents, so "bănci" matches "banci" and "SZPITAL" matches "szpital". */
export function normaliseForMatching(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A keyword is a stem: it matches a word that starts with it ("bus" → "buses"), or, when it has several words,
 * the same words in sequence. Themes are ranked by how many distinct keywords matched; ties keep list order.
 */
export function suggestThemes(text: string, themes: TThemeKeywords[], limit = 3): TSuggestion[] {
  const normalised = normaliseForMatching(text);
  if (!normalised) return [];
  const words = normalised.split(" ");
  const padded = ` ${normalised} `;
  const results: TSuggestion[] = [];
  for (const theme of themes) {
    const matched = new Set<string>();
    for (const list of Object.values(theme.keywords)) {
      for (const raw of list ?? []) {
        const keyword = normaliseForMatching(raw);
        if (!keyword) continue;
        const hit = keyword.includes(" ") ? padded.includes(` ${keyword}`) : words.some((w) => w.startsWith(keyword));
        if (hit) matched.add(keyword);
      }
    }
    if (matched.size) results.push({ slug: theme.slug, score: matched.size, matched: [...matched] });
  }
  return results.sort((a, b) => b.score - a.score).slice(0, limit);
}
