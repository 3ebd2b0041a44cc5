import type { TFunction } from "i18next";

/** Errors come back from a plain form post as `?errors=field:key,field:key` (keys in the booking namespace). */
export function parseErrors(raw: string | undefined, t: TFunction): Record<string, string> {
  if (!raw) return {};
  return Object.fromEntries(
    raw
      .split(",")
      .map((pair) => pair.split(":"))
      .filter((p): p is [string, string] => p.length === 2 && /^[\w.]+$/.test(p[0]!) && /^[\w.]+$/.test(p[1]!))
      .map(([field, key]) => [field, t(key)]),
  );
}
