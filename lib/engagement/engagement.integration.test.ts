import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { consultationResponses, ideaThemes, ideas, laps } from "@/db/schema";
import type { TCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listOutbox } from "@/lib/dev/outbox";
import { buildLapReport } from "@/lib/reports/lap-report";
import { seedEngagementThemes } from "@/seeds/engagement";
import { upsertUser } from "@/tests/factories/accounts";
import { createOpenConsultation } from "@/tests/factories/engagement";
import { changeConsultationStatus, createConsultation } from "./consultations";
import { moderateIdea } from "./moderate-idea";
import { publishYouSaidWeDid } from "./publish-you-said-we-did";
import { submitResponse, SUBMIT_LIMITS, type TSubmission } from "./submit-response";
import { supportIdea } from "./support-idea";
import { assignThemes, listIdeasForTheming } from "./theme-ideas";

let officer: TCurrentUser;
beforeAll(async () => {
  const db = await getDb();
  await seedEngagementThemes(db);
  const u = await upsertUser(db, { email: "engagement.it@example.org", role: "engagement" });
  officer = { id: u.id, email: u.email, name: null, role: "engagement", locale: "en" };
});

const base = (consultationId: string, ideaQuestionId: string, text: string, extra: Partial<TSubmission> = {}): TSubmission => ({
  consultationId,
  language: "ro",
  postcode: "NN17 1AB",
  answers: { [ideaQuestionId]: text },
  contactEmail: null,
  equality: {},
  honeypot: "",
  userId: null,
  channel: "online",
  enteredBy: null,
  deviceKey: `dev:${randomUUID()}`,
  networkKey: `net:${randomUUID()}`,
  ...extra,
});

describe("taking part", () => {
  it("keeps the idea in the resident's words and language, finds the LAP from the postcode, and publishes it", async () => {
    const db = await getDb();
    const { consultation, ideaQuestionId } = await createOpenConsultation(db);
    const result = await submitResponse(db, base(consultation.id, ideaQuestionId, "Mai multe bănci în parcul din Corby", { equality: { ageBand: "25-34", sex: "female" } }));
    expect(result).toEqual({ ok: true, held: false, saved: true });
    const [row] = await db.select({ text: ideas.text, language: ideas.language, state: ideas.state, lap: laps.code, sector: consultationResponses.postcodeSector, age: consultationResponses.ageBand }).from(ideas).innerJoin(consultationResponses, eq(consultationResponses.id, ideas.responseId)).innerJoin(laps, eq(laps.id, consultationResponses.lapId)).where(eq(ideas.consultationId, consultation.id));
    expect(row).toEqual({ text: "Mai multe bănci în parcul din Corby", language: "ro", state: "published", lap: "N01", sector: "NN17 1", age: "25-34" });
  });

  it("holds an idea with a phone number, refuses a duplicate and an unknown postcode, and ignores a filled honeypot", async () => {
    const db = await getDb();
    const { consultation, ideaQuestionId } = await createOpenConsultation(db);
    expect(await submitResponse(db, base(consultation.id, ideaQuestionId, "Ring 07700 900123 for the youth club"))).toMatchObject({ ok: true, held: true });
    expect(await submitResponse(db, base(consultation.id, ideaQuestionId, "ring 07700 900123 for the youth club!"))).toEqual({ ok: false, error: "duplicate" });
    expect(await submitResponse(db, base(consultation.id, ideaQuestionId, "Something new", { postcode: "SW1A 1AA" }))).toEqual({ ok: false, error: "postcode" });
    expect(await submitResponse(db, base(consultation.id, ideaQuestionId, "Buy cheap pills", { honeypot: "http://spam" }))).toEqual({ ok: true, held: false, saved: false });
    const rows = await db.select({ text: ideas.text, state: ideas.state }).from(ideas).where(eq(ideas.consultationId, consultation.id));
    expect(rows).toEqual([{ text: "Ring 07700 900123 for the youth club", state: "held" }]);
  });

  it("limits one device to a handful of ideas in 15 minutes, but not staff entering paper responses", async () => {
    const db = await getDb();
    const { consultation, ideaQuestionId } = await createOpenConsultation(db);
    const deviceKey = `dev:${randomUUID()}`;
    for (let i = 0; i < SUBMIT_LIMITS.perDevice; i++) expect((await submitResponse(db, base(consultation.id, ideaQuestionId, `Idea number ${i} about parks`, { deviceKey }))).ok).toBe(true);
    expect(await submitResponse(db, base(consultation.id, ideaQuestionId, "One too many", { deviceKey }))).toMatchObject({ ok: false, error: "rate-limited" });
    expect(await submitResponse(db, base(consultation.id, ideaQuestionId, "From a paper form", { deviceKey, channel: "paper", enteredBy: officer.id }))).toMatchObject({ ok: true });
  });

  it("lets a published idea be supported once per device", async () => {
    const db = await getDb();
    const { consultation, ideaQuestionId } = await createOpenConsultation(db);
    await submitResponse(db, base(consultation.id, ideaQuestionId, "Community garden in Kingswood"));
    const [idea] = await db.select({ id: ideas.id }).from(ideas).where(eq(ideas.consultationId, consultation.id));
    expect(await supportIdea(db, idea!.id, "device:abc")).toBe("supported");
    expect(await supportIdea(db, idea!.id, "device:abc")).toBe("already");
  });

  it("refuses ideas once the closing date has passed, even before staff close it", async () => {
    const db = await getDb();
    const { consultation, ideaQuestionId } = await createOpenConsultation(db, { closesOn: new Date(Date.now() - 60_000) });
    expect(await submitResponse(db, base(consultation.id, ideaQuestionId, "Too late for this one"))).toEqual({ ok: false, error: "closed" });
  });

  it("refuses ideas for a draft or closed consultation", async () => {
    const db = await getDb();
    const c = await createConsultation(db, officer, { title: { en: "Draft one" }, summary: { en: "s" }, background: { en: "b" }, ideaPrompt: { en: "Idea?" }, closesOn: null, targetLapCodes: ["N01"] });
    const { ideas: none } = await listIdeasForTheming(db, c.id);
    expect(none).toEqual([]);
    expect(await submitResponse(db, base(c.id, randomUUID(), "Hello"))).toEqual({ ok: false, error: "closed" });
    expect(await changeConsultationStatus(db, officer, c.id, "close")).toBe(false);
    expect(await changeConsultationStatus(db, officer, c.id, "open")).toBe(true);
    expect(await changeConsultationStatus(db, officer, c.id, "open")).toBe(false);
  });
});

