import type { TLocale } from "./config";

/** The same page in another language: swap the first path segment, keep the rest and the query. */
export function switchLocaleHref(currentUrl: string, target: TLocale): string {
  const [path, query] = currentUrl.split("?");
  const parts = (path || "/").split("/");
  parts[1] = target;
  return parts.join("/") + (query ? `?${query}` : "");
}
