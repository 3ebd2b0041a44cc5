import { describe, expect, it } from "vitest";
import { compareResults } from "./compare";
import { scoredDomains, type TAssessmentResult, type TStatus } from "./scoring";

const result = (status: Partial<Record<string, TStatus>>, scores: { onsSatisfied?: number; ucla?: number } = {}): TAssessmentResult => ({
  rulesVersion: "x",
  bankVersion: "v1",
  domains: Object.fromEntries(
    scoredDomains.map((d) => [d, { status: status[d] ?? "well", why: { key: "k" }, scores: d === "emotional" ? { onsSatisfied: scores.onsSatisfied ?? 7 } : d === "social" ? { ucla: scores.ucla ?? 3 } : {} }]),
  ) as TAssessmentResult["domains"],
});

describe("compareResults", () => {
  it.each([
    ["support", "concern", "better"],
    ["support", "well", "better"],
    ["concern", "concern", "same"],
    ["well", "concern", "worse"],
    ["concern", "support", "worse"],
  ] as const)("%s then %s is %s", (before, after, change) => {
    expect(compareResults(result({ money: before }), result({ money: after })).domains.money).toBe(change);
  });

  it("reports life satisfaction and loneliness before and after", () => {
    const c = compareResults(result({}, { onsSatisfied: 4, ucla: 8 }), result({}, { onsSatisfied: 7, ucla: 5 }));
    expect(c.outcomes).toEqual({ satisfaction: { before: 4, after: 7 }, loneliness: { before: 8, after: 5 } });
  });
});
