import { describe, expect, it } from "vitest";
import { buildIcs } from "./ics";

describe("calendar file", () => {
  const event = {
    uid: "b1",
    start: new Date("2026-12-01T10:30:00Z"),
    end: new Date("2026-12-01T11:00:00Z"),
    stamp: new Date("2026-11-22T09:00:00Z"),
    summary: "Stop smoking, Corby Library",
    location: "Corby Library, Queen's Square, Corby NN17 1PZ",
  };
  it("is a valid event in UTC with escaped text", () => {
    const ics = buildIcs(event);
    expect(ics).toContain("DTSTART:20261201T103000Z");
    expect(ics).toContain("DTEND:20261201T110000Z");
    expect(ics).toContain("SUMMARY:Stop smoking\\, Corby Library");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
  it("repeats weekly for a 12-week course, and marks a cancelled booking", () => {
    expect(buildIcs({ ...event, weeklyCount: 12 })).toContain("RRULE:FREQ=WEEKLY;COUNT=12");
    expect(buildIcs(event)).not.toContain("RRULE");
    expect(buildIcs({ ...event, cancelled: true })).toContain("STATUS:CANCELLED");
  });
  it("folds long lines at 75 bytes without splitting Urdu characters", () => {
    const ics = buildIcs({ ...event, summary: "تمباکو نوشی چھوڑنے میں مدد، کوربی لائبریری میں ملاقات — براہ کرم وقت پر پہنچیں" });
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("کوربی لائبریری");
  });
});
