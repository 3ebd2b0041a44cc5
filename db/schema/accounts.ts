import { bigserial, boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { wellbeingServices } from "./services";
import { i18nText } from "./types";

export const userRole = pgEnum("user_role", ["resident", "advisor", "partner", "engagement", "admin"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Always stored lower-case and trimmed (see lib/accounts/normalise-email.ts). */
    email: text("email").notNull(),
    name: text("name"),
    role: userRole("role").notNull().default("resident"),
    locale: text("locale").notNull().default("en"),
    emailVerified: timestamp("email_verified", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/** Staff sign in with a password and a TOTP second factor. Residents have no row here. */
export const staffCredentials = pgTable("staff_credentials", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  passwordHash: text("password_hash").notNull(),
  totpSecret: text("totp_secret").notNull(),
  /** The last TOTP time-step accepted, so that one code cannot be used twice. */
  totpLastStep: integer("totp_last_step"),
  passwordUpdatedAt: timestamp("password_updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Email sign-in links (next-auth verification tokens). Only a hash of the token is stored. */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Every sign-in attempt, for rate limiting and lock-out. `key` is an email or a hashed network address. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    key: text("key").notNull(),
    kind: text("kind").notNull(),
    success: boolean("success").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_key_idx").on(t.key, t.createdAt)],
);

/** Voluntary, community and social enterprise organisations. Partners are members of one or more. */
export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** Directory details (Open Referral UK `organization`), written by the organisation's partners. */
  description: i18nText("description"),
  website: text("website"),
  email: text("email"),
  phone: text("phone"),
  charityNumber: text("charity_number"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const organisationMembers = pgTable(
  "organisation_members",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("organisation_members_user_idx").on(t.userId)],
);

/** Which of the eight services an advisor works for. An advisor sees only their services' referrals. */
export const advisorServices = pgTable(
  "advisor_services",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => wellbeingServices.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.serviceId] })],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_subject_idx").on(t.subjectType, t.subjectId), index("audit_log_at_idx").on(t.at)],
);

