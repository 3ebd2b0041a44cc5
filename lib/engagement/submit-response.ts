import "server-only";
import { and, eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { ageBands, consultationAnswers, consultationResponses, disabilityStatuses, ethnicGroups, ideas, laps, sexes } from "@/db/schema";
import { checkLimit, recordAttempt } from "@/lib/auth/rate-limit";
import type { TLocale } from "@/lib/i18n/config";
import { lookupPostcode } from "@/lib/geo/lookup-postcode";
import { logger } from "@/lib/log";
import { getConsultation } from "./consultations";
import { ideaContentHash } from "./content-hash";
import { autoHoldReasons } from "./moderation";
import { visibleQuestions, type TAnswerValue } from "./skip-logic";

/** Per 15 minutes: generous enough for a family sharing a library computer, low enough to stop floods. */
export const SUBMIT_LIMITS = { perNetwork: 20, perDevice: 6 } as const;

export type TSubmission = {
  consultationId: string;
  language: TLocale;
  postcode: string;
  answers: Record<string, TAnswerValue | undefined>;
  contactEmail: string | null;
  equality: { ageBand?: string; sex?: string; ethnicity?: string; disability?: string };
  /** The hidden field people cannot see; anything in it means a bot filled the form. */
  honeypot: string;
  userId: string | null;
  channel: "online" | "paper" | "event" | "staff";
  enteredBy: string | null;
  deviceKey: string;
  networkKey: string;
};

export type TSubmitError = "closed" | "rate-limited" | "duplicate" | "postcode" | "idea-required" | "idea-too-long" | "email";
export type TSubmitResult = { ok: true; held: boolean; saved: boolean } | { ok: false; error: TSubmitError; retryAfterMinutes?: number };

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | null => (value && (allowed as readonly string[]).includes(value) ? (value as T) : null);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function submitResponse(db: TDbOrTx, s: TSubmission): Promise<TSubmitResult> {
  const consultation = await getConsultation(db, { id: s.consultationId }, true);
  // Past its closing date counts as closed even before staff close it by hand.
  if (!consultation || consultation.status !== "open" || (consultation.closesOn && consultation.closesOn <= new Date())) return { ok: false, error: "closed" };
  // A bot filled the hidden field: say thank you and keep nothing, so it learns nothing.
  if (s.honeypot.trim()) {
    logger.info({ event: "engagement.honeypot" });
    return { ok: true, held: false, saved: false };
  }
  const isStaffEntry = s.enteredBy !== null;
  if (!isStaffEntry) {
    for (const [key, kind, limit] of [
      [s.networkKey, "idea-network", SUBMIT_LIMITS.perNetwork],
      [s.deviceKey, "idea-device", SUBMIT_LIMITS.perDevice],
    ] as const) {
      const check = await checkLimit(key, kind, limit, false);
      if (check.limited) return { ok: false, error: "rate-limited", retryAfterMinutes: check.retryAfterMinutes };
    }
  }
  const area = s.postcode.trim() ? await lookupPostcode(db, s.postcode) : null;
  if (s.postcode.trim() && !area) return { ok: false, error: "postcode" };
  const contactEmail = s.contactEmail?.trim().toLowerCase() || null;
  if (contactEmail && (!EMAIL.test(contactEmail) || contactEmail.length > 200)) return { ok: false, error: "email" };

  const asked = visibleQuestions(consultation.questions, s.answers);
  const ideaTexts = asked.filter((q) => q.type === "idea").map((q) => ({ q, text: String(s.answers[q.id] ?? "").trim() }));
  if (ideaTexts.some(({ q, text }) => q.required && !text)) return { ok: false, error: "idea-required" };
  if (ideaTexts.some(({ text }) => text.length > 2000)) return { ok: false, error: "idea-too-long" };

  const result = await db.transaction(async (tx) => {
    const lap = area ? (await tx.select({ id: laps.id }).from(laps).where(eq(laps.code, area.lapCode)))[0] : undefined;
    const [response] = await tx
      .insert(consultationResponses)
      .values({
        consultationId: consultation.id,
        userId: s.userId,
        channel: s.channel,
        enteredBy: s.enteredBy,
        postcodeSector: area ? area.areaCode : null,
        lapId: lap?.id ?? null,
        language: s.language,
        contactEmail,
        ageBand: pick(s.equality.ageBand, ageBands),
        sex: pick(s.equality.sex, sexes),
        ethnicity: pick(s.equality.ethnicity, ethnicGroups),
        disability: pick(s.equality.disability, disabilityStatuses),
      })
      .returning({ id: consultationResponses.id });
    let held = false;
    for (const { q, text } of ideaTexts) {
      if (!text) continue;
      const hash = ideaContentHash(text);
      const [dup] = await tx.select({ id: ideas.id }).from(ideas).where(and(eq(ideas.consultationId, consultation.id), eq(ideas.contentHash, hash)));
      if (dup) return "duplicate" as const;
      const reasons = autoHoldReasons(text);
      held ||= reasons.length > 0;
      await tx.insert(ideas).values({ consultationId: consultation.id, responseId: response!.id, questionId: q.id, text, language: s.language, contentHash: hash, state: reasons.length ? "held" : "published", autoHoldReasons: reasons });
    }
    for (const q of asked) {
      if (q.type === "idea") continue;
      const raw = s.answers[q.id];
      const allowed = new Set(q.options.map((o) => o.value));
      let value: TAnswerValue | null = null;
      if (q.type === "single" && typeof raw === "string" && allowed.has(raw)) value = raw;
      if (q.type === "multiple") {
        const list = (Array.isArray(raw) ? raw : raw ? [String(raw)] : []).filter((v) => allowed.has(v));
        if (list.length) value = list;
      }
      if (q.type === "rating") {
        const n = Number(raw);
        if (Number.isInteger(n) && n >= 1 && n <= 5) value = n;
      }
      if (value !== null) await tx.insert(consultationAnswers).values({ responseId: response!.id, questionId: q.id, value });
    }
    return { held };
  });
  if (result === "duplicate") return { ok: false, error: "duplicate" };
  if (!isStaffEntry) {
    await recordAttempt(s.networkKey, "idea-network", true);
    await recordAttempt(s.deviceKey, "idea-device", true);
  }
  return { ok: true, held: result.held, saved: true };
}
