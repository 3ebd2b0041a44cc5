/**
 * The one permission map. Every page, server action and route handler asks `can(role, permission)` on the
 * server (see lib/authz/guard.ts). Ownership ("own") is enforced in the query's `where`, not here.
 */
export const roles = ["resident", "advisor", "partner", "engagement", "admin"] as const;
export type TRole = (typeof roles)[number];
export const staffRoles = ["advisor", "partner", "engagement", "admin"] as const satisfies readonly TRole[];

export const permissions = {
  "account.read:own": ["resident", "advisor", "partner", "engagement", "admin"],
  "account.export:own": ["resident"],
  "account.delete:own": ["resident"],
  "staff.area:view": ["advisor", "partner", "engagement", "admin"],
  "advisor.workspace:view": ["advisor", "admin"],
  "partner.portal:view": ["partner", "admin"],
  "engagement.console:view": ["engagement", "admin"],
  "admin.console:view": ["admin"],
  "reference.laps:update": ["admin"],
  /** Partners edit their own organisation's listings; ownership is checked in each query (lib/directory/partner-listings.ts). */
  "listing.update:own": ["partner"],
  /** Moderators approve or reject partners' edits (decision 020: administrators only). */
  "listing.moderate:any": ["admin"],
  "audit.read:any": ["admin"],
  /** Session rosters and outcomes: advisors only for the services they work for (enforced in the query), admins all. */
  "booking.roster:view": ["advisor", "admin"],
  "booking.roster:update": ["advisor", "admin"],
  "engagement.consultations:manage": ["engagement", "admin"],
  "engagement.ideas:moderate": ["engagement", "admin"],
  "engagement.responses:enter": ["engagement", "admin"],
  "reports.lap:view": ["engagement", "admin"],
  /** Assisted mode: an advisor or a VCSE volunteer (partner organisation) completes an assessment with a resident. */
  "assessment.assist:create": ["advisor", "partner", "admin"],
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof permissions;

export function can(role: TRole | null | undefined, permission: TPermission): boolean {
  if (!role) return false;
  return (permissions[permission] as readonly TRole[]).includes(role);
}

export const isStaffRole = (role: TRole | null | undefined): boolean =>
  !!role && (staffRoles as readonly TRole[]).includes(role);
