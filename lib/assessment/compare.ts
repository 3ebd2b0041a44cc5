import type { TAssessmentResult, TScoredDomain, TStatus } from "./scoring";
import { scoredDomains } from "./scoring";

/** Reassessment: change per domain since the resident's previous result, plus the portal's outcome measures. */
export type TChange = "better" | "same" | "worse";
const rank: Record<TStatus, number> = { well: 0, concern: 1, support: 2 };

export type TComparison = {
  domains: Record<TScoredDomain, TChange>;
  /** ONS4 life satisfaction (0–10, higher is better) and the 3-item UCLA loneliness score (3–9, lower is better). */
  outcomes: { satisfaction: { before: number; after: number } | null; loneliness: { before: number; after: number } | null };
};

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function compareResults(previous: TAssessmentResult, current: TAssessmentResult): TComparison {
  const domains = Object.fromEntries(
    scoredDomains.map((d) => {
      const before = previous.domains[d];
      const after = current.domains[d];
      const change: TChange = !before || rank[after.status] === rank[before.status] ? "same" : rank[after.status] < rank[before.status] ? "better" : "worse";
      return [d, change];
    }),
  ) as Record<TScoredDomain, TChange>;
  const pair = (domain: TScoredDomain, key: string) => {
    const before = num(previous.domains[domain]?.scores[key]);
    const after = num(current.domains[domain]?.scores[key]);
    return before === null || after === null ? null : { before, after };
  };
  return { domains, outcomes: { satisfaction: pair("emotional", "onsSatisfied"), loneliness: pair("social", "ucla") } };
}
