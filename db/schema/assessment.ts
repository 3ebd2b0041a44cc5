import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { TAnswer } from "@/lib/assessment/question-bank";
import type { TAssessmentResult } from "@/lib/assessment/scoring";
import { users } from "./accounts";

/**
 * One wellbeing self-assessment. Anonymous assessments have no user: they are found through an httpOnly cookie
 * holding the id, or by the resume code, of which only a SHA-256 hash is stored.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    resumeCodeHash: text("resume_code_hash").notNull(),
    bankVersion: text("bank_version").notNull(),
    status: text("status").notNull().default("in_progress"),
    /** Who filled it in: the resident alone, an advisor with them, or a VCSE volunteer (assisted mode). */
    channel: text("channel").notNull().default("self"),
    venue: text("venue"),
    assistedBy: uuid("assisted_by").references(() => users.id, { onDelete: "set null" }),
    easyRead: boolean("easy_read").notNull().default(false),
    /** The safeguarding question answered with a crisis value, and whether the resident agreed to advisor review. */
    crisisQuestion: text("crisis_question"),
    reviewConsent: boolean("review_consent"),
    flaggedForReview: boolean("flagged_for_review").notNull().default(false),
    result: jsonb("result").$type<TAssessmentResult>(),
    rulesVersion: text("rules_version"),
    lapCode: text("lap_code"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("assessments_resume_code_unique").on(t.resumeCodeHash),
    index("assessments_user_idx").on(t.userId, t.completedAt),
    index("assessments_review_idx").on(t.flaggedForReview),
    check("assessments_status_check", sql`${t.status} in ('in_progress', 'crisis', 'completed')`),
    check("assessments_channel_check", sql`${t.channel} in ('self', 'advisor', 'vcse')`),
    // A completed assessment always carries the result and the version of the rules that scored it.
    check("assessments_completed_has_result", sql`${t.status} <> 'completed' or (${t.result} is not null and ${t.rulesVersion} is not null and ${t.completedAt} is not null)`),
  ],
);

/** Answers, one row per question, upserted as each is given so that closing the browser loses nothing. */
export const assessmentAnswers = pgTable(
  "assessment_answers",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    value: jsonb("value").$type<TAnswer>().notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.questionId] })],
);
