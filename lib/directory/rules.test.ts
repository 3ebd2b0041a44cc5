import { describe, expect, it } from "vitest";
import { fallsBackToEnglish, isStale, missingLanguages } from "./rules";

describe("isStale", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  it.each([
    ["checked last month", "2026-10-22T12:00:00Z", false],
    ["checked six months ago (still in the grace month)", "2026-05-25T12:00:00Z", false],
    ["checked eight months ago", "2026-03-22T12:00:00Z", true],
  ])("%s", (_label, at, expected) => {
    expect(isStale(new Date(at), now)).toBe(expected);
  });
});

describe("missingLanguages", () => {
  it("lists every portal language a text is not yet in", () => {
    expect(missingLanguages([{ en: "Hello", pl: "Cześć" }, { en: "Bye", pl: "Pa", ur: "خدا حافظ" }])).toEqual(["ro", "lt", "ru", "pt", "so", "ur"]);
    expect(fallsBackToEnglish([{ en: "Hello", pl: "Cześć" }], "pl")).toBe(false);
    expect(fallsBackToEnglish([{ en: "Hello", pl: "Cześć" }], "ur")).toBe(true);
    expect(fallsBackToEnglish([{ en: "Hello" }], "en")).toBe(false);
  });
});
