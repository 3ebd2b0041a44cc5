import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatTime, pickText } from "./format";

describe("format", () => {
  it("shows UK summer time, not UTC", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    const d = new Date("2026-06-30T23:30:00Z");
    expect(formatTime(d, "en")).toBe("00:30");
    expect(formatDate(d, "en")).toBe("1 July 2026");
  });
  it("shows GMT in winter", () => {
    expect(formatTime(new Date("2026-12-01T09:05:00Z"), "en")).toBe("09:05");
  });
  it("uses each language's month names and number separators", () => {
    const d = new Date("2026-03-15T12:00:00Z");
    expect(formatDate(d, "pl")).toContain("marca");
    expect(formatDateTime(d, "ru")).toContain("марта");
    expect(formatNumber(1234.5, "pl")).toMatch(/1\s?234,5/);
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
  });
  it("falls back to English for text missing a translation", () => {
    expect(pickText({ en: "Hello", pl: "Cześć" }, "pl")).toBe("Cześć");
    expect(pickText({ en: "Hello", pl: "  " }, "pl")).toBe("Hello");
    expect(pickText({ en: "Hello" }, "ur")).toBe("Hello");
  });
});
