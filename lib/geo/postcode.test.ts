import { describe, expect, it } from "vitest";
import { distanceMiles, parsePostcode } from "./postcode";

describe("parsePostcode", () => {
  it.each([
    ["nn17 1ab", "NN17 1AB", "NN17 1", "NN17"],
    ["NN171AB", "NN17 1AB", "NN17 1", "NN17"],
    ["  nn1   5xy ", "NN1 5XY", "NN1 5", "NN1"],
    ["PE8 4AA", "PE8 4AA", "PE8 4", "PE8"],
  ])("normalises %s", (input, normalised, sector, district) => {
    expect(parsePostcode(input)).toEqual({ normalised, sector, district, full: true });
  });

  it("accepts a district or a sector on its own", () => {
    expect(parsePostcode("nn16")).toEqual({ normalised: "NN16", district: "NN16", sector: null, full: false });
    expect(parsePostcode("NN16 9")).toEqual({ normalised: "NN16 9", district: "NN16", sector: "NN16 9", full: false });
  });

  it.each(["", "hello", "12345", "NN17 1A", "<script>", "NN17 1AB extra text here", "ن ن ١٧"])("refuses %j", (input) => {
    expect(parsePostcode(input)).toBeNull();
  });
});

describe("distanceMiles", () => {
  it("measures Corby to Kettering as about 7 miles", () => {
    const d = distanceMiles({ lat: 52.49, lng: -0.7 }, { lat: 52.4, lng: -0.73 });
    expect(d).toBeGreaterThan(5.5);
    expect(d).toBeLessThan(7.5);
  });
  it("is zero for the same point", () => {
    expect(distanceMiles({ lat: 52.2, lng: -0.9 }, { lat: 52.2, lng: -0.9 })).toBe(0);
  });
});
