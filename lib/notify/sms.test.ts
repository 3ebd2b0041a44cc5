import { describe, expect, it } from "vitest";
import { smsFragments } from "./sms";

describe("smsFragments", () => {
  it("counts plain English as GSM, 160 characters per fragment", () => {
    expect(smsFragments("a".repeat(160))).toMatchObject({ encoding: "gsm", fragments: 1 });
    expect(smsFragments("a".repeat(161))).toMatchObject({ encoding: "gsm", fragments: 2 });
    expect(smsFragments("a".repeat(306))).toMatchObject({ encoding: "gsm", fragments: 2 });
    expect(smsFragments("a".repeat(307))).toMatchObject({ encoding: "gsm", fragments: 3 });
  });
  it("counts the euro sign and brackets twice", () => {
    expect(smsFragments("€[]").units).toBe(6);
  });
  it("counts Polish, Romanian, Russian and Urdu as Unicode, 70 per fragment", () => {
    for (const text of ["Zażółć", "Bună ziua, ți", "Привет", "آپ کی بکنگ"]) expect(smsFragments(text).encoding).toBe("unicode");
    expect(smsFragments("ż".repeat(70)).fragments).toBe(1);
    expect(smsFragments("ż".repeat(71)).fragments).toBe(2);
    expect(smsFragments("ż".repeat(135)).fragments).toBe(3);
  });
});
