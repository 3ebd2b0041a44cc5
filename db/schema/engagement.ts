import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { laps } from "./geo";
import { i18nText, type TI18nText } from "./types";

/** Theme taxonomy: the six Big Ideas themes, the eight wellbeing domains, the named Live Your Best Life ambitions. */
export const themeKind = pgEnum("engagement_theme_kind", ["big-idea", "wellbeing-domain", "lybl-ambition"]);

export const engagementThemes = pgTable("engagement_themes", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  kind: themeKind("kind").notNull(),
  name: i18nText("name").notNull(),
  /** Per-language keyword stems used to SUGGEST this theme; a person always confirms. */
  keywords: jsonb("keywords").$type<Partial<Record<string, string[]>>>().notNull().default({}),
  active: boolean("active").notNull().default(true),
  sortOrder: integer("sort_order").notNull().default(0),
  /** false once an admin edits it, so the seed does not overwrite their change. */
  illustrative: boolean("illustrative").notNull().default(true),
});

/** draft → open → closed → responded ("you said, we did" published). */
export const consultationStatus = pgEnum("consultation_status", ["draft", "open", "closed", "responded"]);

export const consultations = pgTable(
  "consultations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: i18nText("title").notNull(),
    summary: i18nText("summary").notNull(),
    background: i18nText("background").notNull(),
    status: consultationStatus("status").notNull().default("draft"),
    opensOn: timestamp("opens_on", { withTimezone: true }),
    closesOn: timestamp("closes_on", { withTimezone: true }),
    /** LAP and Place codes the consultation targets; empty means county-wide. */
    targetLapCodes: text("target_lap_codes").array().notNull().default(sql`'{}'::text[]`),
    targetPlaceCodes: text("target_place_codes").array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    index("consultations_status_idx").on(t.status),
    check("consultations_dates_ck", sql`${t.closesOn} is null or ${t.opensOn} is null or ${t.closesOn} > ${t.opensOn}`),
  ],
);

export const questionType = pgEnum("consultation_question_type", ["idea", "single", "multiple", "rating"]);

export type TQuestionOption = { value: string; label: TI18nText };
/** Skip logic: show this question only when an earlier question's answer includes `value`. */
export type TShowIf = { questionId: string; value: string };

export const consultationQuestions = pgTable(
  "consultation_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    type: questionType("type").notNull(),
    prompt: i18nText("prompt").notNull(),
    hint: i18nText("hint"),
    options: jsonb("options").$type<TQuestionOption[]>().notNull().default([]),
    required: boolean("required").notNull().default(false),
    showIf: jsonb("show_if").$type<TShowIf | null>(),
  },
  (t) => [uniqueIndex("consultation_questions_position_unique").on(t.consultationId, t.position)],
);

export const responseChannel = pgEnum("consultation_response_channel", ["online", "paper", "event", "staff"]);

/** GSS harmonised standards (equality monitoring), all optional; "prefer-not" is always offered. */
export const ageBands = ["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+", "prefer-not"] as const;
export const sexes = ["female", "male", "prefer-not"] as const;
export const ethnicGroups = ["white", "mixed", "asian", "black", "other", "prefer-not"] as const;
export const disabilityStatuses = ["yes-a-lot", "yes-a-little", "no", "prefer-not"] as const;

const inList = (column: string, values: readonly string[]) => sql.raw(`${column} is null or ${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

export const consultationResponses = pgTable(
  "consultation_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    /** Null for anonymous responses. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    channel: responseChannel("channel").notNull().default("online"),
    /** The staff member who typed in a paper, event or phone response. */
    enteredBy: uuid("entered_by").references(() => users.id),
    /** Only the postcode sector is kept (e.g. "NN17 1"): enough for the LAP, not enough to find a house. */
    postcodeSector: text("postcode_sector"),
    lapId: uuid("lap_id").references(() => laps.id),
    language: text("language").notNull(),
    /** Where to tell the person about moderation and "you said, we did"; optional. */
    contactEmail: text("contact_email"),
    ageBand: text("age_band"),
    sex: text("sex"),
    ethnicity: text("ethnicity"),
    disability: text("disability"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("consultation_responses_consultation_idx").on(t.consultationId),
    index("consultation_responses_lap_idx").on(t.lapId),
    check("consultation_responses_age_ck", inList("age_band", ageBands)),
    check("consultation_responses_sex_ck", inList("sex", sexes)),
    check("consultation_responses_ethnicity_ck", inList("ethnicity", ethnicGroups)),
    check("consultation_responses_disability_ck", inList("disability", disabilityStatuses)),
  ],
);

/** Answers to choice and rating questions (ideas are in `ideas`). value: string, string[] or number. */
export const consultationAnswers = pgTable(
  "consultation_answers",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => consultationResponses.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => consultationQuestions.id, { onDelete: "cascade" }),
    value: jsonb("value").$type<string | string[] | number>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

export const moderationState = pgEnum("idea_moderation_state", ["pending", "published", "held", "hidden"]);

export const ideas = pgTable(
  "ideas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    responseId: uuid("response_id")
      .notNull()
      .references(() => consultationResponses.id, { onDelete: "cascade" }),
    questionId: uuid("question_id").references(() => consultationQuestions.id, { onDelete: "set null" }),
    /** The resident's own words, never altered. */
    text: text("text").notNull(),
    language: text("language").notNull(),
    /** Normalised text hash: the same idea twice in one consultation is refused by the database. */
    contentHash: text("content_hash").notNull(),
    /** Staff translation(s) of the original, e.g. into English. */
    translation: jsonb("translation").$type<Partial<TI18nText>>(),
    translatedBy: uuid("translated_by").references(() => users.id),
    state: moderationState("state").notNull().default("pending"),
    /** Why the automatic check held it (e.g. ["phone", "email", "name"]). */
    autoHoldReasons: text("auto_hold_reasons").array().notNull().default(sql`'{}'::text[]`),
    moderationReason: text("moderation_reason"),
    moderatedBy: uuid("moderated_by").references(() => users.id),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ideas_duplicate_unique").on(t.consultationId, t.contentHash),
    index("ideas_state_idx").on(t.consultationId, t.state),
    check("ideas_hidden_reason_ck", sql`${t.state} <> 'hidden' or ${t.moderationReason} is not null`),
  ],
);

/** One support per person (signed in) or per device (anonymous), enforced by the primary key. */
export const ideaSupports = pgTable(
  "idea_supports",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    supporterKey: text("supporter_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.supporterKey] })],
);

/** Who put each theme on an idea, and whether they accepted a keyword suggestion. */
export const ideaThemes = pgTable(
  "idea_themes",
  {
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => engagementThemes.id),
    assignedBy: uuid("assigned_by")
      .notNull()
      .references(() => users.id),
    suggested: boolean("suggested").notNull().default(false),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.themeId] }), index("idea_themes_theme_idx").on(t.themeId)],
);

/** "You said, we did": the official response per consultation (themeId null) and per theme. */
export const youSaidWeDid = pgTable(
  "you_said_we_did",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id").references(() => engagementThemes.id),
    youSaid: i18nText("you_said").notNull(),
    weDid: i18nText("we_did").notNull(),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("you_said_we_did_unique").on(t.consultationId, t.themeId).nullsNotDistinct()],
);
