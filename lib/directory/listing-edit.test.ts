import { describe, expect, it } from "vitest";
import { diffSnapshots, snapshotFromForm, toPlainText, ZListingEdit, type TListingSnapshot } from "./listing-edit";

const base = { name_en: "Walk", description_en: "A walk." };

describe("toPlainText", () => {
  it.each([
    ["<script>alert(1)</script>Hello", "alert(1) Hello"],
    ["<b>Bold</b>   text", "Bold text"],
    ["line\u0000 with\u202E control", "line with control"],
  ])("%j → %j", (input, expected) => expect(toPlainText(input)).toBe(expected));
});

describe("ZListingEdit", () => {
  it("accepts a valid edit and normalises it into a snapshot", () => {
    const parsed = ZListingEdit.parse({ ...base, name_pl: "Spacer", phone: "01536 000 202", email: "a@b.org", url: "https://x.example.org", day_0: "TU", opens_0: "18:30", closes_0: "20:00", day_1: "MO", opens_1: "09:00", closes_1: "10:00" });
    const snap = snapshotFromForm(parsed);
    expect(snap.name).toEqual({ en: "Walk", pl: "Spacer" });
    expect(snap.schedules.map((s) => s.byday)).toEqual(["MO", "TU"]);
  });

  it.each([
    [{ name_en: "" }, "name_en", "directory:partner.errors.nameRequired"],
    [{ phone: "call me" }, "phone", "directory:partner.errors.phone"],
    [{ email: "not-an-email" }, "email", "directory:partner.errors.email"],
    [{ url: "javascript:alert(1)" }, "url", "directory:partner.errors.url"],
    [{ day_0: "TU", opens_0: "20:00", closes_0: "18:00" }, "closes_0", "directory:partner.errors.closesBeforeOpens"],
    [{ day_0: "TU", opens_0: "25:00", closes_0: "26:00" }, "opens_0", "directory:partner.errors.time"],
    [{ day_0: "TU" }, "day_0", "directory:partner.errors.incompleteTime"],
  ])("refuses %j", (patch, path, message) => {
    const result = ZListingEdit.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === path)?.message).toBe(message);
  });
});

describe("diffSnapshots", () => {
  const before: TListingSnapshot = { name: { en: "Walk" }, description: { en: "A walk." }, phone: null, email: null, url: null, schedules: [{ byday: "TU", opensAt: "18:30", closesAt: "20:00" }] };
  it("lists only what changed, field by field", () => {
    const after = { ...before, name: { en: "Walk", pl: "Spacer" }, schedules: [{ byday: "TU", opensAt: "19:00", closesAt: "20:30" }] };
    expect(diffSnapshots(before, after)).toEqual([
      { field: "name.pl", before: "", after: "Spacer" },
      { field: "schedules", before: "TU 18:30-20:00", after: "TU 19:00-20:30" },
    ]);
    expect(diffSnapshots(before, before)).toEqual([]);
  });
});
