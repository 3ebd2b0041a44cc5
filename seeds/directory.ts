import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { organisations, taxonomyTerms, type TI18nText } from "@/db/schema";
import type { TDbOrTx } from "@/db/client";
import { upsertListing } from "@/tests/factories/directory";
import { upsertOrganisation } from "@/tests/factories/accounts";
import { demoListings, directoryOrganisations } from "./demo/directory";

type TTermSeed = { code: string; taxonomy: "wellbeing-domain" | "offer-type"; name: TI18nText };

/** Directory taxonomy (reference data): the eight wellbeing domains and the kinds of offer. Safe to run twice. */
export async function seedDirectoryTaxonomy(db: TDbOrTx) {
  const file = JSON.parse(readFileSync(path.join(process.cwd(), "seeds", "reference", "directory-taxonomy.json"), "utf8")) as { terms: TTermSeed[] };
  let sortOrder = 0;
  for (const t of file.terms) {
    await db
      .insert(taxonomyTerms)
      .values({ ...t, sortOrder: sortOrder++ })
      .onConflictDoUpdate({ target: taxonomyTerms.code, set: { taxonomy: t.taxonomy, name: t.name, sortOrder: sql`excluded.sort_order` } });
  }
  return file.terms.length;
}

/** Demo organisations' details and their listings. Safe to run twice. */
export async function seedDirectoryDemo(db: TDbOrTx) {
  for (const o of directoryOrganisations) {
    await upsertOrganisation(db, o.slug, o.name);
    await db.update(organisations).set({ website: o.website, email: o.email, phone: o.phone, description: { en: `${o.name} is a voluntary and community organisation in Northamptonshire.` } }).where(eq(organisations.slug, o.slug));
  }
  const listings = demoListings();
  for (const l of listings) await upsertListing(db, l);
  return listings.length;
}