describe("moderation, theming and you said, we did", () => {
  it("tells the author why an idea was hidden, records who themed it, and notifies participants once", async () => {
    const db = await getDb();
    const { consultation, ideaQuestionId } = await createOpenConsultation(db);
    const email = `p-${randomUUID().slice(0, 8)}@example.org`;
    await submitResponse(db, base(consultation.id, ideaQuestionId, "More buses from Corby to the doctor", { contactEmail: email }));
    await submitResponse(db, base(consultation.id, ideaQuestionId, "Call 07700 900456 please", { contactEmail: email, language: "en" }));
    const { ideas: list } = await listIdeasForTheming(db, consultation.id);
    const bus = list.find((i) => i.text.startsWith("More buses"))!;
    expect(bus.suggestions).toContain("accessible-care");
    const held = list.find((i) => i.state === "held")!;

    expect(await moderateIdea(db, officer, held.id, "hide", "personal-details")).toBe(true);
    const hiddenMail = (await listOutbox(email)).find((m) => m.template === "ideaHidden");
    expect(hiddenMail?.body).toContain("personal");

    expect(await assignThemes(db, officer, [bus.id], ["accessible-care", "domain-social"], ["accessible-care"])).toBe(2);
    const links = await db.select({ suggested: ideaThemes.suggested, by: ideaThemes.assignedBy }).from(ideaThemes).where(eq(ideaThemes.ideaId, bus.id));
    expect(links.sort((a, b) => Number(b.suggested) - Number(a.suggested))).toEqual([{ suggested: true, by: officer.id }, { suggested: false, by: officer.id }]);

    expect(await publishYouSaidWeDid(db, officer, consultation.id, { themeSlug: null, youSaid: { en: "More buses" }, weDid: { en: "We asked the council" } })).toBe(true);
    expect(await publishYouSaidWeDid(db, officer, consultation.id, { themeSlug: "accessible-care", youSaid: { en: "Access" }, weDid: { en: "Longer hours" } })).toBe(true);
    const mails = (await listOutbox(email)).filter((m) => m.template === "youSaidWeDid");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe("ro");
  });
});

describe("LAP report", () => {
  it("shows only suppressed counts: small groups as <5, never the number", async () => {
    const db = await getDb();
    const { consultation, ideaQuestionId } = await createOpenConsultation(db);
    // Rushden (N04) postcodes: NN10. Three responses, all aged 25-34.
    for (const n of [1, 2, 3]) await submitResponse(db, base(consultation.id, ideaQuestionId, `Rushden idea ${n} about the lakes`, { postcode: "NN10", equality: { ageBand: "25-34" } }));
    const report = await buildLapReport(db, "N04");
    expect(report).not.toBeNull();
    const json = JSON.stringify(report);
    const age = report!.reach.find((r) => r.dimension === "ageBand")!;
    const cell = age.categories.find((c) => c.key === "25-34")!.cell;
    if (cell.kind === "shown") expect(cell.value).toBeGreaterThanOrEqual(5);
    // No shown count anywhere in the report is between 1 and 4.
    expect(json).not.toMatch(/"value":[1-4][,}]/);
  });

  it("is null for an unknown LAP", async () => {
    expect(await buildLapReport(await getDb(), "X99")).toBeNull();
  });
});
