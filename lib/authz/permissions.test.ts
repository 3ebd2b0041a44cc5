import { describe, expect, it } from "vitest";
import { can, isStaffRole, permissions, roles, type TPermission } from "./permissions";

describe("permission map", () => {
  it("keeps staff pages away from residents", () => {
    expect(can("resident", "staff.area:view")).toBe(false);
    expect(can("resident", "admin.console:view")).toBe(false);
    expect(can("resident", "account.read:own")).toBe(true);
  });

  it("lets only admins change reference data and read the audit log", () => {
    for (const role of roles) {
      expect(can(role, "reference.laps:update")).toBe(role === "admin");
      expect(can(role, "audit.read:any")).toBe(role === "admin");
    }
  });

  it("separates the staff roles", () => {
    expect(can("partner", "advisor.workspace:view")).toBe(false);
    expect(can("advisor", "partner.portal:view")).toBe(false);
    expect(can("engagement", "advisor.workspace:view")).toBe(false);
  });

  it("keeps consultations, moderation and LAP reports to the engagement team and admins", () => {
    for (const role of roles) {
      for (const p of ["engagement.consultations:manage", "engagement.ideas:moderate", "engagement.responses:enter", "reports.lap:view"] as const) {
        expect(can(role, p)).toBe(role === "engagement" || role === "admin");
      }
    }
  });

  it("refuses anyone not signed in", () => {
    for (const p of Object.keys(permissions) as TPermission[]) expect(can(null, p)).toBe(false);
  });

  it("names only known roles", () => {
    for (const allowed of Object.values(permissions)) for (const r of allowed) expect(roles).toContain(r);
    expect(isStaffRole("resident")).toBe(false);
    expect(isStaffRole("advisor")).toBe(true);
  });
});
