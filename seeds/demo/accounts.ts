import type { TUserSpec } from "@/tests/factories/accounts";

/**
 * Demo accounts for every role, loaded outside production only. Staff share one password and each has a
 * fixed TOTP secret so that a newcomer can add it to an authenticator app, or read today's codes at
 * /en/dev/totp in development.
 */
export const DEMO_STAFF_PASSWORD = "Wellbeing-demo-2026";

export const demoOrganisations = [
  { slug: "corby-wellbeing-cafe", name: "Corby Community Wellbeing Café" },
  { slug: "kettering-walking-friends", name: "Kettering Walking Friends" },
] as const;

export const demoAccounts: TUserSpec[] = [
  { email: "resident@example.org", role: "resident", name: "Alex Resident" },
  { email: "resident2@example.org", role: "resident", name: "Sam Resident", locale: "pl" },
  {
    email: "advisor@example.org",
    role: "advisor",
    name: "Priya Advisor",
    password: DEMO_STAFF_PASSWORD,
    totpSecret: "JBSWY3DPEHPK3PXPADVISORA",
    serviceSlugs: ["stop-smoking"],
  },
  {
    email: "advisor.weight@example.org",
    role: "advisor",
    name: "Tom Weight Advisor",
    password: DEMO_STAFF_PASSWORD,
    totpSecret: "JBSWY3DPEHPK3PXPADVISORB",
    serviceSlugs: ["weight-management"],
  },
  {
    email: "partner@example.org",
    role: "partner",
    name: "Maria Partner",
    password: DEMO_STAFF_PASSWORD,
    totpSecret: "JBSWY3DPEHPK3PXPPARTNERA",
    organisationSlugs: ["corby-wellbeing-cafe"],
  },
  {
    email: "partner2@example.org",
    role: "partner",
    name: "Jo Partner",
    password: DEMO_STAFF_PASSWORD,
    totpSecret: "JBSWY3DPEHPK3PXPPARTNERB",
    organisationSlugs: ["kettering-walking-friends"],
  },
  {
    email: "engagement@example.org",
    role: "engagement",
    name: "Chris Engagement",
    password: DEMO_STAFF_PASSWORD,
    totpSecret: "JBSWY3DPEHPK3PXPENGAGEAA",
  },
  { email: "admin@example.org", role: "admin", name: "Ada Admin", password: DEMO_STAFF_PASSWORD, totpSecret: "JBSWY3DPEHPK3PXPADMINAAA" },
];
