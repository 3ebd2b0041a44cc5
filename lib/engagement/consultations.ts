import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { consultationQuestions, consultations, type TI18nText } from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";
import { audit } from "@/lib/audit";

export type TNewConsultation = {
  title: TI18nText;
  summary: TI18nText;
  background: TI18nText;
  ideaPrompt: TI18nText;
  closesOn: Date | null;
  targetLapCodes: string[];
};

const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "consultation";

/** Creates a draft consultation with its "Big Idea" question. Questions of other types come from the seed for now. */
export async function createConsultation(db: TDbOrTx, actor: TCurrentUser, input: TNewConsultation) {
  return db.transaction(async (tx) => {
    const base = slugify(input.title.en);
    const taken = new Set((await tx.select({ slug: consultations.slug }).from(consultations)).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const [row] = await tx
      .insert(consultations)
      .values({ slug, title: input.title, summary: input.summary, background: input.background, closesOn: input.closesOn, targetLapCodes: input.targetLapCodes, createdBy: actor.id })
      .returning({ id: consultations.id, slug: consultations.slug });
    await tx.insert(consultationQuestions).values({ consultationId: row!.id, position: 1, type: "idea", prompt: input.ideaPrompt, required: true });
    await audit(actor, "consultation.create", "consultation", row!.id, tx);
    return row!;
  });
}

const transitions = { open: "draft", close: "open" } as const;

/** draft → open, open → closed. The allowed "from" state is in the where, so a stale form cannot skip a state. */
export async function changeConsultationStatus(db: TDbOrTx, actor: TCurrentUser, id: string, action: keyof typeof transitions): Promise<boolean> {
  const now = new Date();
  const set = action === "open" ? { status: "open" as const, openedAt: now, opensOn: now } : { status: "closed" as const, closedAt: now };
  const rows = await db
    .update(consultations)
    .set(set)
    .where(and(eq(consultations.id, id), eq(consultations.status, transitions[action])))
    .returning({ id: consultations.id });
  if (rows.length) await audit(actor, `consultation.${action}`, "consultation", id, db);
  return rows.length === 1;
}

export async function listPublicConsultations(db: TDbOrTx) {
  return db
    .select({ id: consultations.id, slug: consultations.slug, title: consultations.title, summary: consultations.summary, status: consultations.status, closesOn: consultations.closesOn, openedAt: consultations.openedAt })
    .from(consultations)
    .where(inArray(consultations.status, ["open", "closed", "responded"]))
    .orderBy(desc(consultations.openedAt));
}

export async function listAllConsultations(db: TDbOrTx) {
  return db.select({ id: consultations.id, slug: consultations.slug, title: consultations.title, status: consultations.status, closesOn: consultations.closesOn }).from(consultations).orderBy(desc(consultations.createdAt));
}

/** A consultation and its questions. `publicOnly` hides drafts (404 for residents). */
export async function getConsultation(db: TDbOrTx, by: { slug?: string; id?: string }, publicOnly: boolean) {
  const where = by.id ? eq(consultations.id, by.id) : eq(consultations.slug, by.slug ?? "");
  const [row] = await db.select().from(consultations).where(publicOnly ? and(where, inArray(consultations.status, ["open", "closed", "responded"])) : where);
  if (!row) return null;
  const questions = await db.select().from(consultationQuestions).where(eq(consultationQuestions.consultationId, row.id)).orderBy(asc(consultationQuestions.position));
  return { ...row, questions };
}
