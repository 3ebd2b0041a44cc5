import { describe, expect, it } from "vitest";
import { buildSearchDocument, toPrefixTsQuery } from "./search-document";

describe("toPrefixTsQuery", () => {
  it.each([
    ["polish weight", "polish:* & weight:*"],
    ["  Waga  ", "waga:*"],
    ["café & 'quotes' | !(x)", "café:* & quotes:* & x:*"],
    ["ذیابیطس", "ذیابیطس:*"],
    ["'; drop table --", "drop:* & table:*"],
    ["!!! ***", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(toPrefixTsQuery(input)).toBe(expected);
  });

  it("keeps at most eight words, so a very long search stays cheap", () => {
    expect(toPrefixTsQuery("word ".repeat(500))!.split("&")).toHaveLength(8);
  });
});

describe("buildSearchDocument", () => {
  it("includes every language of the text and the plain parts", () => {
    const doc = buildSearchDocument({ texts: [{ en: "Weight group", pl: "Grupa wagi" }, null], plain: ["Kettering", null] });
    expect(doc).toContain("Weight group");
    expect(doc).toContain("Grupa wagi");
    expect(doc).toContain("Kettering");
  });
});
