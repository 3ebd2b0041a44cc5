import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { directoryServices, schedules, serviceVersions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { listOutbox } from "@/lib/dev/outbox";
import { upsertOrganisation, upsertUser } from "@/tests/factories/accounts";
import { upsertListing } from "@/tests/factories/directory";
import { approveEdit, getOwnService, getPendingEdit, proposeEdit, rejectEdit, setTemporarilyClosed } from "./partner-listings";
import type { TListingSnapshot } from "./listing-edit";

const tag = `pl${Date.now()}`;
let serviceId: string;
let owner: { id: string; role: "partner" };
let stranger: { id: string; role: "partner" };
let moderator: { id: string; role: "admin" };

describe("partner edits and moderation", () => {
  beforeAll(async () => {
    const db = await getDb();
    await upsertOrganisation(db, `${tag}-a`, "Org A");
    await upsertOrganisation(db, `${tag}-b`, "Org B");
    owner = { id: (await upsertUser(db, { email: `${tag}-owner@example.org`, role: "partner", organisationSlugs: [`${tag}-a`] })).id, role: "partner" };
    stranger = { id: (await upsertUser(db, { email: `${tag}-other@example.org`, role: "partner", organisationSlugs: [`${tag}-b`] })).id, role: "partner" };
    moderator = { id: (await upsertUser(db, { email: `${tag}-mod@example.org`, role: "admin" })).id, role: "admin" };
    serviceId = await upsertListing(db, {
      slug: `${tag}-walk`,
      organisationSlug: `${tag}-a`,
      name: { en: `Walk ${tag}` },
      description: { en: "A gentle walk." },
      terms: ["physical-activity"],
      languages: ["en"],
      lapCodes: ["N02"],
      locations: [{ slug: `${tag}-hall`, name: "Hall", address1: "1 Road", city: "Kettering", postcode: "NN16 8AA" }],
      schedules: [{ byday: "TU", opensAt: "18:30", closesAt: "20:00", at: `${tag}-hall` }],
    });
  });

  const edit = (current: TListingSnapshot): TListingSnapshot => ({ ...current, schedules: [{ byday: "WE", opensAt: "19:00", closesAt: "20:30" }] });

  it("hides another organisation's listing from a partner, and refuses their edit and closure", async () => {
    const db = await getDb();
    expect(await getOwnService(db, stranger, serviceId)).toBeNull();
    const own = await getOwnService(db, owner, serviceId);
    expect(await proposeEdit(db, stranger, serviceId, edit(own!.current))).toBe("not-found");
    expect(await setTemporarilyClosed(db, stranger, serviceId, true)).toBe(false);
  });

  it("queues an edit without changing the public listing, then applies it when approved and tells the partner", async () => {
    const db = await getDb();
    const own = (await getOwnService(db, owner, serviceId))!;
    expect(await proposeEdit(db, owner, serviceId, edit(own.current))).toBe("pending");
    const live = await db.select().from(schedules).where(eq(schedules.serviceId, serviceId));
    expect(live.map((s) => s.byday)).toEqual(["TU"]);
    const [pending] = await db.select().from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId)).then((r) => r.filter((v) => v.state === "pending"));
    const detail = await getPendingEdit(db, pending!.id);
    expect(detail!.diff).toEqual([{ field: "schedules", before: "TU 18:30-20:00", after: "WE 19:00-20:30" }]);
    expect(await approveEdit(db, moderator, pending!.id)).toBe(true);
    const after = await db.select().from(schedules).where(eq(schedules.serviceId, serviceId));
    expect(after.map((s) => [s.byday, s.opensAt, s.closesAt, s.serviceAtLocationId !== null])).toEqual([["WE", "19:00", "20:30", true]]);
    expect(await approveEdit(db, moderator, pending!.id)).toBe(false);
    const mail = await listOutbox(`${tag}-owner@example.org`);
    expect(mail.some((m) => m.template === "listingApproved" && m.body.includes(`Walk ${tag}`))).toBe(true);
    const versions = await db.select().from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId));
    expect(versions.map((v) => v.state).sort()).toEqual(["approved", "published"]);
  });

  it("rejects an edit with a reason that reaches the partner, leaving the listing as it was", async () => {
    const db = await getDb();
    const own = (await getOwnService(db, owner, serviceId))!;
    expect(await proposeEdit(db, owner, serviceId, { ...own.current, description: { en: "Changed." } })).toBe("pending");
    const [pending] = (await db.select().from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId))).filter((v) => v.state === "pending");
    expect(await rejectEdit(db, moderator, pending!.id, "Please keep the route details.")).toBe(true);
    const [s] = await db.select().from(directoryServices).where(eq(directoryServices.id, serviceId));
    expect(s!.description.en).toBe("A gentle walk.");
    const mail = await listOutbox(`${tag}-owner@example.org`);
    expect(mail.some((m) => m.template === "listingRejected" && m.body.includes("Please keep the route details."))).toBe(true);
  });

  it("lets the partner close the service at once, without moderation", async () => {
    const db = await getDb();
    expect(await setTemporarilyClosed(db, owner, serviceId, true)).toBe(true);
    const [s] = await db.select().from(directoryServices).where(eq(directoryServices.id, serviceId));
    expect(s!.status).toBe("temporarily_closed");
    expect(await proposeEdit(db, owner, serviceId, (await getOwnService(db, owner, serviceId))!.current)).toBe("unchanged");
  });
});
